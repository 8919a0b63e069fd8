/**
 * One clean, timed `astro build`: what `npx astro build --force --outDir <dir>` runs (Astro's CLI
 * on the project's pinned Node, without npx's own start-up), into a fresh output folder.
 * `--force` deletes the content layer's data store first (for `astro build` Astro 7 keeps it in
 * `<cacheDir>/data-store.json`, i.e. `<root>/node_modules/.astro/data-store.json`), so every
 * article goes through its loader again.
 *
 * Wall time is measured here around the child; peak memory is GNU time's "Maximum resident
 * set size" of the build process (`/usr/bin/time -f %M`), or, without GNU time, the last
 * VmHWM read from /proc/<pid>/status every 50 ms. CPU time (user + system, from GNU time;
 * not measured without it) is less disturbed than wall time by other work on the machine.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, start } from './processes.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TMP = join(ROOT, '.tmp', 'bench');
export const ASTRO = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
const GNU_TIME = '/usr/bin/time';
export const MEMORY_METHOD = existsSync(GNU_TIME)
	? 'peak RSS of the build process (GNU time, "Maximum resident set size")'
	: 'peak RSS of the build process (VmHWM from /proc/<pid>/status, sampled every 50 ms)';

/**
 * The environment of every build and preview: the caller's, without the variables the
 * benchmark sets itself and without BASE_PATH (the pages it loads are at the site's root).
 */
export function baseEnv(extra = {}) {
	const env = { ...process.env };
	delete env.CONTENT_DIR;
	delete env.CARDS;
	delete env.BASE_PATH;
	return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/**
 * Builds the Astro project at `root` into `outDir` (emptied first) with `env` added.
 * Returns { ms, cpuMs, maxRssKB, pages, phases, log }; throws with the end of the log if the build fails.
 */
export async function astroBuild({ name, root = ROOT, outDir, env = {}, timeoutMs = 8 * 60_000 }) {
	const logDir = join(TMP, 'logs');
	await mkdir(logDir, { recursive: true });
	await rm(outDir, { recursive: true, force: true });
	const log = join(logDir, `${name}.log`);
	const timeFile = join(logDir, `${name}.time`);
	const args = [ASTRO, 'build', '--force', '--outDir', outDir];
	const options = { cwd: root, env: baseEnv(env), timeoutMs };

	let result;
	let maxRssKB;
	let cpuMs = NaN;
	if (existsSync(GNU_TIME)) {
		await rm(timeFile, { force: true });
		result = await run(GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args], options);
		const [rss, user, system] = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop().split(' ').map(Number);
		maxRssKB = rss;
		cpuMs = (user + system) * 1000;
	} else {
		result = await runSampled(process.execPath, args, options);
		maxRssKB = result.maxRssKB;
	}
	await writeFile(log, result.output);
	if (result.code !== 0) {
		const why = result.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exited with ${result.code ?? result.signal}`;
		const tail = result.output.trim().split('\n').slice(-15).join('\n');
		throw new Error(`build "${name}" ${why} (log: ${log})\n${tail}`);
	}
	return { ms: result.ms, cpuMs, maxRssKB: Number.isFinite(maxRssKB) && maxRssKB > 0 ? maxRssKB : NaN, pages: pagesOf(result.output), phases: phasesOf(result.output), log };
}

async function runSampled(command, args, options) {
	const begin = performance.now();
	const { timeoutMs, ...rest } = options;
	const child = start(command, args, rest);
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let maxRssKB = 0;
	const sampler = setInterval(async () => {
		const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
		const hwm = /VmHWM:\s+(\d+)/.exec(status);
		if (hwm) maxRssKB = Math.max(maxRssKB, Number(hwm[1]));
	}, 50);
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		process.kill(-child.pid, 'SIGKILL');
	}, timeoutMs);
	const { code, signal } = await child.exited;
	clearInterval(sampler);
	clearTimeout(timer);
	return { code, signal, output, timedOut, maxRssKB, ms: performance.now() - begin };
}

/** Astro's durations: "850ms", "1.23s", "1m 31s"; in seconds. */
const DURATION = String.raw`((?:\d+m\s*)?[\d.]+(?:ms|s))`;
function seconds(text) {
	const match = /^(?:(\d+)m\s*)?([\d.]+)(ms|s)$/.exec(text.trim());
	if (!match) return NaN;
	return Number(match[1] ?? 0) * 60 + Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
}

function pagesOf(output) {
	const match = /(\d+) page\(s\) built in/.exec(output);
	return match ? Number(match[1]) : NaN;
}

/**
 * Astro's own phase timings from its log, in seconds (NaN where the log does not say):
 * content (syncing the content layer and writing types), bundle (Vite's build of the pages),
 * pages (generating the files), astro (its total), rest (what the total holds beyond those:
 * the second bundle, copying, integrations' astro:build:done hooks), and the integrations
 * Astro said it was waiting for.
 */
export function phasesOf(output) {
	const find = (re) => {
		const match = re.exec(output);
		return match ? seconds(match[1]) : NaN;
	};
	const content = find(new RegExp(String.raw`\[types\] Generated ${DURATION}`));
	const bundle = find(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`));
	const pages = find(new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`));
	const astro = find(new RegExp(String.raw`page\(s\) built in ${DURATION}`));
	const waited = [...new Set([...output.matchAll(/Waiting for integration "([^"]+)"/g)].map((m) => m[1]))];
	return { content, bundle, pages, astro, rest: astro - content - bundle - pages, waited };
}
