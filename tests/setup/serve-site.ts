import { preview } from 'astro';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM, CHROMIUM_ARGS, freePort, hasChromium, ROOT } from './tools';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served, or '' when the browser tests are skipped. */
		siteUrl: string;
		/** The shared Chromium's Playwright endpoint, for `chromium.connect`. */
		browserEndpoint: string;
	}
}

/**
 * For all browser test files at once: serves dist/ with `astro preview` and starts one Chromium
 * that each file connects to (`chromium.connect`), opening its own contexts in it.
 */
export default async function serveSite(project: TestProject) {
	project.provide('siteUrl', '');
	project.provide('browserEndpoint', '');
	if (!hasChromium()) return;
	const port = await freePort();
	const server = await preview({ root: ROOT, server: { port, host: '127.0.0.1' }, logLevel: 'error' });
	const browser = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
	project.provide('siteUrl', `http://127.0.0.1:${port}`);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		await server.stop();
	};
}
