import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'astro';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, or the one CHROME_PATH names. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);

if (!found) {
	const how = `Browser tests need Chromium at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROME_PATH.`;
	// CI must run them: there a missing browser is a failure, not a skip.
	if (process.env.REQUIRE_TOOLS) throw new Error(`${how} REQUIRE_TOOLS is set, so they may not be skipped.`);
	console.warn(`SKIPPED browser tests: ${how}`);
}

/** Whether the browser tests can run here; use with describe.runIf. */
export const hasBrowser = found;

/** Serves the built site (dist/) on a free local port. */
async function serveSite() {
	const port = await freePort();
	const server = await preview({ root: fileURLToPath(new URL('../..', import.meta.url)), server: { port, host: '127.0.0.1' }, logLevel: 'error' });
	return { url: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Chromium on a fresh profile, offline apart from this machine, as these machines require. */
async function launch(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext & { dispose(): Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		colorScheme: options.colorScheme ?? 'light',
	});
	return Object.assign(context, {
		async dispose() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	});
}

type Context = Awaited<ReturnType<typeof launch>>;

/**
 * For a describe block: serves the site and opens two browsers, with and without
 * JavaScript, once for all its tests. Read the fields inside tests, not at collection.
 */
export function useSite(): { url: string; browser: Context; noScript: Context } {
	const state = {} as { url: string; browser: Context; noScript: Context; stop: () => Promise<void> };
	beforeAll(async () => {
		const site = await serveSite();
		Object.assign(state, { url: site.url, stop: site.stop, browser: await launch(), noScript: await launch({ javaScriptEnabled: false }) });
	});
	afterAll(async () => {
		await state.browser?.dispose();
		await state.noScript?.dispose();
		await state.stop?.();
	});
	return state;
}
