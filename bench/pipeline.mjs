/**
 * Part 1, the pipeline on the real article: `renderArticle` (our whole annotation pipeline,
 * checked against the article's anchor registry, as the loader runs it) against the same
 * libraries doing no annotation work on the same file (remark-parse, remark-frontmatter,
 * remark-directive, remark-rehype, rehype-stringify; one processor, built once). After a
 * warm-up the two run in pairs, the order alternating, and the medians are compared. Then a
 * CPU profile (node:inspector) of `renderArticle` alone: self time by package or source file.
 *
 * Our TypeScript is loaded through Vite's SSR loader (as Astro loads it); the libraries are
 * the project's own node_modules, the same instances in both.
 */
import { readFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { createServer } from 'vite';
import { ROOT } from './build.mjs';
import { SOURCE_SLUG } from './generate.mjs';
import { left, median, msec, right, table, verdict } from './table.mjs';

const BUDGET = 1.5;
const FOLDER = `content/${SOURCE_SLUG}`;

/** Loads the pipeline; runs `warmup` and then `runs` pairs; profiles `profileRuns` more runs of ours. */
export async function measurePipeline({ runs = 200, warmup = 50, profileRuns = 200, say }) {
	const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, watch: null }, optimizeDeps: { noDiscovery: true } });
	try {
		const { renderArticle } = await vite.ssrLoadModule('/src/lib/pipeline.ts');
		const { readArticle } = await vite.ssrLoadModule('/src/lib/read-article.ts');
		const { readSite } = await vite.ssrLoadModule('/src/lib/site-files.ts');
		// The site files are read once per build, not per article: outside what is timed.
		const { site } = await readSite(join(ROOT, 'content'), (path) => path);
		const article = { text: await readArticle(join(ROOT, FOLDER, 'index.md')), path: `${FOLDER}/index.md` };
		const registry = { text: await readFile(join(ROOT, FOLDER, 'anchors.json'), 'utf8'), path: `${FOLDER}/anchors.json` };
		const original = { text: await readArticle(join(ROOT, FOLDER, 'original.txt')), path: `${FOLDER}/original.txt` };
		const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).use(remarkRehype).use(rehypeStringify);

		const ours = () => renderArticle(article, { registry, original, site });
		const bare = () => plain.process(new VFile({ value: article.text, path: article.path }));
		/** Wall time and the process's CPU time (user + system, all its threads: garbage collection included) of one run, in ms. */
		const time = async (fn) => {
			const cpu = process.cpuUsage();
			const begin = performance.now();
			await fn();
			const wall = performance.now() - begin;
			const { user, system } = process.cpuUsage(cpu);
			return { wall, cpu: (user + system) / 1000 };
		};
		say(`pipeline: ${warmup} warm-up runs of each`);
		for (let i = 0; i < warmup; i++) {
			await ours();
			await bare();
		}
		say(`pipeline: ${runs} paired runs`);
		const pairs = [];
		for (let i = 0; i < runs; i++) {
			const pair = {};
			for (const [name, fn] of i % 2 ? [['bare', bare], ['ours', ours]] : [['ours', ours], ['bare', bare]]) {
				const { wall, cpu } = await time(fn);
				pair[name] = wall;
				pair[`${name}Cpu`] = cpu;
			}
			pairs.push(pair);
		}

		say(`pipeline: profiling ${profileRuns} runs of renderArticle`);
		const session = new Session();
		session.connect();
		await session.post('Profiler.enable');
		await session.post('Profiler.setSamplingInterval', { interval: 200 });
		await session.post('Profiler.start');
		for (let i = 0; i < profileRuns; i++) await ours();
		const { profile } = await session.post('Profiler.stop');
		session.disconnect();
		return { runs, warmup, profileRuns, size: Buffer.byteLength(article.text), pairs, profile: topOfProfile(profile) };
	} finally {
		await vite.close();
	}
}

/** Self time by where the code lives: a package in node_modules, our source file, or V8's own entries. */
function topOfProfile(profile) {
	const total = profile.samples.length;
	const counts = new Map();
	const hits = new Map();
	for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
	for (const node of profile.nodes) {
		const where = placeOf(node.callFrame);
		if (where === '(idle)') continue;
		counts.set(where, (counts.get(where) ?? 0) + (hits.get(node.id) ?? 0));
	}
	return [...counts].map(([where, n]) => ({ where, share: n / total })).sort((a, b) => b.share - a.share);
}

function placeOf({ url, functionName }) {
	if (!url) return functionName.startsWith('(') ? functionName : '(V8 and Node internals)';
	const path = url.startsWith('file:') ? fileURLToPath(url) : url;
	const parts = path.split(/[\\/]node_modules[\\/]/);
	if (parts.length > 1) {
		const [scope, name] = parts.at(-1).split(/[\\/]/);
		return scope.startsWith('@') ? `${scope}/${name}` : scope;
	}
	if (path.startsWith(ROOT)) return relative(ROOT, path).split(sep).join('/');
	return url.startsWith('node:') ? '(Node internals)' : path;
}

export function pipelineReport({ runs, warmup, profileRuns, size, pairs, profile }) {
	const ours = median(pairs.map((p) => p.ours));
	const bare = median(pairs.map((p) => p.bare));
	const k = ours / bare;
	const perPair = median(pairs.map((p) => p.ours / p.bare));
	const cpu = { ours: median(pairs.map((p) => p.oursCpu)), bare: median(pairs.map((p) => p.bareCpu)), perPair: median(pairs.map((p) => p.oursCpu / p.bareCpu)) };
	const out = [
		table(
			[left('on the real article'), right('median'), right('fastest'), right('slowest')],
			[
				['renderArticle (our pipeline)', msec(ours), msec(Math.min(...pairs.map((p) => p.ours))), msec(Math.max(...pairs.map((p) => p.ours)))],
				['plain unified, same libraries', msec(bare), msec(Math.min(...pairs.map((p) => p.bare))), msec(Math.max(...pairs.map((p) => p.bare)))],
			],
		),
		`Budget renderArticle ≤ ${BUDGET}x plain: ${k.toFixed(2)}x (${verdict(k <= BUDGET)}); median of the per-pair ratios ${perPair.toFixed(2)}x. ${runs} paired runs, the order alternating, after ${warmup} warm-up runs of each; the file is ${(size / 1024).toFixed(1)} KB.`,
		`CPU time of the same runs (the process's user + system time, which other work on the machine disturbs less than wall time): ${msec(cpu.ours)} against ${msec(cpu.bare)}, ${(cpu.ours / cpu.bare).toFixed(2)}x; median of the per-pair ratios ${cpu.perPair.toFixed(2)}x.`,
		'',
		`Top of the CPU profile of renderArticle (${profileRuns} runs, sampled every 0.2 ms): self time by package or file.`,
		table(
			[left('where'), right('self time')],
			profile.slice(0, 15).map(({ where, share }) => [where, `${(share * 100).toFixed(1)}%`]),
		),
	];
	return out.join('\n');
}
