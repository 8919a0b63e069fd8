import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, type Card } from './card';
import { fitCard, type Fitted } from './fit';
import { fontsFor, withoutEmoji, type CardFont } from './fonts';
import { column, frame } from './layout';
import { clip } from '../shorten';

/** The card code itself (this folder and the text cutting it uses, as Vite bundles them), so a change to how cards are drawn draws them anew. */
const CODE = Object.values(import.meta.glob<string>(['./*.ts', '../shorten.ts'], { query: '?raw', import: 'default', eager: true }));
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'annotated-news-cards');

/** A drawn card: the PNG, what its main text says, and what could not be drawn. */
export interface Drawn extends Fitted {
	png: Uint8Array<ArrayBuffer>;
	/** Whether it came from the cache. */
	cached: boolean;
	/** Characters no font of ours draws (left out, or drawn as boxes), for the build's warning. */
	warnings: string[];
}

/**
 * A 1200x630 PNG preview card, drawn with satori and resvg at build time with the fonts of
 * every script its text uses. Emoji are left out; they and any other character without a
 * glyph are reported in `warnings` (and logged). Cards are cached (see cacheKey), so a rebuild
 * with unchanged content and design draws none.
 */
export async function renderCard(given: Card): Promise<Drawn> {
	const { card, omitted } = drawable(given);
	const fonts = await fontsFor(Object.values(card).flat().join(' '));
	const key = cacheKey(given, fonts);
	const path = join(CACHE, `${key}.png`);
	const meta = join(CACHE, `${key}.json`);
	if (existsSync(path) && existsSync(meta)) return { png: new Uint8Array(await readFile(path)), cached: true, ...JSON.parse(await readFile(meta, 'utf8')) };

	const missing = new Set<string>();
	const options = { fonts, loadAdditionalAsset: async (_language: string, segment: string) => (missing.add(segment), []) };
	const fitted = await fitCard(card, options);
	const svg = await satori(frame(column(card, fitted.text, fitted.size)) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, ...options });
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
	const warnings = [...omitted.map((emoji) => `emoji left out: ${emoji}`), ...[...missing].map((text) => `no font draws "${text}"; it shows as empty boxes`)];
	for (const warning of warnings) console.warn(`[cards] "${clip(given.text, 60)}": ${warning}`);

	await mkdir(CACHE, { recursive: true });
	// Written aside, then renamed: a build running alongside never reads half a card.
	await writeAtomically(meta, JSON.stringify({ ...fitted, warnings }));
	await writeAtomically(path, png);
	return { png: new Uint8Array(png), cached: false, ...fitted, warnings };
}

/**
 * The cache key of a card: a hash of what it shows, of the card code and of the fonts it is
 * drawn with. Nothing to bump by hand when the design changes.
 */
function cacheKey(card: Card, fonts: CardFont[]): string {
	const hash = createHash('sha256');
	for (const part of [...CODE, ...fonts.map((font) => font.data), JSON.stringify(card)]) hash.update(part);
	return hash.digest('hex');
}

/** The card with every emoji left out of its text, and the emoji. */
function drawable(card: Card): { card: Card; omitted: string[] } {
	const omitted: string[] = [];
	const keep = (text: string) => {
		const result = withoutEmoji(text);
		omitted.push(...result.omitted);
		return result.text;
	};
	return { card: { ...card, kicker: keep(card.kicker), text: keep(card.text), lead: card.lead && keep(card.lead), details: card.details.map(keep) }, omitted };
}

async function writeAtomically(path: string, data: string | Buffer) {
	const partial = `${path}.${process.pid}.tmp`;
	await writeFile(partial, data);
	await rename(partial, path);
}
