/**
 * Part 3, preview cards: the real site (no CONTENT_DIR) built as `npm run build` builds it,
 * in rounds of three builds: without cards (CARDS=off, for reference), with the card cache
 * emptied, and with it warm. Cards drawn = files the cache gained during the build; taken
 * from the cache = cards in the output minus those drawn. The last build's output (cards
 * from a warm cache) is kept for the page-weight and Lighthouse parts.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, ROOT, TMP } from './build.mjs';
import { left, median, mib, right, secs, table } from './table.mjs';

export const CARD_CACHE = join(ROOT, 'node_modules', '.cache', 'annotated-news-cards');
export const SITE_OUT = join(TMP, 'site');

const KINDS = [
	{ key: 'off', label: 'no cards (CARDS=off)', env: { CARDS: 'off' } },
	{ key: 'cold', label: 'cards, cache emptied', env: {}, empty: true },
	{ key: 'warm', label: 'cards, cache warm', env: {} },
];

async function countFiles(dir, test = () => true) {
	if (!existsSync(dir)) return 0;
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && test(e.name)).length;
}

/** Runs `rounds` rounds of the three builds; returns { key: [build, …] } for {@link cardsReport}. */
export async function measureCards({ rounds, say }) {
	const results = Object.fromEntries(KINDS.map((k) => [k.key, []]));
	for (let round = 1; round <= rounds; round++) {
		for (const kind of KINDS) {
			if (kind.empty) await rm(CARD_CACHE, { recursive: true, force: true });
			const before = await countFiles(CARD_CACHE);
			const build = await astroBuild({ name: `cards-${kind.key}-r${round}`, outDir: SITE_OUT, env: kind.env });
			const after = await countFiles(CARD_CACHE);
			const cards = await countFiles(SITE_OUT, (file) => file.endsWith('.png'));
			const drawn = after - before;
			results[kind.key].push({ ...build, before, after, cards, drawn, cached: cards - drawn });
			say(`round ${round}/${rounds}, ${kind.label}${kind.empty ? ` (emptied ${CARD_CACHE})` : ''}: ${secs(build.ms)}, ${cards} cards, ${drawn} drawn`);
		}
	}
	return results;
}

export function cardsReport(results) {
	const m = (key, field) => median(results[key].map((r) => r[field]));
	const counts = (key, field) => [...new Set(results[key].map((r) => r[field]))].join('/');
	const base = { ms: m('off', 'ms'), cpu: m('off', 'cpuMs') };
	const rows = KINDS.map((kind) => {
		const list = results[kind.key];
		const own = kind.key === 'off';
		return [
			kind.label,
			list.length,
			secs(m(kind.key, 'ms')),
			secs(m(kind.key, 'cpuMs')),
			mib(m(kind.key, 'treeRssKB')),
			counts(kind.key, 'cards'),
			own ? '' : counts(kind.key, 'drawn'),
			own ? '' : counts(kind.key, 'cached'),
			list.map((r) => `${r.before}→${r.after}`).join(', '),
			own ? '' : secs(m(kind.key, 'ms') - base.ms),
			own ? '' : secs(m(kind.key, 'cpuMs') - base.cpu),
		];
	});
	const out = [
		table(
			[left('real site build'), right('runs'), right('wall'), right('CPU'), right('peak memory'), right('cards'), right('drawn'), right('from cache'), right('cache files before→after'), right('wall over no cards'), right('CPU over no cards')],
			rows,
		),
		'Wall, CPU and memory are medians; card counts list every distinct value seen across the runs.',
	];
	const drawn = median(results.cold.map((r) => r.drawn));
	const wall = m('cold', 'ms') - m('warm', 'ms');
	const cpu = m('cold', 'cpuMs') - m('warm', 'cpuMs');
	if (drawn > 0) {
		out.push(`Drawing ${drawn} cards (cache emptied minus cache warm): ${secs(wall)} wall, ${secs(cpu)} CPU, about ${(cpu / drawn).toFixed(0)} ms CPU a card.${wall <= 0 ? ' The wall difference is not positive: run-to-run noise is larger than the drawing cost.' : ''}`);
		const warmWall = m('warm', 'ms') - base.ms;
		const warmCpu = m('warm', 'cpuMs') - base.cpu;
		out.push(`Cards from a warm cache cost ${secs(warmWall)} wall, ${secs(warmCpu)} CPU over a build without cards${warmWall <= 0 || warmCpu <= 0 ? ' (not positive: smaller than the run-to-run noise)' : ''}.`);
	}
	if (results.warm.some((r) => r.drawn !== 0)) out.push('Note: a warm build drew cards; the cache did not serve every card.');
	return out.join('\n');
}
