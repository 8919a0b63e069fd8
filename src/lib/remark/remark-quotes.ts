import type { BlockContent, DefinitionContent, Link, Paragraph, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import type { Quote } from '../../schemas/article';
import { idPattern } from '../../schemas/common';
import type { Frontmatter } from '../file-data';
import { didYouMean, fail } from '../author-error';
import { byId } from '../definitions';
import { formatShortDate } from '../dates';
import { panelId } from '../anchors';
import { controlLabel, linkControlNode, shareTitle } from '../link-control';
import { UI } from '../ui';
import { EDITORIAL, fragmentLink, inlineElement } from './nodes';
import { sectionOf } from './section-of';

const QUOTE_ID = idPattern('q-');
const QUOTE_MARKS = /^["“”‘’']+|["“”‘’']+$/g;

/**
 * Quotations, inline or as blocks, each tied to a statement defined in the frontmatter;
 * collected into `file.data.quotes`. The article's own quotation marks stay in the text.
 *
 *   :quote["dull idiots"]{#q-dull-idiots statement=medvedev-telegram sources="a b"}
 *     -> <span class="quote" id="q-dull-idiots">"dull idiots"<a class="quote-attr" …>Dmitry Medvedev, 13 Sep 2022</a></span>
 *
 *   :::quote{#q-camarilla statement=medvedev-telegram}
 *   The Kyiv camarilla …
 *   ::attribution[— as printed under the quotation]
 *   :::
 *     -> <figure class="quote" id="q-camarilla"><blockquote>…</blockquote><figcaption>…</figcaption></figure>
 */
export default function remarkQuotes() {
	return (tree: Root, file: VFile) => {
		const frontmatter = file.data.frontmatter!;
		const quotes: Quote[] = [];

		visitParents(tree, (node, ancestors) => {
			if (node.type === 'leafDirective' && node.name === 'attribution') {
				const parent = ancestors.at(-1);
				if (parent?.type !== 'containerDirective' || parent.name !== 'quote') {
					fail(file, node, '"::attribution" outside a block quotation.', 'Put it inside a ":::quote … :::" block, after the quoted text.');
				}
				return;
			}
			if ((node.type !== 'textDirective' && node.type !== 'containerDirective') || node.name !== 'quote') return;
			const { id, statement, speaker, sources } = checkAttributes(node, frontmatter, file, quotes);
			const block = node.type === 'containerDirective';
			const words = block ? quotedBlocks(node).map((child) => toString(child)).join('\n\n') : toString(node);
			const text = words.trim().replace(QUOTE_MARKS, '').trim();
			if (!text) fail(file, node, `The quote "${id}" is empty.`, 'Put the quoted words inside it, exactly as the article prints them.');
			quotes.push({ id, statement, speaker, text, sources: sources ?? statement.sources, block, section: sectionOf(ancestors) });

			const label = `${speaker.name}, ${statement.date ? formatShortDate(statement.date) : UI.dateUnknown.toLowerCase()}`;
			const attribution = fragmentLink(panelId(id), { className: ['quote-attr'], ...EDITORIAL }, [{ type: 'text', value: label }]);
			const control = linkControlNode(id, controlLabel.quote(speaker.name, text), shareTitle.quote(speaker.name, text));
			if (block) renderBlock(node as ContainerDirective, id, attribution, `${label} · ${statement.medium}`, control);
			else {
				const inline = node as TextDirective;
				inline.data = { hName: 'span', hProperties: { id, className: ['quote'] } };
				// The control follows the attribution, with no space: nothing of ours enters the copied text.
				inline.children.push(attribution, control);
			}
		});
		file.data.quotes = quotes;
	};
}

function checkAttributes(node: TextDirective | ContainerDirective, frontmatter: Frontmatter, file: VFile, seen: Quote[]) {
	const id = node.attributes!.id!;
	const statementId = node.attributes!.statement!;
	if (!QUOTE_ID.test(id)) fail(file, node, `Quote id "#${id}" does not start with "q-".`, 'Name quotes #q-<speaker>-<words>, e.g. #q-medvedev-prologue.');
	if (seen.some((quote) => quote.id === id)) fail(file, node, `Duplicate quote id "#${id}".`, 'Every quote needs an id of its own.');
	const statement = frontmatter.statements.find((s) => s.id === statementId);
	if (!statement) {
		const statements = frontmatter.statements.map((s) => s.id);
		fail(file, node, `Unknown statement "${statementId}" in quote "#${id}".${didYouMean(statementId, statements)}`, 'Define the statement (speaker, date, medium, language, sources) under statements: in the frontmatter.');
	}
	// The frontmatter check has made sure every statement names a defined speaker.
	const speaker = byId(frontmatter.people, statement.speaker);
	const known = frontmatter.sources.map((s) => s.id);
	const sources = node.attributes!.sources?.split(/\s+/).filter(Boolean);
	for (const source of sources ?? []) {
		if (!known.includes(source)) fail(file, node, `Unknown source "${source}" in quote "#${id}".${didYouMean(source, known)}`, 'Define it under sources: in the frontmatter.');
	}
	return { id, statement, speaker, sources };
}

/** The quoted blocks of a block quotation: everything but its attribution line. */
function quotedBlocks(node: ContainerDirective) {
	return node.children.filter((child) => !(child.type === 'leafDirective' && child.name === 'attribution'));
}

/** A block quotation as a figure, its caption holding the original attribution line, ours, and the link control. */
function renderBlock(node: ContainerDirective, id: string, attribution: ReturnType<typeof fragmentLink>, label: string, control: Link) {
	const original = node.children.find((child): child is LeafDirective => child.type === 'leafDirective' && child.name === 'attribution');
	attribution.children = [{ type: 'text', value: label }];
	const caption: Paragraph = {
		type: 'paragraph',
		children: [
			...(original ? [inlineElement('span', { className: ['quote-original-attribution'] }, original.children), { type: 'text' as const, value: ' ' }] : []),
			attribution,
			{ type: 'text', value: ' ' },
			control,
		],
		data: { hName: 'figcaption' },
	};
	const quoted = quotedBlocks(node) as (BlockContent | DefinitionContent)[];
	node.children = [{ type: 'blockquote', children: quoted }, caption];
	node.data = { hName: 'figure', hProperties: { id, className: ['quote'] } };
}
