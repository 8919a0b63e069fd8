import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { fail } from '../author-error';
import { idProblem } from '../ids';

/**
 * Takes an explicit id from the end of a heading, so that editing the heading's words
 * never changes its link:
 *
 *   ## The proposal {#the-proposal}   ->   <h2 id="the-proposal">The proposal</h2>
 *
 * Anything written as `{#…}` at the end is an id: one that is not valid (a space, an
 * invisible character, an uppercase letter) is an error at that character, never heading text.
 * Headings without one get an id from rehype-slug (sections: from remark-sections).
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'heading', (heading) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const found = trailingId(last.value);
			if (!found) return;
			const problem = idProblem(found.id);
			if (problem) {
				fail(file, idPoint(file, heading, problem.index), `Heading id "{#${found.id}}" is not a valid id: ${problem.reason}.`, 'Use lowercase letters, digits and single hyphens, e.g. {#the-proposal}.');
			}
			last.value = last.value.slice(0, found.start);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: found.id } };
		});
	};
}

const isSpace = (character: string | undefined) => character !== undefined && /\s/.test(character);

/**
 * The `{#…}` closing a heading's text: what it holds, and where it starts together with the
 * spaces before it. A scan from the end, so its time is linear in the length of the text.
 */
function trailingId(value: string): { id: string; start: number } | undefined {
	let end = value.length;
	while (isSpace(value[end - 1])) end--;
	if (value[end - 1] !== '}') return undefined;
	const open = value.lastIndexOf('{#', end - 1);
	if (open === -1 || value.indexOf('}', open) !== end - 1) return undefined;
	let start = open;
	while (isSpace(value[start - 1])) start--;
	return { id: value.slice(open + 2, end - 1), start };
}

/** The place of the id's `index`-th character in the file: the last `{#` of the heading as written. */
function idPoint(file: VFile, heading: Heading, index: number) {
	const { start, end } = heading.position!;
	const open = String(file.value).lastIndexOf('{#', end.offset! - 1);
	return open < start.offset! ? start : location(file).toPoint(open + 2 + index);
}
