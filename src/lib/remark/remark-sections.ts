import type { Heading, Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { fail } from '../author-error';
import { EDITORIAL } from './nodes';
import type { Section } from '../../schemas/article';
import '../file-data';

/** A section of the article: an h2 heading and everything up to the next one. */
export interface SectionNode extends Parent {
	type: 'section';
	children: RootContent[];
}

declare module 'mdast' {
	interface RootContentMap {
		section: SectionNode;
	}
}

/**
 * Groups the body into sections, one per h2, and records them in `file.data.sections`:
 *
 *   ## The proposal {#the-proposal}     <section aria-labelledby="the-proposal">
 *   Text.                          ->     <h2 id="the-proposal">The proposal</h2>
 *                                         <p id="the-proposal-p1">Text.</p></section>
 *
 * A heading without an explicit id gets github-slugger's slug of its text, as rehype-slug would.
 * Each paragraph of the text proper gets `<section>-p<n>`, so paragraphs can be linked too.
 * The body's word count goes to `file.data.words`, for reading times.
 */
export default function remarkSections() {
	return (tree: Root, file: VFile) => {
		// Headings are ours, so they are marked editorial like every other addition.
		const slugger = new GithubSlugger();
		const sections: Section[] = [];
		const body: RootContent[] = [];
		let current: SectionNode | undefined;

		for (const node of tree.children) {
			if (node.type === 'yaml') {
				body.push(node);
				continue;
			}
			if (node.type === 'heading' && node.depth === 1) {
				fail(file, node, 'A level-1 heading ("# …") in the body.', 'The headline comes from the frontmatter; start sections with "## Title {#id}".');
			}
			if (node.type === 'heading' && node.depth === 2) {
				const id = sectionId(node, slugger, file);
				if (sections.some((section) => section.id === id)) {
					fail(file, node, `Duplicate section id "${id}".`, 'Give this heading an explicit, different id: ## Title {#another-id}.');
				}
				sections.push({ id, title: toString(node).trim(), lead: '', paragraphs: [] });
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...EDITORIAL } };
				current = { type: 'section', children: [node], data: { hName: 'section', hProperties: { ariaLabelledby: id } }, position: node.position };
				body.push(current);
				continue;
			}
			if (!current) {
				fail(file, node, 'Text before the first section heading.', 'Put a heading such as "## The proposal {#the-proposal}" above it: every part of the body belongs to a section.');
			}
			if (node.type === 'paragraph') {
				const section = sections[sections.length - 1]!;
				const id = `${section.id}-p${section.paragraphs.length + 1}`;
				section.paragraphs.push(id);
				if (!section.lead) section.lead = toString(node).trim();
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			}
			current.children.push(node);
			if (current.position && node.position) current.position.end = node.position.end;
		}
		tree.children = body;
		file.data.sections = sections;
		file.data.words = body.reduce((count, node) => count + (node.type === 'yaml' ? 0 : toString(node).split(/\s+/).filter(Boolean).length), 0);
	};
}

function sectionId(heading: Heading, slugger: GithubSlugger, file: VFile): string {
	const explicit = heading.data?.hProperties?.id;
	if (typeof explicit === 'string') {
		slugger.slug(explicit); // reserve it, so a later slug does not collide
		return explicit;
	}
	const id = slugger.slug(toString(heading));
	if (!id) {
		fail(file, heading, `The heading "${toString(heading)}" gives an empty id.`, 'Headings of emoji or punctuation only need an explicit id: ## 🚀 {#launch}.');
	}
	heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
	return id;
}
