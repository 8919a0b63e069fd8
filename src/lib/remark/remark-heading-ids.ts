import type { Heading, Root } from 'mdast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { SKIP, walk } from '../walk';
import { toString } from 'mdast-util-to-string';
import rehypeSlug from 'rehype-slug';
import { report } from '../author-error';
import { idPoint, idProblem, MAX_ID_LENGTH, shortenSlug } from '../ids';

declare module 'mdast' {
	interface HeadingData {
		/** The heading's id, once remark-heading-ids has given it one. */
		id?: string;
	}
}

/**
 * Gives every heading its id, in one place, so that sections, their paragraphs and the
 * annotations in them all know it. An explicit id at the end of a heading wins (editing
 * the heading's words then never changes its link); every other heading gets rehype-slug's
 * slug of its words, one slugger for all levels, so `## Background` then `### Background`
 * become `background` and `background-1`:
 *
 *   ## The proposal {#the-proposal}   ->   <h2 id="the-proposal">The proposal</h2>
 *   ### Background                    ->   <h3 id="background">Background</h3>
 *
 * Anything written as `{#…}` at the end is an id: one that is not valid (a space, an
 * invisible character, an uppercase letter) is an error at that character, never heading text.
 * A slug longer than the id limit is cut at a hyphen, so a long heading still gives a usable id.
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		const headings: Heading[] = [];
		walk(tree, (heading) => {
			// Headings are blocks: none stands inside a paragraph.
			if (heading.type === 'paragraph') return SKIP;
			if (heading.type !== 'heading') return;
			headings.push(heading);
			const last = heading.children.at(-1);
			const found = last?.type === 'text' ? trailingId(last.value) : undefined;
			if (!last || last.type !== 'text' || !found) return;
			const problem = idProblem(found.id);
			if (problem) {
				report(file, idPoint(file, heading, found.id, problem.index), `Heading id "{#${found.id}}" is not a valid id: ${problem.reason}.`, {
					rule: 'heading-id',
					hint: `Use lowercase letters, digits and single hyphens, at most ${MAX_ID_LENGTH} characters, e.g. {#the-proposal}.`,
				});
				return;
			}
			last.value = last.value.slice(0, found.start);
			setId(heading, found.id);
			return undefined;
		});

		// rehype-slug slugs the headings it is given, in order, skipping those that have an id.
		if (headings.every((heading) => heading.data?.id)) return;
		const elements = headings.map((heading) => h(`h${heading.depth}`, { id: heading.data?.id }, toString(heading)));
		rehypeSlug()(h(null, elements));
		headings.forEach((heading, index) => {
			const slugged = elements[index]?.properties.id;
			if (heading.data?.id || typeof slugged !== 'string') return;
			const id = shortenSlug(slugged);
			if (!id) report(file, heading, `The heading "${toString(heading)}" gives an empty id.`, { rule: 'heading-id', hint: 'Headings of emoji or punctuation only need an explicit id: ## 🚀 {#launch}.' });
			setId(heading, id);
		});
	};
}

function setId(heading: Heading, id: string) {
	heading.data = { ...heading.data, id, hProperties: { ...heading.data?.hProperties, id } };
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
