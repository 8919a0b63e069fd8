/**
 * Part 1, build scaling: our site and a bare Astro site built from N copies of the article,
 * alternating the two for every run so that machine noise hits both, and the tables.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, MEMORY_METHOD, TMP } from './build.mjs';
import { writeBareSite } from './bare-site.mjs';
import { writeArticles } from './generate.mjs';
import { left, median, mib, msec, ratio, right, secs, table, verdict } from './table.mjs';

const SITES = {
	ours: (n) => ({ root: undefined, content: join(TMP, `content-${n}`), env: { CARDS: 'off' } }),
	bare: (n) => ({ root: join(TMP, 'bare'), content: join(TMP, 'bare', `content-${n}`), env: {} }),
};

/** Builds each size `runsFor(n)` times per site; `say` reports progress. Returns { n: { ours: [...], bare: [...] } }. */
export async function measureScaling({ sizes, runsFor, say }) {
	await writeBareSite(join(TMP, 'bare'));
	for (const n of sizes) {
		await writeArticles(SITES.ours(n).content, n);
		await writeArticles(SITES.bare(n).content, n, { plain: true });
	}

	// One untimed build of each first: warms the file cache and Vite's dependency cache of both roots.
	for (const site of ['ours', 'bare']) {
		say(`warm-up build: ${site}, N=${sizes[0]} (not timed)`);
		await buildOne(site, sizes[0], 'warmup');
	}

	const results = {};
	for (const n of sizes) {
		results[n] = { ours: [], bare: [] };
		for (let r = 0; r < runsFor(n); r++) {
			for (const site of r % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours']) {
				const result = await buildOne(site, n, `r${r + 1}`);
				say(`N=${n} ${site} run ${r + 1}/${runsFor(n)}: ${secs(result.ms)}, ${result.pages} pages, ${mib(result.maxRssKB)}`);
				if (site === 'bare' && result.pages !== n) throw new Error(`bare site built ${result.pages} pages for ${n} articles`);
				results[n][site].push(result);
			}
		}
	}
	return results;
}

async function buildOne(site, n, tag) {
	const { root, content, env } = SITES[site](n);
	const outDir = join(TMP, 'out', `${site}-${n}-${tag}`);
	try {
		return await astroBuild({ name: `scaling-${site}-${n}-${tag}`, root, outDir, env: { ...env, CONTENT_DIR: content } });
	} finally {
		await rm(outDir, { recursive: true, force: true });
	}
}

const BUDGET = 1.3;
const SHAPE_TOLERANCE = 1.25;

