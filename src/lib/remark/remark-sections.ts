import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { report } from '../author-error';
import { fingerprint } from '../anchor-registry';
import { EDITORIAL } from './nodes';
import { BEFORE_CONTROL, controlLabel, linkControlNode, shareTitle } from '../link-control';
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
 *   Text.                          ->     <h2 id="the-proposal">The proposal <a href="#the-proposal" class="link-control" …>#</a></h2>
 *                                         <p id="the-proposal-p1">Text.</p></section>
 *
 * Headings have their ids from remark-heading-ids; each section heading gets its link
 * control (link-control.ts) at its end.
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
		let words = 0;
		/** The words of a node of the body, counted as it stands in the text (before our additions); its text returned. */
		const count = (node: RootContent): string => {
			const text = toString(node);
			words += text.split(/\s+/).filter(Boolean).length;
			return text;
		};

		for (const node of tree.children) {
			if (node.type === 'yaml') {
				body.push(node);
				continue;
			}
			const text = count(node);
			if (node.type === 'heading' && node.depth === 1) {
				report(file, node, 'A level-1 heading ("# …") in the body.', { rule: 'heading-level', hint: 'The headline comes from the frontmatter; start sections with "## Title {#id}".' });
				(current?.children ?? body).push(node);
				continue;
			}
			if (node.type === 'heading' && node.depth === 2) {
				const id = node.data?.id ?? '';
				const title = text.trim();
				section = { id, title, lead: '', paragraphs: [] };
				sections.push(section);
				// Headings are ours, so they are marked editorial like every other addition.
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...EDITORIAL } };
				// A no-break space, then the link control; a heading without an id has been reported.
				node.children.push({ type: 'text', value: BEFORE_CONTROL });
				if (id) node.children.push(linkControlNode(id, controlLabel.section(title), shareTitle.section(title)));
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
				fingerprints.set(id, fingerprint(text));
				if (!section.lead) section.lead = text.trim();
				node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
			}
			current.children.push(node);
			if (current.position && node.position) current.position.end = node.position.end;
		}
		tree.children = body;
		file.data.sections = sections;
		file.data.fingerprints = fingerprints;
		file.data.words = words;
	};
}
