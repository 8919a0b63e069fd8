/**
 * Debian's Chromium for the benchmark, launched in one place: a fresh profile each time (every
 * visit a first visit), headless, no sandbox, no GPU, no background networking. Closed on
 * close() or when the benchmark stops early.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assertRunning, onCleanup } from './processes.mjs';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Flags besides headless mode (Playwright adds its own; Lighthouse's launcher is given `--headless=new`). */
export const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** A Chromium context (playwright-core) on a fresh profile; resolves with { context, close }. */
export async function openBrowser() {
	assertRunning();
	const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
	let context;
	const close = async () => {
		await context?.close().catch(() => {});
		rmSync(profile, { recursive: true, force: true });
	};
	const unregister = onCleanup(close);
	// The benchmark handles signals itself (Playwright's own handlers would exit before it stops its other children).
	context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }).catch(async (error) => {
		unregister();
		await close();
		throw error;
	});
	return {
		context,
		close: async () => {
			unregister();
			await close();
		},
	};
}
