import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** A font as satori takes it. */
export interface CardFont {
	name: string;
	data: Buffer;
	weight: 400 | 600 | 700;
	style: 'normal';
}

const require = createRequire(import.meta.url);

/** The faces a card uses, each an @fontsource package split into one file per script subset. */
const FACES = [
	{ name: 'Inter', file: (subset: string) => `@fontsource/inter/files/inter-${subset}-400-normal.woff`, weight: 400 },
	{ name: 'Inter', file: (subset: string) => `@fontsource/inter/files/inter-${subset}-700-normal.woff`, weight: 700 },
	{ name: 'Source Serif', file: (subset: string) => `@fontsource/source-serif-4/files/source-serif-4-${subset}-600-normal.woff`, weight: 600 },
] as const;

/** Which subsets a text needs: Latin always (digits, punctuation), the others when their script occurs. */
const SUBSETS: [subset: string, needed: RegExp][] = [
	['latin', /^/],
	['latin-ext', /[\u0100-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff]/u],
	['vietnamese', /[\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u],
	['cyrillic', /\p{Script=Cyrillic}/u],
	['cyrillic-ext', /\p{Script=Cyrillic}/u],
	['greek', /\p{Script=Greek}/u],
	['greek-ext', /\p{Script=Greek}/u],
];

/** The subsets a text needs, by name. */
export function subsetsFor(text: string): string[] {
	return SUBSETS.filter(([, needed]) => needed.test(text)).map(([subset]) => subset);
}

const loaded = new Map<string, Promise<CardFont[]>>();

/**
 * The font-family list for a face: each subset is loaded as a font of its own
 * (`Inter cyrillic`), as satori takes one font per family and weight, and falls back along
 * the list for each character.
 */
export function family(name: (typeof FACES)[number]['name']): string {
	return SUBSETS.map(([subset]) => `${name} ${subset}`).join(', ');
}

/** Every face in the subsets a text needs, loaded once per set of subsets (from npm packages, never the network). */
export function fontsFor(text: string): Promise<CardFont[]> {
	const subsets = subsetsFor(text);
	const key = subsets.join(' ');
	if (!loaded.has(key)) {
		// Not every face has every subset (Source Serif 4 has no Greek Extended).
		const files = subsets.flatMap((subset) => FACES.map((face) => ({ ...face, subset, path: resolve(face.file(subset)) }))).filter((file) => file.path);
		loaded.set(key, Promise.all(files.map(async ({ name, subset, path, weight }) => ({ name: `${name} ${subset}`, data: await readFile(path!), weight, style: 'normal' as const }))));
	}
	return loaded.get(key)!;
}

function resolve(file: string): string | undefined {
	try {
		return require.resolve(file);
	} catch {
		return undefined;
	}
}

/** A grapheme drawn as an emoji: emoji by default, made one by U+FE0F, a flag or a keycap. */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\ufe0f|\p{Regional_Indicator}|\u20e3/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text as a card can draw it: without emoji, which no font of ours has (satori would
 * draw empty boxes), and the emoji left out, for the build's warning.
 */
export function withoutEmoji(text: string): { text: string; omitted: string[] } {
	const omitted: string[] = [];
	let kept = '';
	for (const { segment } of graphemes.segment(text)) {
		if (EMOJI.test(segment)) omitted.push(segment);
		else kept += segment;
	}
	return { text: omitted.length ? kept.replace(/ {2,}/g, ' ').trim() : text, omitted };
}
