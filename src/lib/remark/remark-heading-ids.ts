import type { Heading, Root } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import rehypeSlug from 'rehype-slug';
import { idPattern } from '../../schemas/common';
import { fail } from '../author-error';

const TRAILING_ID = /\s*\{#([^}\s]*)\}\s*$/;
const VALID_ID = idPattern();

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
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		const headings: Heading[] = [];
		visit(tree, 'heading', (heading) => {
			headings.push(heading);
			const last = heading.children.at(-1);
			const match = last?.type === 'text' ? TRAILING_ID.exec(last.value) : null;
			if (!last || last.type !== 'text' || !match) return;
			const id = match[1]!;
			if (!VALID_ID.test(id)) {
				fail(file, heading, `Heading id "{#${id}}" is not a valid id.`, 'Use lowercase letters, digits and single hyphens, e.g. {#the-proposal}.');
			}
			last.value = last.value.slice(0, match.index);
			setId(heading, id);
		});

		// rehype-slug slugs the headings it is given, in order, skipping those that have an id.
		const elements = headings.map((heading): Element => ({
			type: 'element',
			tagName: `h${heading.depth}`,
			properties: { id: heading.data?.id },
			children: [{ type: 'text', value: toString(heading) }],
		}));
		rehypeSlug()({ type: 'root', children: elements } satisfies HastRoot);
		headings.forEach((heading, index) => {
			if (heading.data?.id) return;
			const id = String(elements[index]!.properties.id);
			if (!id) fail(file, heading, `The heading "${toString(heading)}" gives an empty id.`, 'Headings of emoji or punctuation only need an explicit id: ## 🚀 {#launch}.');
			setId(heading, id);
		});
	};
}

function setId(heading: Heading, id: string) {
	heading.data = { ...heading.data, id, hProperties: { ...heading.data?.hProperties, id } };
}
