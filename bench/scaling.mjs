/**
 * Part 2, build scaling: our site, the same-work bare Astro site and the bare one (article
 * pages only), built from N copies of the article, the order rotating on every run so that
 * machine noise hits all three, and the tables.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, MEMORY_METHOD, TMP } from './build.mjs';
import { writeBareSite } from './bare-site.mjs';
import { writeArticles } from './generate.mjs';
import { left, median, mib, msec, ratio, right, secs, table, verdict } from './table.mjs';

const SITES = {
	ours: (n) => ({ root: undefined, content: join(TMP, `content-${n}`), env: { CARDS: 'off' } }),
	same: (n) => ({ root: join(TMP, 'bare'), content: join(TMP, 'bare', `content-${n}`), env: { SAME_WORK: '1' } }),
	bare: (n) => ({ root: join(TMP, 'bare'), content: join(TMP, 'bare', `content-${n}`), env: {} }),
};
const NAMES = Object.keys(SITES);
/** How the tables name each site. */
export const LABELS = { ours: 'ours', same: 'same-work bare', bare: 'bare (article only)' };

/**
 * Builds each size `runsFor(n)` times per site, in increasing N; `say` reports progress.
 * `deadline` (a performance.now() time) bounds the part: before each size its time is
 * estimated from the sizes already measured, and the size gets fewer runs, or is left out,
 * when it would not finish in time. A failed build ends the part with the sizes measured so far.
 * Returns { results: { n: { ours: [...], bare: [...] } }, notes: [...], error }.
 */
export async function measureScaling({ sizes, runsFor, deadline = Infinity, say }) {
	const results = {};
	const notes = [];
	try {
		await writeBareSite(join(TMP, 'bare'));
		// One untimed build of each first: warms the file cache and Vite's dependency cache of both roots.
		await writeContent(sizes[0]);
		for (const site of NAMES) {
			say(`warm-up build: ${site}, N=${sizes[0]} (not timed)`);
			await buildOne(site, sizes[0], 'warmup');
		}
		for (const n of sizes) {
			const estimate = estimateMs(results, n);
			const remaining = deadline - performance.now();
			let runs = runsFor(n);
			if (Number.isFinite(estimate) && estimate * runs > remaining) {
				const fit = Math.floor(remaining / estimate);
				if (fit < 1) {
					notes.push(`N=${n} left out: one run of every site is estimated at ${secs(estimate)}, more than the ${secs(Math.max(0, remaining))} left of this part's time budget (--max-minutes).`);
					break;
				}
				notes.push(`N=${n}: ${fit} run(s) instead of ${runs}, to stay within the time budget (estimated ${secs(estimate)} a run of every site).`);
				runs = fit;
			}
			await writeContent(n);
			results[n] = Object.fromEntries(NAMES.map((site) => [site, []]));
			for (let r = 0; r < runs; r++) {
				for (const site of [...NAMES.slice(r % NAMES.length), ...NAMES.slice(0, r % NAMES.length)]) {
					// A build still running well past the deadline is stopped; what was measured is kept.
					const timeoutMs = Math.max(60_000, deadline - performance.now() + 60_000);
					let result;
					try {
						result = await buildOne(site, n, `r${r + 1}`, timeoutMs);
					} catch (error) {
						if (!error.timedOut) throw error;
						notes.push(`N=${n}: ${site} run ${r + 1} stopped after ${secs(timeoutMs)}, past this part's time budget (--max-minutes); larger sizes not measured.`);
						return { results: complete(results), notes };
					}
					say(`N=${n} ${site} run ${r + 1}/${runs}: ${secs(result.ms)}, ${result.pages} pages, ${mib(result.treeRssKB)}`);
					if (site === 'bare' && result.pages !== n) throw new Error(`bare site built ${result.pages} pages for ${n} articles`);
					if (site === 'same' && !(result.pages > n)) throw new Error(`same-work bare site built ${result.pages} pages for ${n} articles`);
					results[n][site].push(result);
				}
			}
			await rm(SITES.ours(n).content, { recursive: true, force: true });
			await rm(SITES.bare(n).content, { recursive: true, force: true });
		}
		return { results: complete(results), notes };
	} catch (error) {
		return { results: complete(results), notes, error };
	}
}

