import type { Element, Root, RootContent } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../author-error';
import '../file-data';

/** Elements that end a run of text: a space stands between two of them, as a reader sees it. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'figcaption', 'li', 'ul', 'ol', 'section', 'div', 'pre', 'table', 'tr', 'td', 'th', 'br', 'hr']);

/** How many characters of context a message shows on either side of a difference. */
const CONTEXT = 40;

/** Text with whitespace folded, and for every character of it the offset in its file it came from. */
interface Traced {
	text: string;
	offsets: number[];
}

/**
 * Keeps the article word for word: the text of the page, without anything marked
 * `data-editorial` (our headings, notes, attributions), must be original.txt exactly, in
 * order and with its punctuation and quotation marks, whitespace aside. Text at the start
 * of original.txt that is not the article's (`original.preamble` in the frontmatter: an
 * archive's date field, a headline) is left out of the comparison.
 *
 *   original.txt: He called it "a prologue" on Tuesday.
 *   index.md:     He called it :quote["a prologue"]{…} on :event[Tuesday]{ref=…}.   passes
 *   index.md:     He called it :quote[a prologue]{…} on :event[Tuesday]{ref=…}.     fails at the missing mark
 */
export default function rehypeTextFidelity() {
	return (tree: Root, file: VFile) => {
		const original = file.data.companions?.original;
		// Without a valid frontmatter (its error already reported) the preamble is unknown.
		if (!original || !file.data.frontmatter) return;
		const pageParts = partsOf(tree, file);
		const originalParts: Part[] = [{ text: String(original.value), offset: (index) => index }];
		const received = foldText(originalParts);
		const preamble = fold(file.data.frontmatter.original.preamble ?? '');
		if (preamble && !received.startsWith(`${preamble} `)) {
			report(original, { line: 1, column: 1 }, `original.txt does not start with the preamble the frontmatter declares ("${excerpt(preamble, 0)}").`, {
				rule: 'original-preamble',
				hint: 'Copy original.preamble exactly from the start of original.txt, or remove the field if the file starts with the article’s first word.',
			});
			return;
		}
		const skip = preamble ? preamble.length + 1 : 0;
		if (foldText(pageParts) === received.slice(skip)) return;
		// They differ: only now is every character traced to its place, for the message.
		const traced = foldTraced(originalParts);
		compare(foldTraced(pageParts), { text: traced.text.slice(skip), offsets: traced.offsets.slice(skip) }, file, original);
	};
}

/** Reports the first place where the page's text and original.txt part, if they do. */
function compare(page: Traced, expected: Traced, file: VFile, original: VFile): void {
	let at = 0;
	while (at < page.text.length && at < expected.text.length && page.text[at] === expected.text[at]) at++;
	if (at === page.text.length && at === expected.text.length) return;
	// Offsets become lines and columns here only, for the one place reported.
	const pointIn = (traced: Traced, where: VFile): Point => location(where).toPoint(traced.offsets[Math.min(at, traced.offsets.length - 1)] ?? 0) ?? { line: 1, column: 1 };
	const wherePage = pointIn(page, file);
	const whereOriginal = pointIn(expected, original);
	const inOriginal = `${original.path}:${whereOriginal.line}:${whereOriginal.column}`;
	const rule = 'text-fidelity';
	if (at === page.text.length) {
		report(file, wherePage, `The article’s text stops early: original.txt goes on with "${excerpt(expected.text, at)}" (${inOriginal}).`, {
			rule,
			hint: 'Copy the missing words from original.txt into the body, in their place and exactly as they are there.',
		});
	} else if (at === expected.text.length) {
		report(file, wherePage, `The text goes on after the end of original.txt: "${excerpt(page.text, at)}".`, {
			rule,
			hint: 'Only the article’s words stand in the text; our own words go in a ":::note" block or the frontmatter.',
		});
	} else {
		report(file, wherePage, `The text differs from original.txt here: it reads "${excerpt(page.text, at)}" where original.txt reads "${excerpt(expected.text, at)}" (${inOriginal}).`, {
			rule,
			hint: 'Write the article’s words exactly as original.txt has them, quotation marks and punctuation included; annotations may wrap words but never change them.',
		});
	}
}

