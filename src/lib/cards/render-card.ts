import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { UI } from '../ui';

/** What a preview card shows. */
export interface Card {
	kicker: string;
	title: string;
	byline: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** The card code itself (this folder, as Vite bundles it), so a change to how cards are drawn draws them anew. */
const CODE = Object.values(import.meta.glob<string>('./*.ts', { query: '?raw', import: 'default', eager: true }));
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'annotated-news-cards');
const require = createRequire(import.meta.url);

/** The fonts come from npm packages (@fontsource), never from the network. */
const FONTS = [
	{ name: 'Inter', file: '@fontsource/inter/files/inter-latin-700-normal.woff', weight: 700 },
	{ name: 'Inter', file: '@fontsource/inter/files/inter-latin-400-normal.woff', weight: 400 },
	{ name: 'Source Serif', file: '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff', weight: 600 },
] as const;
const fonts = Promise.all(FONTS.map(async ({ name, file, weight }) => ({ name, data: await readFile(require.resolve(file)), weight, style: 'normal' as const })));

/** A hash of the card code and the fonts: what every card is drawn with. */
const drawnWith = fonts.then((loaded) => {
	const hash = createHash('sha256');
	for (const part of [...CODE, ...loaded.map((font) => font.data)]) hash.update(part);
	return hash.digest('hex');
});

/**
 * The cache key of a card: a hash of its layout (what it shows, with every style and fixed
 * string), of the card code and of the fonts. Nothing to bump by hand when the design changes.
 */
async function cacheKey(card: Card): Promise<string> {
	return createHash('sha256').update(await drawnWith).update(JSON.stringify(layout(card))).digest('hex');
}

/**
 * A 1200x630 PNG preview card, drawn with satori and resvg at build time. Cards are cached
 * by a hash of what they show and how (see cacheKey), so a rebuild with unchanged content and
 * design draws none.
 * Returns the PNG and whether it came from the cache.
 */
export async function renderCard(card: Card): Promise<{ png: Uint8Array<ArrayBuffer>; cached: boolean }> {
	const path = join(CACHE, `${await cacheKey(card)}.png`);
	if (existsSync(path)) return { png: new Uint8Array(await readFile(path)), cached: true };
	const svg = await satori(layout(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await fonts });
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
	await mkdir(CACHE, { recursive: true });
	// Written aside, then renamed: a build running alongside never reads half a card.
	const partial = `${path}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, path);
	return { png: new Uint8Array(png), cached: false };
}

/** Bigger type for shorter text, so every card stays legible as a thumbnail. */
function titleSize(title: string): number {
	return title.length <= 60 ? 68 : title.length <= 110 ? 54 : 44;
}

const element = (type: string, style: Record<string, unknown>, children: unknown) => ({ type, props: { style, children } });

const INNER = CARD_WIDTH - 2 * 72;

function layout(card: Card) {
	const frame = { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: '#16213a', color: '#f5f3ec', fontFamily: 'Inter' };
	return element('div', frame, element('div', { display: 'flex', flexDirection: 'column', margin: '56px 72px', width: INNER, height: CARD_HEIGHT - 112 }, [
		element('div', { display: 'flex', width: INNER, fontSize: 28, lineHeight: 1.3, color: '#f0a070', fontWeight: 700 }, card.kicker),
		element('div', { display: 'flex', flexGrow: 1, alignItems: 'center', width: INNER, fontFamily: 'Source Serif', fontSize: titleSize(card.title), lineHeight: 1.2, fontWeight: 600 }, card.title),
		element('div', { display: 'flex', width: INNER, justifyContent: 'space-between', alignItems: 'flex-end', fontSize: 28, lineHeight: 1.3, color: '#c9c6bb' }, [
			element('div', { display: 'flex', maxWidth: 800 }, card.byline),
			element('div', { display: 'flex', fontWeight: 700, color: '#f5f3ec' }, UI.siteName),
		]),
	]));
}