/** Only the sizes measured for every site. */
function complete(results) {
	return Object.fromEntries(Object.entries(results).filter(([, r]) => NAMES.every((site) => r[site].length)));
}

async function writeContent(n) {
	await writeArticles(SITES.ours(n).content, n);
	await writeArticles(SITES.bare(n).content, n, { plain: true });
}

/**
 * One run of every site at `n`, extrapolated linearly (with 20% to spare) from the last two
 * sizes measured; NaN before two sizes, when fixed and per-article costs cannot be told apart.
 */
function estimateMs(results, n) {
	const done = Object.keys(complete(results)).map(Number).sort((a, b) => a - b);
	if (done.length < 2) return NaN;
	const at = (m, site) => median(results[m][site].map((r) => r.ms));
	const [k, m] = done.slice(-2);
	return NAMES.reduce((sum, site) => sum + at(m, site) + (n - m) * Math.max(0, (at(m, site) - at(k, site)) / (m - k)) * 1.2, 0);
}

async function buildOne(site, n, tag, timeoutMs = 8 * 60_000) {
	const { root, content, env } = SITES[site](n);
	const outDir = join(TMP, 'out', `${site}-${n}-${tag}`);
	try {
		return await astroBuild({ name: `scaling-${site}-${n}-${tag}`, root, outDir, env: { ...env, CONTENT_DIR: content }, timeoutMs });
	} finally {
		await rm(outDir, { recursive: true, force: true });
	}
}

const BUDGET = 1.3;
const SHAPE_TOLERANCE = 1.25;

