import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator } from 'playwright-core';

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

/** Whether an element is open as a popover: an entry that is its own preview is visible in its list while closed too. */
export const isOpen = (element: Locator): Promise<boolean> => element.evaluate((node) => node.matches(':popover-open'));
