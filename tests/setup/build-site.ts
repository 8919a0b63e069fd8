import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'astro';
import { astroBuild } from '../build/astro-build';
import { FIXTURE_DIST, FIXTURES } from '../build/site';
import { ROOT } from './tools';

/** A site the build or browser tests read, and what it is built from. */
interface TestSite {
	/** What the set-up calls it in what it prints. */
	name: string;
	/** Its output folder. */
	dist: string;
	/** Where the set-up records the build it made: the time of its home page and its settings. */
	stamp: string;
	/** The settings it was built with, as one line. */
	settings: string;
	/** The files and folders it is built from. */
	inputs: string[];
	make: () => Promise<void>;
}

const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'CONTENT_DIR', 'CARDS'].map((name) => `${name}=${process.env[name] ?? ''}`).join(' ');

/** The site in dist/, as `npm run build` builds it (in this process), for the build and browser tests. */
const SITE: TestSite = {
	name: 'the site',
	dist: join(ROOT, 'dist'),
	stamp: join(ROOT, '.tmp', 'tests-build.json'),
	settings: SETTINGS,
	inputs: [...CODE, process.env.CONTENT_DIR ?? 'content'],
	make: async () => {
		process.env.ASTRO_TELEMETRY_DISABLED = '1';
		await build({ root: ROOT, logLevel: 'warn' });
	},
};

/**
 * How the test articles are built: without cards, at the root whatever BASE_PATH the tests run
 * under (their tests read links from the root); SITE_URL is the one they run under, recorded.
 */
const FIXTURE_ENV = { CARDS: 'off', BASE_PATH: '/' };

/** The test articles of tests/fixtures/pipeline as a site of their own (without cards), for the build tier's site-wide rules. */
const FIXTURE_SITE: TestSite = {
	name: 'the test articles',
	dist: FIXTURE_DIST,
	stamp: join(FIXTURE_DIST, '..', 'tests-build.json'),
	settings: [...Object.entries(FIXTURE_ENV), ['SITE_URL', process.env.SITE_URL ?? '']].map(([name, value]) => `${name}=${value}`).join(' '),
	inputs: [...CODE, relative(ROOT, FIXTURES)],
	make: async () => {
		const { status, output } = await astroBuild(FIXTURE_DIST, { ...FIXTURE_ENV, CONTENT_DIR: FIXTURES });
		if (status !== 0) throw new Error(`The build of the test articles failed:\n${output}`);
	},
};

/** The most recently changed file among a site's inputs. */
function newestInput(site: TestSite): { path: string; time: number } {
	let newest = { path: '', time: 0 };
	const visit = (path: string) => {
		if (!existsSync(path)) return;
		const stat = statSync(path);
		if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
		else if (stat.mtimeMs > newest.time) newest = { path: relative(ROOT, path), time: stat.mtimeMs };
	};
	for (const input of site.inputs) visit(join(ROOT, input));
	return newest;
}

/** The sites built in this run, which REBUILD asks for once; kept on the process, since each tier loads this module anew. */
const rebuilt: Set<string> = ((globalThis as { [key: symbol]: Set<string> | undefined })[Symbol.for('annotated-news.rebuilt')] ??= new Set());

/** Why a site's output cannot serve the tests as it is, or undefined when it can. */
function staleness(site: TestSite): string | undefined {
	const home = join(site.dist, 'index.html');
	const shown = relative(ROOT, site.dist);
	// Once per run: every tier's set-up asks, and the first build serves the tiers after it.
	if (process.env.REBUILD && !rebuilt.has(site.dist)) return 'REBUILD is set';
	if (!existsSync(home)) return `${shown}/ holds no build`;
	const stamp = existsSync(site.stamp) ? JSON.parse(readFileSync(site.stamp, 'utf8')) : {};
	if (stamp.time !== statSync(home).mtimeMs) return `${shown}/ was not built by the tests (run with PREBUILT=1 to use a build of your own)`;
	if (stamp.settings !== site.settings) return `${shown}/ was built with other settings (${stamp.settings})`;
	const input = newestInput(site);
	if (input.time > stamp.time) return `${input.path} changed after ${shown}/ was built`;
	return undefined;
}

/** Builds a site unless a build the tests made earlier still holds; says which it did. */
async function ensureBuilt(site: TestSite): Promise<void> {
	const reason = staleness(site);
	if (!reason) {
		console.log(`Tests reuse their build of ${site.name}: no input has changed since.`);
		return;
	}
	console.log(`Building ${site.name} for the tests: ${reason}.`);
	await site.make();
	rebuilt.add(site.dist);
	mkdirSync(dirname(site.stamp), { recursive: true });
	writeFileSync(site.stamp, JSON.stringify({ time: statSync(join(site.dist, 'index.html')).mtimeMs, settings: site.settings }));
}

/**
 * Builds the site into dist/ once for the build and browser tests, and only when needed:
 * PREBUILT=1 (CI, right after `npm run build`) uses dist/ as it is; otherwise a build the tests
 * made earlier is reused when no input has changed since.
 */
async function buildSite(): Promise<void> {
	if (!process.env.PREBUILT) return ensureBuilt(SITE);
	if (!existsSync(join(SITE.dist, 'index.html'))) throw new Error('PREBUILT is set but dist/ holds no build: run "npm run build" first.');
	console.log('Tests read the build in dist/ as it is (PREBUILT is set).');
}

/** For the browser tests: the site. */
export default buildSite;

/** For the build tests: the site and the test articles' site, built side by side (each only when needed). */
export async function buildSites(): Promise<void> {
	await Promise.all([buildSite(), ensureBuilt(FIXTURE_SITE)]);
}