/** The tables of part 2, for the sizes measured; `notes` say what was left out. */
export function scalingReport(results, notes = []) {
	const sizes = Object.keys(results).map(Number).sort((a, b) => a - b);
	if (!sizes.length) return ['No size was measured.', ...notes].join('\n');
	const summary = (runs) => ({
		ms: median(runs.map((r) => r.ms)),
		min: Math.min(...runs.map((r) => r.ms)),
		max: Math.max(...runs.map((r) => r.ms)),
		cpu: median(runs.map((r) => r.cpuMs)),
		tree: median(runs.map((r) => r.treeRssKB)),
		rss: median(runs.map((r) => r.maxRssKB)),
		pages: runs[0]?.pages,
		phases: Object.fromEntries(['content', 'bundle', 'pages', 'rest', 'search', 'astro'].map((k) => [k, median(runs.map((r) => r.phases[k] * 1000))])),
		waited: [...new Set(runs.flatMap((r) => r.phases.waited))],
		runs: runs.length,
	});
	const s = Object.fromEntries(sizes.map((n) => [n, Object.fromEntries(NAMES.map((site) => [site, summary(results[n][site])]))]));
	const out = [];

	out.push(
		table(
			[right('N'), left('site'), right('runs'), right('pages'), right('wall (median)'), right('wall min–max'), right('wall per article'), right('CPU'), right('peak memory'), right('largest process'), right('wall ours/this'), right('CPU ours/this'), right('memory ours/this')],
			sizes.flatMap((n) =>
				NAMES.map((site) => {
					const x = s[n][site];
					const o = s[n].ours;
					const other = site !== 'ours';
					return [n, LABELS[site], x.runs, x.pages, secs(x.ms), `${secs(x.min)}–${secs(x.max)}`, msec(x.ms / n), secs(x.cpu), mib(x.tree), mib(x.rss), other ? ratio(o.ms, x.ms) : '', other ? ratio(o.cpu, x.cpu) : '', other ? ratio(o.tree, x.tree) : ''];
				}),
			),
		),
	);
	out.push(`Same-work bare: Astro's own markdown, the article page plus one small page per section, quote and event, and Pagefind over the article pages. Bare (article only): the article page alone, no search index.`);
	out.push(`Wall: the whole \`astro build --force\` process, start to exit. CPU: user + system time of the build and the processes it ran. Memory: ${MEMORY_METHOD}. All medians of the runs; the sites alternate within each run.`);

	out.push('', "Where the time goes (Astro's own log, medians). Content layer: loading every article (our pipeline, or Astro's markdown) and writing types. Bundle: Vite's build. Pages: generating the pages. Rest: the remainder of Astro's total, mostly integrations' astro:build:done hooks; of it, the search index (Pagefind) as its integration logs it.");
	out.push(
		table(
			[right('N'), left('site'), right('content layer'), right('per article'), right('bundle'), right('pages'), right('per page'), right('rest'), right('of it, search index'), right('astro total'), left('Astro waited for integrations')],
			sizes.flatMap((n) =>
				NAMES.map((site) => {
					const x = s[n][site];
					return [n, LABELS[site], secs(x.phases.content), msec(x.phases.content / n), secs(x.phases.bundle), secs(x.phases.pages), msec(x.phases.pages / x.pages), secs(x.phases.rest), site === 'bare' ? '–' : secs(x.phases.search), secs(x.phases.astro), x.waited.join(', ') || '–'];
				}),
			),
		),
	);

	out.push(...notes.map((note) => `Note: ${note}`));
	if (sizes.length < 2) return out.join('\n');
	const positive = (x) => Number.isFinite(x) && x > 0;
	const rate = (a, b) => (positive(a) && positive(b) ? a / b : NaN);
	const times = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : 'n/a');
	const segments = sizes.slice(1).map((n, i) => {
		const m = sizes[i];
		const per = (site, key) => (s[n][site][key] - s[m][site][key]) / (n - m);
		return { m, n, wall: Object.fromEntries(NAMES.map((site) => [site, per(site, 'ms')])), cpu: Object.fromEntries(NAMES.map((site) => [site, per(site, 'cpu')])) };
	});
	out.push('', 'Cost per extra article: difference of the medians over the difference of N.');
	out.push(
		table(
			[left('between'), ...NAMES.map((site) => right(`wall ${LABELS[site]}`)), right('wall ours/same-work'), ...NAMES.map((site) => right(`CPU ${LABELS[site]}`)), right('CPU ours/same-work'), right(`budget ≤ ${BUDGET}x (wall)`)],
			segments.map((g, i) => {
				const k = rate(g.wall.ours, g.wall.same);
				return [`N=${g.m} → ${g.n}`, ...NAMES.map((site) => msec(g.wall[site])), times(k), ...NAMES.map((site) => msec(g.cpu[site])), times(rate(g.cpu.ours, g.cpu.same)), i === segments.length - 1 ? (Number.isFinite(k) ? verdict(k <= BUDGET) : 'n/a (noise)') : ''];
			}),
		),
	);
	const last = sizes.at(-1);
	const lastSeg = segments.at(-1);
	const wallRatio = s[last].ours.ms / s[last].same.ms;
	const marginal = rate(lastSeg.wall.ours, lastSeg.wall.same);
	out.push(
		`Budget ours/same-work bare ≤ ${BUDGET}x at N=${last} (cards off): whole build ${wallRatio.toFixed(2)}x (${verdict(wallRatio <= BUDGET)}); per extra article (N=${lastSeg.m} → ${last}) ${Number.isFinite(marginal) ? `${marginal.toFixed(2)}x (${verdict(marginal <= BUDGET)})` : 'not measurable (a difference was not positive: noise larger than the cost)'}.`,
	);
	if (last < 1000) out.push(`Note: the largest size measured is N=${last}, not the N=1000 the budget names.`);
	for (const site of NAMES) {
		if (segments.length < 2) {
			out.push(`Growth, ${LABELS[site]}: one segment only; linearity needs three sizes.`);
			continue;
		}
		const first = segments[0].wall[site];
		const end = lastSeg.wall[site];
		const where = (g) => `N=${g.m}→${g.n}`;
		if (!positive(first) || !positive(end)) {
			out.push(`Growth, ${LABELS[site]}: ${msec(first)} per article for ${where(segments[0])}, ${msec(end)} for ${where(lastSeg)}: not measurable, the noise is larger than the cost of the added articles.`);
			continue;
		}
		const k = end / first;
		const shape = k > SHAPE_TOLERANCE ? 'grows faster than linear' : k < 1 / SHAPE_TOLERANCE ? 'grows slower than linear (fixed costs or warm-up still weigh in the first segment)' : `linear (within ±${Math.round((SHAPE_TOLERANCE - 1) * 100)}%)`;
		out.push(`Growth, ${LABELS[site]}: ${msec(first)} per extra article for ${where(segments[0])}, ${msec(end)} for ${where(lastSeg)} (x${k.toFixed(2)}): ${shape}.`);
	}
	return out.join('\n');
}