/** The tables of part 1. */
export function scalingReport(results) {
	const sizes = Object.keys(results).map(Number).sort((a, b) => a - b);
	const summary = (runs) => ({
		ms: median(runs.map((r) => r.ms)),
		min: Math.min(...runs.map((r) => r.ms)),
		max: Math.max(...runs.map((r) => r.ms)),
		cpu: median(runs.map((r) => r.cpuMs)),
		rss: median(runs.map((r) => r.maxRssKB)),
		pages: runs[0]?.pages,
		phases: Object.fromEntries(['content', 'bundle', 'pages', 'rest', 'astro'].map((k) => [k, median(runs.map((r) => r.phases[k] * 1000))])),
		waited: [...new Set(runs.flatMap((r) => r.phases.waited))],
		runs: runs.length,
	});
	const s = Object.fromEntries(sizes.map((n) => [n, { ours: summary(results[n].ours), bare: summary(results[n].bare) }]));
	const out = [];

	out.push(
		table(
			[right('N'), left('site'), right('runs'), right('pages'), right('wall (median)'), right('wall min–max'), right('wall per article'), right('CPU'), right('peak memory'), right('wall ours/bare'), right('CPU ours/bare'), right('memory ours/bare')],
			sizes.flatMap((n) =>
				['ours', 'bare'].map((site) => {
					const x = s[n][site];
					const o = s[n].ours;
					const b = s[n].bare;
					const mine = site === 'ours';
					return [n, site, x.runs, x.pages, secs(x.ms), `${secs(x.min)}–${secs(x.max)}`, msec(x.ms / n), secs(x.cpu), mib(x.rss), mine ? ratio(o.ms, b.ms) : '', mine ? ratio(o.cpu, b.cpu) : '', mine ? ratio(o.rss, b.rss) : ''];
				}),
			),
		),
	);
	out.push(`Wall: the whole \`astro build --force\` process, start to exit (median of the runs). CPU: user + system time of the build (median). Memory: ${MEMORY_METHOD} (median).`);

	out.push('', "Where the time goes (Astro's own log, medians). Content layer: loading every article (our pipeline, or Astro's markdown) and writing types. Bundle: Vite's build. Pages: generating the pages. Rest: the remainder of Astro's total, mostly integrations' astro:build:done hooks.");
	out.push(
		table(
			[right('N'), left('site'), right('content layer'), right('per article'), right('bundle'), right('pages'), right('per page'), right('rest'), right('astro total'), left('Astro waited for integrations')],
			sizes.flatMap((n) =>
				['ours', 'bare'].map((site) => {
					const x = s[n][site];
					return [n, site, secs(x.phases.content), msec(x.phases.content / n), secs(x.phases.bundle), secs(x.phases.pages), msec(x.phases.pages / x.pages), secs(x.phases.rest), secs(x.phases.astro), x.waited.join(', ') || '–'];
				}),
			),
		),
	);

	if (sizes.length < 2) return out.join('\n');
	const segments = sizes.slice(1).map((n, i) => {
		const m = sizes[i];
		const per = (site, key) => (s[n][site][key] - s[m][site][key]) / (n - m);
		return { m, n, ours: per('ours', 'ms'), bare: per('bare', 'ms'), oursCpu: per('ours', 'cpu'), bareCpu: per('bare', 'cpu') };
	});
	const positive = (x) => Number.isFinite(x) && x > 0;
	const rate = (a, b) => (positive(a) && positive(b) ? a / b : NaN);
	out.push('', 'Cost per extra article: difference of the medians over the difference of N.');
	out.push(
		table(
			[left('between'), right('wall ours'), right('wall bare'), right('wall ours/bare'), right('CPU ours'), right('CPU bare'), right('CPU ours/bare'), right(`budget ≤ ${BUDGET}x (wall)`)],
			segments.map((g, i) => {
				const k = rate(g.ours, g.bare);
				return [`N=${g.m} → ${g.n}`, msec(g.ours), msec(g.bare), Number.isFinite(k) ? `${k.toFixed(2)}x` : 'n/a', msec(g.oursCpu), msec(g.bareCpu), ratio(rate(g.oursCpu, g.bareCpu), 1), i === segments.length - 1 ? (Number.isFinite(k) ? verdict(k <= BUDGET) : 'n/a (noise)') : ''];
			}),
		),
	);
	const last = sizes.at(-1);
	const lastSeg = segments.at(-1);
	const wallRatio = s[last].ours.ms / s[last].bare.ms;
	const marginal = rate(lastSeg.ours, lastSeg.bare);
	out.push(
		`Budget ours/bare ≤ ${BUDGET}x at N=${last}: whole build ${wallRatio.toFixed(2)}x (${verdict(wallRatio <= BUDGET)}); per extra article (N=${lastSeg.m} → ${last}) ${Number.isFinite(marginal) ? `${marginal.toFixed(2)}x (${verdict(marginal <= BUDGET)})` : 'not measurable (a difference was not positive: noise larger than the cost)'}.`,
	);
	if (last < 1000) out.push(`Note: the largest size measured is N=${last}, not the N=1000 the budget names.`);
	for (const site of ['ours', 'bare']) {
		if (segments.length < 2) {
			out.push(`Growth, ${site}: one segment only; linearity needs three sizes.`);
			continue;
		}
		const first = segments[0][site];
		const end = lastSeg[site];
		const where = (g) => `N=${g.m}→${g.n}`;
		if (!positive(first) || !positive(end)) {
			out.push(`Growth, ${site}: ${msec(first)} per article for ${where(segments[0])}, ${msec(end)} for ${where(lastSeg)}: not measurable, the noise is larger than the cost of the added articles.`);
			continue;
		}
		const k = end / first;
		const shape = k > SHAPE_TOLERANCE ? 'grows faster than linear' : k < 1 / SHAPE_TOLERANCE ? 'grows slower than linear (fixed costs or warm-up still weigh in the first segment)' : `linear (within ±${Math.round((SHAPE_TOLERANCE - 1) * 100)}%)`;
		out.push(`Growth, ${site}: ${msec(first)} per extra article for ${where(segments[0])}, ${msec(end)} for ${where(lastSeg)} (x${k.toFixed(2)}): ${shape}.`);
	}
	return out.join('\n');
}
