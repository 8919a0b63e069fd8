/**
 * One clean, timed `astro build`: what `npx astro build --force --outDir <dir>` runs (Astro's CLI
 * on the project's pinned Node, without npx's own start-up), into a fresh output folder.
 * `--force` deletes the content layer's data store first (for `astro build` Astro 7 keeps it in
 * `<cacheDir>/data-store.json`, i.e. `<root>/node_modules/.astro/data-store.json`), so every
 * article goes through its loader again.
 *
 * Measured: wall time, around the child; CPU time (user + system of the build and the
 * processes it ran, from GNU time), less disturbed than wall time by other work on the
 * machine; and memory two ways: the peak of the summed RSS of the build's whole process tree
 * (sampled from /proc every 100 ms: a build may run helpers, such as Pagefind's indexer), and
 * GNU time's "Maximum resident set size", the peak of the largest single process. Without GNU
 * time, CPU is not measured and the largest process is sampled too.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { start, stop } from './processes.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const TMP = join(ROOT, '.tmp', 'bench');
export const ASTRO = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
const GNU_TIME = '/usr/bin/time';
const HAS_TIME = existsSync(GNU_TIME);
const SAMPLE_MS = 100;
const PAGE_KB = 4;
export const MEMORY_METHOD = `peak of the summed RSS of the build's process tree (sampled from /proc every ${SAMPLE_MS} ms); largest process: ${HAS_TIME ? 'GNU time\'s "Maximum resident set size"' : `sampled every ${SAMPLE_MS} ms`}`;

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
 * Returns { ms, cpuMs, treeRssKB, maxRssKB, pages, phases, log }; throws with the end of the
 * log if the build fails (with `timedOut` set when it ran past `timeoutMs`).
 */
export async function astroBuild({ name, root = ROOT, outDir, env = {}, timeoutMs = 8 * 60_000 }) {
	const logDir = join(TMP, 'logs');
	await mkdir(logDir, { recursive: true });
	await rm(outDir, { recursive: true, force: true });
	const log = join(logDir, `${name}.log`);
	const timeFile = join(logDir, `${name}.time`);
	const args = [ASTRO, 'build', '--force', '--outDir', outDir];
	await rm(timeFile, { force: true });
	const [command, commandArgs] = HAS_TIME ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];

	const begin = performance.now();
	const child = start(command, commandArgs, { cwd: root, env: baseEnv(env) });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		stop(child);
	}, timeoutMs);
	const memory = sampleTree(child.pid, { skipRoot: HAS_TIME }, child.exited);
	const { code, signal } = await child.exited;
	const ms = performance.now() - begin;
	clearTimeout(timer);
	const { treeKB, largestKB } = await memory;

	let maxRssKB = largestKB;
	let cpuMs = NaN;
	if (HAS_TIME) {
		const [rss, user, system] = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop().split(' ').map(Number);
		maxRssKB = rss;
		cpuMs = (user + system) * 1000;
	}
	await writeFile(log, output);
	if (code !== 0) {
		const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exited with ${code ?? signal}`;
		const tail = output.trim().split('\n').slice(-15).join('\n');
		throw Object.assign(new Error(`build "${name}" ${why} (log: ${log})\n${tail}`), { timedOut });
	}
	const positive = (x) => (Number.isFinite(x) && x > 0 ? x : NaN);
	return { ms, cpuMs, treeRssKB: positive(treeKB), maxRssKB: positive(maxRssKB), pages: pagesOf(output), phases: phasesOf(output), log };
}

/** Samples the RSS of the process tree under `pid` until `done` settles; resolves with the peaks, in KB. */
async function sampleTree(pid, { skipRoot }, done) {
	let finished = false;
	done.then(() => (finished = true));
	let treeKB = 0;
	let largestKB = 0;
	while (!finished) {
		let sum = 0;
		const stack = [pid];
		const seen = new Set();
		while (stack.length) {
			const p = stack.pop();
			if (seen.has(p)) continue;
			seen.add(p);
			const statm = await readFile(`/proc/${p}/statm`, 'utf8').catch(() => '');
			if (!statm) continue;
			const rss = Number(statm.split(' ')[1]) * PAGE_KB;
			if (!(skipRoot && p === pid)) {
				sum += rss;
				largestKB = Math.max(largestKB, rss);
			}
			for (const task of await readdir(`/proc/${p}/task`).catch(() => [])) {
				const children = await readFile(`/proc/${p}/task/${task}/children`, 'utf8').catch(() => '');
				for (const c of children.split(' ').filter(Boolean)) stack.push(Number(c));
			}
		}
		treeKB = Math.max(treeKB, sum);
		await Promise.race([done, new Promise((resolve) => setTimeout(resolve, SAMPLE_MS))]);
	}
	return { treeKB, largestKB };
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
 * the second bundle, copying, integrations' astro:build:done hooks), search (of the rest, the
 * search index, as its integration logs it), and the integrations Astro said it was waiting for.
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
	// The search-index integrations (ours and the bare site's) say how long they took.
	const search = find(new RegExp(String.raw`search index written for \d+ pages in ${DURATION}`));
	return { content, bundle, pages, astro, rest: astro - content - bundle - pages, search, waited };
}
