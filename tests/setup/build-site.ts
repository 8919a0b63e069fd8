import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'astro';
import { ROOT } from './tools';

const DIST_PAGE = join(ROOT, 'dist', 'index.html');
/** What the last build made by this set-up was: the time of its home page and its settings. */
const STAMP = join(ROOT, '.tmp', 'tests-build.json');
const INPUTS = ['src', 'public', process.env.CONTENT_DIR ?? 'content', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR', 'CARDS'].map((name) => `${name}=${process.env[name] ?? ''}`).join(' ');

/** The most recently changed file among the build's inputs. */
function newestInput(): { path: string; time: number } {
	let newest = { path: '', time: 0 };
	const visit = (path: string) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
		else if (stat.mtimeMs > newest.time) newest = { path: relative(ROOT, path), time: stat.mtimeMs };
	};
	for (const input of INPUTS) visit(join(ROOT, input));
	return newest;
}

/** Why dist/ cannot serve the tests as it is, or undefined when it can. */
function staleness(): string | undefined {
	if (!existsSync(DIST_PAGE)) return 'dist/ holds no build';
	const stamp = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, 'utf8')) : {};
	if (stamp.time !== statSync(DIST_PAGE).mtimeMs) return 'dist/ was not built by the tests (run with PREBUILT=1 to use a build of your own)';
	if (stamp.settings !== SETTINGS) return `dist/ was built with other settings (${stamp.settings})`;
	const input = newestInput();
	if (input.time > stamp.time) return `${input.path} changed after dist/ was built`;
	return undefined;
}

/**
 * Builds the site into dist/ once for the build and browser tests, and only when needed:
 * PREBUILT=1 (CI, right after `npm run build`) uses dist/ as it is; otherwise a build the tests
 * made earlier is reused when no input has changed since. Says which it did.
 */
export default async function buildSite() {
	if (process.env.PREBUILT) {
		if (!existsSync(DIST_PAGE)) throw new Error('PREBUILT is set but dist/ holds no build: run "npm run build" first.');
		console.log('Tests read the build in dist/ as it is (PREBUILT is set).');
		return;
	}
	const reason = staleness();
	if (!reason) {
		console.log('Tests reuse dist/: the tests built it and no input has changed since.');
		return;
	}
	console.log(`Building the site for the tests: ${reason}.`);
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	await build({ root: ROOT, logLevel: 'warn' });
	mkdirSync(join(ROOT, '.tmp'), { recursive: true });
	writeFileSync(STAMP, JSON.stringify({ time: statSync(DIST_PAGE).mtimeMs, settings: SETTINGS }));
}
