import type { VFile } from 'vfile';
import { report } from './author-error';

/** Most characters in one block (lines between blank lines): far above any paragraph of an article. */
export const MAX_BLOCK_LENGTH = 10_000;

/** Deepest nesting of block quotes and lists on one line. */
export const MAX_NESTING = 32;

/**
 * Checks the shape of the markdown before it is parsed, so that parsing stays fast and safe
 * on any input: the parser's time grows faster than the length of a block for some
 * characters (a run of `[`, `<` or `]`), and a quote nested thousands deep would overflow
 * the stack. Both are errors at their line, with the fix. The frontmatter is not markdown
 * and is left to the YAML parser. One pass over the text, linear in its length. Returns
 * whether the text may be parsed.
 */
export function checkSourceLimits(file: VFile): boolean {
	const before = file.messages.length;
	const text = String(file.value);
	let offset = text.startsWith('---\n') ? frontmatterEnd(text) : 0;
	let line = text.slice(0, offset).split('\n').length;
	let block = { start: offset, line, reported: false };
	while (offset <= text.length) {
		let end = text.indexOf('\n', offset);
		if (end === -1) end = text.length;
		const content = text.slice(offset, end);
		const depth = nestingOf(content);
		if (depth > MAX_NESTING) {
			report(file, { line, column: 1 }, `Block quotes or lists are nested ${depth} deep on this line; the limit is ${MAX_NESTING}.`, {
				rule: 'source-limits',
				hint: 'Remove the extra ">" or list markers at the start of the line.',
			});
		}
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

/** Offset just after the closing `---` line of the frontmatter (0 when it is not closed). */
function frontmatterEnd(text: string): number {
	const close = text.indexOf('\n---', 3);
	if (close === -1) return 0;
	const end = text.indexOf('\n', close + 1);
	return end === -1 ? text.length : end + 1;
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
