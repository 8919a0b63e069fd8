import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { idPattern, MAX_ID_LENGTH } from '../schemas/common';

/**
 * What an id may be. Ids become fragments (`#the-proposal`), file names (`/<slug>/s/<id>/`,
 * `cards/<id>.png`) and keys of anchors.json, so they are checked here, once, for every use.
 */

export { MAX_ID_LENGTH };

/** An id an author writes: lowercase ASCII letters, digits and single hyphens. */
const AUTHOR_ID = idPattern();

/**
 * An id a heading may give (github-slugger keeps letters of every script): lowercase
 * letters, marks, digits, `_` and `-`. No spaces, quotes, `<`, `#`, `/` or invisible characters.
 */
const SAFE_CHARACTER = /[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}_-]/u;

/** Control characters other than tab and line breaks: invisible, and a NUL would become U+FFFD. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Names of the invisible characters an author is most likely to paste without seeing them. */
const INVISIBLE_NAMES: Record<string, string> = {
	'\u0000': 'NULL',
	'\u001B': 'ESCAPE',
	'\u00A0': 'NO-BREAK SPACE',
	'\u00AD': 'SOFT HYPHEN',
	'\u200B': 'ZERO WIDTH SPACE',
	'\u200C': 'ZERO WIDTH NON-JOINER',
	'\u200D': 'ZERO WIDTH JOINER',
	'\u200E': 'LEFT-TO-RIGHT MARK',
	'\u200F': 'RIGHT-TO-LEFT MARK',
	'\u2060': 'WORD JOINER',
	'\uFEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

/** `U+200B (ZERO WIDTH SPACE)`, or `U+0041` when unnamed: how messages name a character. */
export function describeCharacter(character: string): string {
	const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = INVISIBLE_NAMES[character];
	return name ? `${code} (${name})` : code;
}

/** What is wrong with an id, and at which character (index into the id, in UTF-16 units). */
export interface IdProblem {
	index: number;
	reason: string;
}

/**
 * The first problem of an id, or undefined when it is a valid id. `author` ids (written
 * by hand) take ASCII only; ids that headings give may hold letters of any script.
 */
export function idProblem(id: string, { author = true } = {}): IdProblem | undefined {
	if (id === '') return { index: 0, reason: 'it is empty' };
	let index = 0;
	for (const character of id) {
		const allowed = author ? /[a-z0-9-]/.test(character) : SAFE_CHARACTER.test(character);
		if (!allowed) return { index, reason: `it contains ${describeForId(character)}` };
		index += character.length;
	}
	if ([...id].length > MAX_ID_LENGTH) return { index: 0, reason: `it is ${[...id].length} characters long; the limit is ${MAX_ID_LENGTH}` };
	if (author && !AUTHOR_ID.test(id)) return { index: 0, reason: 'it starts or ends with a hyphen, or has two in a row' };
	return undefined;
}

function describeForId(character: string): string {
	if (character === ' ') return 'a space';
	if (/\p{Lu}/u.test(character)) return `an uppercase letter "${character}"`;
	if (/[\p{Cc}\p{Cf}\p{Z}]/u.test(character)) return `an invisible character, ${describeCharacter(character)}`;
	return `the character "${character}" (${describeCharacter(character)})`;
}

/**
 * Where the `index`-th character of an id stands in the file: the id as written after `#` in a
 * heading's `{#…}` (the last one) or a directive's `{#…}` (the first one); the node when not found.
 */
export function idPoint(file: VFile, node: Node, id: string, index: number): Point | Position | undefined {
	const { start, end } = node.position ?? {};
	if (start?.offset === undefined || end?.offset === undefined) return node.position;
	const text = String(file.value);
	const at = node.type === 'heading' ? text.lastIndexOf(`#${id}`, end.offset) : text.indexOf(`#${id}`, start.offset);
	return at < start.offset || at >= end.offset ? node.position : location(file).toPoint(at + 1 + index);
}

/**
 * A slug cut to at most MAX_ID_LENGTH characters, at a hyphen where there is one, so a long
 * heading still gives a usable id: `a-very-long-heading-…` keeps its first words.
 */
export function shortenSlug(slug: string): string {
	const characters = [...slug];
	if (characters.length <= MAX_ID_LENGTH) return slug;
	const cut = characters.slice(0, MAX_ID_LENGTH).join('');
	const hyphen = cut.lastIndexOf('-');
	let short = hyphen > MAX_ID_LENGTH / 2 ? cut.slice(0, hyphen) : cut;
	while (short.endsWith('-')) short = short.slice(0, -1);
	return short;
}
