/**
 * Part 2, preview cards: the real site (no CONTENT_DIR) built as `npm run build` builds it,
 * three times: without cards (CARDS=off, for reference), with the card cache emptied, and
 * with it warm. Cards drawn = files the cache gained; taken from the cache = cards in the
 * output minus those drawn. The last build's output is kept for the page-weight and
 * Lighthouse parts.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, ROOT, TMP } from './build.mjs';
import { left, mib, right, secs, table } from './table.mjs';

export const CARD_CACHE = join(ROOT, 'node_modules', '.cache', 'annotated-news-cards');
export const SITE_OUT = join(TMP, 'site');

async function countFiles(dir, test = () => true) {
	if (!existsSync(dir)) return 0;
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && test(e.name)).length;
}

/** Runs the three builds; returns rows for {@link cardsReport}. */
export async function measureCards({ say, env = {} }) {
	const rows = [];
	const build = async (label, name, extra) => {
		const before = await countFiles(CARD_CACHE);
		const result = await astroBuild({ name, outDir: SITE_OUT, env: { ...env, ...extra } });
		const after = await countFiles(CARD_CACHE);
		const cards = await countFiles(SITE_OUT, (file) => file.endsWith('.png'));
		const drawn = after - before;
		rows.push({ label, ...result, before, after, cards, drawn, cached: cards - drawn });
		say(`${label}: ${secs(result.ms)}, ${cards} cards (${drawn} drawn)`);
	};
	await build('no cards (CARDS=off)', 'cards-off', { CARDS: 'off' });
	say(`emptying the card cache ${CARD_CACHE}`);
	await rm(CARD_CACHE, { recursive: true, force: true });
	await build('cards, cache empty', 'cards-cold', {});
	await build('cards, cache warm', 'cards-warm', {});
	return rows;
}

export function cardsReport(rows) {
	const off = rows[0];
	const out = [
		table(
			[left('real site build'), right('wall'), right('pages'), right('peak memory'), right('cards'), right('drawn'), right('from cache'), right('cache files before → after'), right('cost over no cards')],
			rows.map((r) => [r.label, secs(r.ms), r.pages, mib(r.maxRssKB), r.cards, r === off ? '' : r.drawn, r === off ? '' : r.cached, `${r.before} → ${r.after}`, r === off ? '' : secs(r.ms - off.ms)]),
		),
	];
	const cold = rows[1];
	const warm = rows[2];
	if (cold && warm && cold.drawn > 0) {
		out.push(`Drawing: ${secs(cold.ms - warm.ms)} for ${cold.drawn} cards (${((cold.ms - warm.ms) / cold.drawn).toFixed(0)} ms a card over a warm build); a warm cache costs ${secs(warm.ms - off.ms)} over a build without cards.`);
	}
	if (warm && warm.drawn !== 0) out.push(`Note: the warm build drew ${warm.drawn} cards; the cache did not serve every card.`);
	return out.join('\n');
}
