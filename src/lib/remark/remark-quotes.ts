import type { Link, Paragraph, Root } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import type { Quote } from '../../schemas/article';
import { idPattern } from '../../schemas/common';
import { idPoint, idProblem } from '../ids';
import type { Frontmatter } from '../file-data';
import { didYouMean, report } from '../author-error';
import { formatShortDate } from '../dates';
import { panelId } from '../anchors';
import { controlLabel, linkControlNode, shareTitle } from '../link-control';
import { UI } from '../ui';
import { EDITORIAL, fragmentLink, inlineElement } from './nodes';
import { sectionOf } from './section-of';

const QUOTE_ID = idPattern('q-');
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);

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
		const { frontmatter } = file.data;
		const quotes: Quote[] = [];
		/** Ids of the quotes so far, for the duplicate check. */
		const seen = new Set<string>();

		visitParents(tree, (node, ancestors) => {
			if (node.type === 'leafDirective' && node.name === 'attribution') {
				const parent = ancestors.at(-1);
				if (parent?.type !== 'containerDirective' || parent.name !== 'quote') {
					report(file, node, '"::attribution" outside a block quotation.', { rule: 'attribution-outside-quote', hint: 'Put it inside a ":::quote … :::" block, after the quoted text.' });
				}
				return;
			}
			if (!frontmatter || (node.type !== 'textDirective' && node.type !== 'containerDirective') || node.name !== 'quote') return;
			const resolved = resolve(node, frontmatter, file, seen);
			if (!resolved) return;
			const { id, statement, speaker, sources } = resolved;
			const block = node.type === 'containerDirective';
			const words = block ? quotedBlocks(node).map((child) => toString(child)).join('\n\n') : toString(node);
			const text = withoutQuoteMarks(words.trim()).trim();
			if (!text) {
				report(file, node, `The quote "${id}" is empty.`, { rule: 'empty-quote', hint: 'Put the quoted words inside it, exactly as the article prints them.' });
				return;
			}
			quotes.push({ id, statement, speaker, text, sources: sources ?? statement.sources, block, section: sectionOf(ancestors) });
			seen.add(id);

			const label = `${speaker.name}, ${statement.date ? formatShortDate(statement.date) : UI.dateUnknown.toLowerCase()}`;
			const attribution = fragmentLink(panelId(id), { className: ['quote-attr'], ...EDITORIAL }, [{ type: 'text', value: label }]);
			const control = linkControlNode(id, controlLabel.quote(speaker.name, text), shareTitle.quote(speaker.name, text));
			if (node.type === 'containerDirective') renderBlock(node, id, attribution, `${label} · ${statement.medium}`, control);
			else {
				node.data = { hName: 'span', hProperties: { id, className: ['quote'] } };
				// The control follows the attribution, with no space: nothing of ours enters the copied text.
				node.children.push(attribution, control);
			}
		});
		file.data.quotes = quotes;
	};
}

/** A quote's id, statement, speaker and sources, checked against the frontmatter; undefined (and reported) when wrong. */
function resolve(node: TextDirective | ContainerDirective, frontmatter: Frontmatter, file: VFile, seen: ReadonlySet<string>) {
	// remark-directive-check has made sure both attributes are there.
	const id = node.attributes?.id ?? '';
	const statementId = node.attributes?.statement ?? '';
	const errors = file.messages.length;
	const problem = idProblem(id);
	if (problem) report(file, idPoint(file, node, id, problem.index), `Quote id "#${id}" is not a valid id: ${problem.reason}.`, { rule: 'quote-id', hint: 'Name quotes #q-<speaker>-<words>, e.g. #q-medvedev-prologue.' });
	else if (!QUOTE_ID.test(id)) report(file, node, `Quote id "#${id}" does not start with "q-".`, { rule: 'quote-id', hint: 'Name quotes #q-<speaker>-<words>, e.g. #q-medvedev-prologue.' });
	if (seen.has(id)) report(file, node, `Duplicate quote id "#${id}".`, { rule: 'quote-id', hint: 'Every quote needs an id of its own.' });
	const statement = frontmatter.statements.find((s) => s.id === statementId);
	if (!statement) {
		const statements = frontmatter.statements.map((s) => s.id);
		report(file, node, `Unknown statement "${statementId}" in quote "#${id}".${didYouMean(statementId, statements)}`, {
			rule: 'unknown-reference',
			hint: 'Define the statement (speaker, date, medium, language, sources) under statements: in the frontmatter.',
		});
	}
	const known = frontmatter.sources.map((s) => s.id);
	const sources = node.attributes?.sources?.split(/\s+/).filter(Boolean);
	for (const source of (sources ?? []).filter((source) => !known.includes(source))) {
		report(file, node, `Unknown source "${source}" in quote "#${id}".${didYouMean(source, known)}`, { rule: 'unknown-reference', hint: 'Define it under sources: in the frontmatter.' });
	}
	// A statement's unknown speaker is reported by the frontmatter check.
	const speaker = statement && frontmatter.people.find((p) => p.id === statement.speaker);
	if (!statement || !speaker || file.messages.length > errors) return undefined;
	return { id, statement, speaker, sources };
}

/** The text without the quotation marks around it; a scan from each end, linear in its length. */
function withoutQuoteMarks(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && QUOTE_MARKS.has(text[start]!)) start++;
	while (end > start && QUOTE_MARKS.has(text[end - 1]!)) end--;
	return text.slice(start, end);
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
	const quoted = quotedBlocks(node);
	node.children = [{ type: 'blockquote', children: quoted }, caption];
	node.data = { hName: 'figure', hProperties: { id, className: ['quote'] } };
}
