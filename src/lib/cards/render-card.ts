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

/** Bump when the design changes, so cached cards are drawn anew. */
const DESIGN = 3;
const CACHE = join(process.cwd(), 'node_modules', '.cache', 'annotated-news-cards');
const require = createRequire(import.meta.url);

/** The fonts come from npm packages (@fontsource), never from the network. */
const fonts = Promise.all(
	[
		['Inter', '@fontsource/inter/files/inter-latin-700-normal.woff', 700],
		['Inter', '@fontsource/inter/files/inter-latin-400-normal.woff', 400],
		['Source Serif', '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff', 600],
	].map(async ([name, file, weight]) => ({ name: name as string, data: await readFile(require.resolve(file as string)), weight: weight as 600, style: 'normal' as const })),
);

/**
 * A 1200x630 PNG preview card, drawn with satori and resvg at build time. Cards are cached
 * by a hash of what they show, so a rebuild with unchanged content draws none.
 * Returns the PNG and whether it came from the cache.
 */
export async function renderCard(card: Card): Promise<{ png: Uint8Array<ArrayBuffer>; cached: boolean }> {
	const key = createHash('sha256').update(JSON.stringify({ card, DESIGN })).digest('hex');
	const path = join(CACHE, `${key}.png`);
	if (existsSync(path)) return { png: new Uint8Array(await readFile(path)), cached: true };
	const svg = await satori(layout(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await fonts });
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
