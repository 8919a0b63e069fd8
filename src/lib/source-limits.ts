import type { VFile } from 'vfile';
import { report } from './author-error';
import { frontmatterOf } from './frontmatter';

/** Most characters in one block (lines between blank lines): far above any paragraph of an article. */
export const MAX_BLOCK_LENGTH = 10_000;

/** Deepest nesting of block quotes and lists: on one line, or by indentation over lines. */
export const MAX_NESTING = 32;

/**
 * Checks the shape of the markdown before it is parsed, so that parsing stays fast and safe
 * on any input: the parser's time grows faster than the length of a block for some
 * characters (a run of `[`, `<` or `]`), and a quote or list nested thousands deep would
 * overflow the stack, whether its markers stand on one line (`> > > …`) or on lines indented
 * one step further each (`- a`, `  - b`, `    - c`, …). Each is an error at its line, with the
 * fix; a list nested too deep is reported once, where it first goes past the limit. The frontmatter is not markdown
 * and is left to the YAML parser. One pass over the text, linear in its length. Returns
 * whether the text may be parsed.
 */
export function checkSourceLimits(file: VFile): boolean {
	const before = file.messages.length;
	const text = String(file.value);
	let offset = frontmatterOf(text)?.end ?? 0;
	let line = text.slice(0, offset).split('\n').length;
	let block = { start: offset, line, reported: false };
	const lists = listNesting();
	let tooDeep = false;
	while (offset <= text.length) {
		let end = text.indexOf('\n', offset);
		if (end === -1) end = text.length;
		const content = text.slice(offset, end);
		const depth = nestingOf(content);
		const list = lists(content);
		if (depth > MAX_NESTING) {
			report(file, { line, column: 1 }, `Block quotes or lists are nested ${depth} deep on this line; the limit is ${MAX_NESTING}.`, {
				rule: 'source-limits',
				hint: 'Remove the extra ">" or list markers at the start of the line.',
			});
		} else if (list && list.depth > MAX_NESTING && !tooDeep) {
			report(file, { line, column: list.column }, `This list item is nested ${list.depth} deep by its indentation; the limit is ${MAX_NESTING}.`, {
				rule: 'source-limits',
				hint: 'Indent it less, so that it belongs to a list further out, or make the deepest items a list of their own: no article needs lists nested this deep.',
			});
		}
		if (list) tooDeep = list.depth > MAX_NESTING;
		if (content.trim() === '') block = { start: end + 1, line: line + 1, reported: false };
		else if (end - block.start > MAX_BLOCK_LENGTH && !block.reported) {
			report(file, { line: block.line, column: 1 }, `This block is more than ${MAX_BLOCK_LENGTH.toLocaleString('en')} characters long before its next blank line.`, {
				rule: 'source-limits',
				hint: 'Split it into paragraphs with blank lines; no paragraph of an article is nearly this long.',
			});
			block.reported = true;
		}
		offset = end + 1;
		line++;
	}
	return file.messages.length === before;
}

/** How many `>` and list markers (`-`, `*`, `+` before a space) open a line. */
function nestingOf(line: string): number {
	let depth = 0;
	for (let i = 0; i < line.length; i++) {
		const character = line[i]!;
		if (character === '>') depth++;
		else if ('-*+'.includes(character) && (line[i + 1] === ' ' || line[i + 1] === '\t')) depth++;
		else if (character !== ' ' && character !== '\t') break;
	}
	return depth;
}

/** A list marker after the indentation: `-`, `*`, `+`, `1.` or `1)`, then a space, a tab or the line's end. */
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * Follows how deeply list items nest by their indentation, one line at a time: each marker
 * line closes the open items whose text starts right of the marker and opens its own. Gives a
 * marker line's depth and the column of its marker; undefined for other lines. Each item is
 * opened and closed once, so the time is linear in the text.
 */
function listNesting(): (line: string) => { depth: number; column: number } | undefined {
	/** Where the text of each open item starts (its content column, counted from 0). */
	const open: number[] = [];
	let afterBlank = false;
	return (line) => {
		let index = 0;
		let column = 0;
		for (;;) {
			for (; index < line.length && (line[index] === ' ' || line[index] === '\t'); index++) column = line[index] === '\t' ? column + 4 - (column % 4) : column + 1;
			if (line[index] !== '>') break;
			// Inside a block quote, columns count from after its marker and the space after it.
			index += line[index + 1] === ' ' ? 2 : 1;
			column = 0;
		}
		if (index === line.length) {
			afterBlank = true;
			return undefined;
		}
		const rest = line.slice(index);
		const marker = LIST_MARKER.exec(rest)?.[0];
		// Four columns past the innermost item's text is code, not a list.
		if (!marker || column >= (open.at(-1) ?? 0) + 4) {
			// After a blank line, text left of the innermost item's text ends that item.
			if (afterBlank) while (open.length > 0 && open.at(-1)! > column) open.pop();
			afterBlank = false;
			return undefined;
		}
		afterBlank = false;
		while (open.length > 0 && open.at(-1)! > column) open.pop();
		const spaces = /^[ \t]*/.exec(rest.slice(marker.length))![0].length;
		open.push(column + marker.length + (spaces >= 1 && spaces <= 4 ? spaces : 1));
		return { depth: open.length, column: index + 1 };
	};
}
