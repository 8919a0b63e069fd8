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

/** The tables of part 1. */
export function scalingReport(results) {
	const sizes = Object.keys(results).map(Number).sort((a, b) => a - b);
	const summary = (runs) => ({
		ms: median(runs.map((r) => r.ms)),
		min: Math.min(...runs.map((r) => r.ms)),
		max: Math.max(...runs.map((r) => r.ms)),
		rss: median(runs.map((r) => r.maxRssKB)),
		pages: runs[0]?.pages,
		phases: Object.fromEntries(['content', 'bundle', 'pages', 'astro'].map((k) => [k, median(runs.map((r) => r.phases[k] * 1000))])),
		runs: runs.length,
	});
	const s = Object.fromEntries(sizes.map((n) => [n, { ours: summary(results[n].ours), bare: summary(results[n].bare) }]));
	const out = [];

	out.push(
		table(
			[right('N'), left('site'), right('runs'), right('pages'), right('wall (median)'), right('min–max'), right('per article'), right('peak memory'), right('wall ours/bare'), right('memory ours/bare')],
			sizes.flatMap((n) =>
				['ours', 'bare'].map((site) => {
					const x = s[n][site];
					const o = s[n].ours;
					const b = s[n].bare;
					return [n, site, x.runs, x.pages, secs(x.ms), `${secs(x.min)}–${secs(x.max)}`, msec(x.ms / n), mib(x.rss), site === 'ours' ? ratio(o.ms, b.ms) : '', site === 'ours' ? ratio(o.rss, b.rss) : ''];
				}),
			),
		),
	);
	out.push(`Memory: ${MEMORY_METHOD}. Wall: whole \`astro build --force\` process, start to exit, median of the runs.`);

	out.push('', "Where the time goes (Astro's own log, medians): content layer = loading every article (our pipeline, or Astro's markdown) and writing types; pages = generating the HTML files.");
	out.push(
		table(
			[right('N'), left('site'), right('content layer'), right('per article'), right('bundle'), right('pages'), right('per page'), right('astro total')],
			sizes.flatMap((n) =>
				['ours', 'bare'].map((site) => {
					const x = s[n][site];
					return [n, site, secs(x.phases.content), msec(x.phases.content / n), secs(x.phases.bundle), secs(x.phases.pages), msec(x.phases.pages / x.pages), secs(x.phases.astro)];
				}),
			),
		),
	);

	if (sizes.length >= 2) {
		const segments = sizes.slice(1).map((n, i) => {
			const m = sizes[i];
			const per = (site) => (s[n][site].ms - s[m][site].ms) / (n - m);
			return { m, n, ours: per('ours'), bare: per('bare') };
		});
		out.push('', 'Cost per extra article (difference of median wall times over the difference of N):');
		out.push(
			table(
				[left('between'), right('ours'), right('bare'), right('ours/bare'), right(`budget ≤ ${BUDGET}x`)],
				segments.map((g, i) => [`N=${g.m} → ${g.n}`, msec(g.ours), msec(g.bare), ratio(g.ours, g.bare), i === segments.length - 1 ? verdict(g.ours / g.bare <= BUDGET) : '']),
			),
		);
		const last = sizes.at(-1);
		const wallRatio = s[last].ours.ms / s[last].bare.ms;
		out.push(`Budget, ours/bare at N=${last}: wall ${wallRatio.toFixed(2)}x (${verdict(wallRatio <= BUDGET)}), per extra article ${(segments.at(-1).ours / segments.at(-1).bare).toFixed(2)}x (${verdict(segments.at(-1).ours / segments.at(-1).bare <= BUDGET)}).`);
		if (segments.length >= 2) {
			for (const site of ['ours', 'bare']) {
				const first = segments[0][site];
				const lastSeg = segments.at(-1)[site];
				const k = lastSeg / first;
				const shape = k > 1.25 ? 'grows faster than linear' : k < 0.8 ? 'grows slower than linear (fixed costs or warm-up still weigh in the first segment)' : 'linear (within ±25%)';
				out.push(`Growth, ${site}: ${msec(first)} per article for N=${segments[0].m}→${segments[0].n}, ${msec(lastSeg)} for N=${segments.at(-1).m}→${segments.at(-1).n} (x${k.toFixed(2)}): ${shape}.`);
			}
		} else {
			out.push('Growth: only one segment measured; linearity needs three sizes.');
		}
		const perArticle = (site) => sizes.map((n) => `${msec(s[n][site].ms / n)} at N=${n}`).join(', ');
		out.push(`Wall per article, ours: ${perArticle('ours')}; bare: ${perArticle('bare')}.`);
	}
	return out.join('\n');
}
