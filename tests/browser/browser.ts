import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Whether the browser tests can run here (the set-up found Chromium); use with describe.runIf. */
export const hasBrowser = inject('browserEndpoint') !== '';

/**
 * For a describe block: connects to the Chromium the set-up started and opens two contexts in it,
 * with and without JavaScript, once for all its tests. Read the fields inside tests.
 */
export function useSite(): { url: string; browser: BrowserContext; noScript: BrowserContext } {
	const state = { url: inject('siteUrl') } as { url: string; browser: BrowserContext; noScript: BrowserContext };
	let connection: Browser | undefined;
	beforeAll(async () => {
		connection = await chromium.connect(inject('browserEndpoint'));
		state.browser = await connection.newContext();
		state.noScript = await connection.newContext({ javaScriptEnabled: false });
	});
	afterAll(async () => {
		await connection?.close();
	});
	return state;
}
