import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';

/** The project's folder. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Debian's Chromium, or the one CHROME_PATH names. */
export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Chromium headless, offline apart from this machine, as these machines require. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Whether a tool the tests need is here. Without it those tests are skipped with a line saying
 * so, except under REQUIRE_TOOLS (CI), where a missing tool is a failure.
 */
function present(found: boolean, tests: string, how: string): boolean {
	if (found) return true;
	if (process.env.REQUIRE_TOOLS) throw new Error(`${how} REQUIRE_TOOLS is set, so the ${tests} may not be skipped.`);
	console.warn(`SKIPPED ${tests}: ${how}`);
	return false;
}

export const hasChromium = () => present(existsSync(CHROMIUM), 'browser tests', `they need Chromium at ${CHROMIUM}: run "apt-get install -y chromium" or set CHROME_PATH.`);

export const hasJava = () => present(spawnSync('java', ['-version']).status === 0, 'HTML validation', 'the W3C validator needs Java 11 or later: run "apt-get install -y default-jre-headless".');

/** A TCP port nothing listens on at the moment. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}