/** The text around a place, from the start of the word it falls in. */
function excerpt(text: string, at: number): string {
	const start = Math.max(text.lastIndexOf(' ', at - 1) + 1, at - CONTEXT);
	const end = Math.min(text.length, at + CONTEXT);
	return (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : '');
}

/** The article's words on the page, in runs that can trace each character to its place in index.md. */
function partsOf(tree: Root, file: VFile): Part[] {
	const source = String(file.value);
	const parts: Part[] = [];
	const walk = (node: Root | RootContent): void => {
		if (node.type === 'text') {
			const { start, end } = node.position ?? {};
			// A text node read as written maps character for character; an escaped one maps to its start.
			let exactly: boolean | undefined;
			const exact = () => (exactly ??= start?.offset !== undefined && end?.offset !== undefined && source.slice(start.offset, end.offset) === node.value);
			parts.push({ text: node.value, offset: (index) => (exact() ? start!.offset! + index : start?.offset) });
			return;
		}
		if (node.type === 'element' && isEditorial(node)) {
			// A marker of ours inside a sentence takes the space before it along: `said :cite{…}.` reads "said."
			if (!BLOCKS.has(node.tagName)) parts.push({ text: '', offset: () => undefined, absorbsSpace: true });
			return;
		}
		if (node.type !== 'root' && node.type !== 'element') return;
		const block = node.type === 'element' && BLOCKS.has(node.tagName);
		if (block) parts.push({ text: ' ', offset: () => undefined });
		for (const child of node.children) walk(child);
		if (block) parts.push({ text: ' ', offset: () => undefined });
	};
	walk(tree);
	return parts;
}

/** A run of text; `absorbsSpace` marks where an inline element of ours was left out. */
interface Part {
	text: string;
	offset: (index: number) => number | undefined;
	absorbsSpace?: boolean;
}

function isEditorial(element: Element): boolean {
	return Boolean(element.properties.dataEditorial);
}

/**
 * Whitespace runs become one space, none at the ends; a space takes the place of the run's
 * first character. A space before a left-out inline element goes, unless more space follows it.
 * Characters are gathered in an array and joined once: adding to a string one character at a
 * time made an object per character.
 */
function foldTraced(parts: Part[]): Traced {
	const characters: string[] = [];
	const offsets: number[] = [];
	let last = 0;
	const endsInSpace = () => characters.at(-1) === ' ';
	for (const part of parts) {
		if (part.absorbsSpace && endsInSpace()) {
			characters.pop();
			offsets.pop();
		}
		for (let index = 0; index < part.text.length; index++) {
			const offset = part.offset(index) ?? last;
			last = offset;
			const character = part.text[index]!;
			if (SPACE.test(character)) {
				if (characters.length > 0 && !endsInSpace()) {
					characters.push(' ');
					offsets.push(offset);
				}
				continue;
			}
			characters.push(character);
			offsets.push(offset);
		}
	}
	if (endsInSpace()) {
		characters.pop();
		offsets.pop();
	}
	return { text: characters.join(''), offsets };
}

const SPACE = /\s/;

/**
 * The text foldTraced gives, without tracing: whole runs folded by one regular expression
 * each and joined once, for the comparison that almost always finds the texts equal.
 */
function foldText(parts: Part[]): string {
	const pieces: string[] = [];
	let endsInSpace = false;
	for (const part of parts) {
		if (part.absorbsSpace) {
			if (endsInSpace) pieces.push(pieces.pop()!.slice(0, -1));
			endsInSpace = false;
			continue;
		}
		let text = part.text.replace(SPACES, ' ');
		if (text.startsWith(' ') && (pieces.length === 0 || endsInSpace)) text = text.slice(1);
		if (!text) continue;
		pieces.push(text);
		endsInSpace = text.endsWith(' ');
	}
	const text = pieces.join('');
	return text.endsWith(' ') ? text.slice(0, -1) : text;
}

const SPACES = /\s+/g;

/** Whitespace folded, as the comparison sees text. */
function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
