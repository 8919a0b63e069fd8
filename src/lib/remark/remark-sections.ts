import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { report } from '../author-error';
import { fingerprint } from '../anchor-registry';
import { EDITORIAL } from './nodes';
import type { Section } from '../../schemas/article';
import '../file-data';

/** A section of the article: an h2 heading and everything up to the next one. */
export interface SectionNode extends Parent {
	type: 'section';
	/** The section's id: its heading's. */
	id: string;
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
 * Headings have their ids from remark-heading-ids.
 * Each paragraph of the text proper gets `<section>-p<n>`, so paragraphs can be linked too,
 * and a fingerprint of its words (`file.data.fingerprints`), so the anchor registry can tell
 * that a published paragraph id still points at the same words.
 * The body's word count goes to `file.data.words`, for reading times.
 */
export default function remarkSections() {
	return (tree: Root, file: VFile) => {
		const sections: Section[] = [];
		const fingerprints = new Map<string, string>();
		const body: RootContent[] = [];
		let current: SectionNode | undefined;
		let section: Section | undefined;

		for (const node of tree.children) {
			if (node.type === 'yaml') {
				body.push(node);
				continue;
			}
			if (node.type === 'heading' && node.depth === 1) {
				report(file, node, 'A level-1 heading ("# …") in the body.', { rule: 'heading-level', hint: 'The headline comes from the frontmatter; start sections with "## Title {#id}".' });
				(current?.children ?? body).push(node);
				continue;
			}
			if (node.type === 'heading' && node.depth === 2) {
				const id = node.data?.id ?? '';
				section = { id, title: toString(node).trim(), lead: '', paragraphs: [] };
				sections.push(section);
				// Headings are ours, so they are marked editorial like every other addition.
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...EDITORIAL } };
				// A space before the link control that rehype-autolink-headings appends.
				node.children.push({ type: 'text', value: ' ' });
				current = { type: 'section', id, children: [node], data: { hName: 'section', hProperties: { ariaLabelledby: id } }, position: node.position };
				body.push(current);
				continue;
			}
			if (!current || !section) {
				// Reported once; the text stays outside any section, and its annotations are still checked.
				if (!body.some((kept) => kept.type !== 'yaml')) {
					report(file, node, 'Text before the first section heading.', {
						rule: 'text-before-section',
						hint: 'Put a heading such as "## The proposal {#the-proposal}" above it: every part of the body belongs to a section.',
					});
				}
				body.push(node);
				continue;
			}
			if (node.type === 'paragraph') {
				const id = `${section.id}-p${section.paragraphs.length + 1}`;
				section.paragraphs.push(id);
				fingerprints.set(id, fingerprint(toString(node)));
				if (!section.lead) section.lead = toString(node).trim();
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			}
			current.children.push(node);
			if (current.position && node.position) current.position.end = node.position.end;
		}
		tree.children = body;
		file.data.sections = sections;
		file.data.fingerprints = fingerprints;
		file.data.words = body.reduce((count, node) => count + (node.type === 'yaml' ? 0 : toString(node).split(/\s+/).filter(Boolean).length), 0);
	};
}
