import type { BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import { toString } from 'mdast-util-to-string';
import type { Quote } from '../../schemas/article';
import type { SectionNode } from './remark-sections';
import { idPattern } from '../../schemas/common';
import { idPoint, idProblem } from '../ids';
import type { Frontmatter } from '../file-data';
import { didYouMean, report } from '../author-error';
import { formatShortDate } from '../dates';
import { panelId } from '../anchors';
import { BEFORE_CONTROL, controlLabel, linkControlNode, shareTitle } from '../link-control';
import { UI } from '../ui';
import { EDITORIAL, fragmentLink } from './nodes';
import { sectionOf } from './section-of';
import { defineHint, siteFileName } from '../site-files';
import { byId } from '../definitions';

const QUOTE_ID = idPattern('q-');
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'"]);

/**
 * Quotations, inline or as blocks, each tied to a statement defined in the frontmatter;
 * collected into `file.data.quotes`. The article's own quotation marks stay in the text,
 * and nothing of ours enters its sentences: the attribution follows the paragraph or block
 * quotation, once per run of quotes from one statement (remark-margin sets it beside it).
 *
 *   … he blamed :quote["dull idiots"]{#q-dull-idiots statement=medvedev-telegram} from :quote["stupid think tanks"]{#q-think-tanks statement=medvedev-telegram} …
 *     -> <p>… he blamed <span class="quote" id="q-dull-idiots">"dull idiots"</span> from <span class="quote" id="q-think-tanks">"stupid think tanks"</span> …</p>
 *        <p class="attribution" data-quotes="q-dull-idiots q-think-tanks" data-editorial><a href="#panel-q-dull-idiots">Dmitry Medvedev</a>, Telegram post, 13 Sep 2022</p>
 *
 *   :::quote{#q-camarilla statement=medvedev-telegram}
 *   The Kyiv camarilla …
 *   ::attribution[— as printed under the quotation]
 *   :::
 *     -> <figure class="quote" id="q-camarilla"><blockquote>…</blockquote><figcaption>— as printed under the quotation</figcaption></figure>
 *        <p class="attribution" data-quotes="q-camarilla" data-editorial>…</p>
 */
export default function remarkQuotes() {
	return (tree: Root, file: VFile) => {
		const { frontmatter } = file.data;
		const quotes: Quote[] = [];
		/** The runs of quotes in each paragraph or block quotation of a section, in order. */
		const runsAfter = new Map<RootContent, { section: SectionNode; runs: Run[] }>();
		/** Ids of the quotes so far, for the duplicate check. */
		const seen = new Set<string>();
		/** The frontmatter's statements, people and sources by id, made at the first quote. */
		let definitions: Lookups | undefined;

		walk(tree, (node, ancestors) => {
			if (node.type === 'leafDirective' && node.name === 'attribution') {
				const parent = ancestors.at(-1);
				if (parent?.type !== 'containerDirective' || parent.name !== 'quote') {
					report(file, node, '"::attribution" outside a block quotation.', { rule: 'attribution-outside-quote', hint: 'Put it inside a ":::quote … :::" block, after the quoted text.' });
				}
				return;
			}
			if (!frontmatter || (node.type !== 'textDirective' && node.type !== 'containerDirective') || node.name !== 'quote') return;
			definitions ??= lookups(frontmatter);
			const resolved = resolve(node, definitions, file, seen);
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

			if (block) renderBlock(node as ContainerDirective);
			else node.data = { hName: 'span', hProperties: { id, className: ['quote'] } };
			// The paragraph or block quotation, a child of the section, that the quote stands in.
			const passage = (ancestors[2] ?? node) as RootContent;
			const entry = runsAfter.get(passage) ?? { section: ancestors[1] as SectionNode, runs: [] };
			const last = entry.runs.at(-1);
			if (last && last.statement === statement && !block) last.quotes.push({ id, text });
			else entry.runs.push({ statement, speaker, quotes: [{ id, text }], block });
			runsAfter.set(passage, entry);
		});
		for (const [passage, { section, runs }] of runsAfter) {
			const attributions = runs.map(attribution);
			section.children.splice(section.children.indexOf(passage) + 1, 0, ...attributions);
		}
		file.data.quotes = quotes;
	};
}

type Lookups = ReturnType<typeof lookups>;

/** What a quote refers to, by id: looked up, not searched, once per quote. */
function lookups(frontmatter: Frontmatter) {
	return {
		statements: byId(frontmatter.statements),
		people: byId(frontmatter.people),
		sources: byId(frontmatter.sources),
	};
}

/** A quote's id, statement, speaker and sources, checked against the frontmatter; undefined (and reported) when wrong. */
function resolve(node: TextDirective | ContainerDirective, definitions: Lookups, file: VFile, seen: ReadonlySet<string>) {
	// remark-directive-check has made sure both attributes are there.
	const id = node.attributes?.id ?? '';
	const statementId = node.attributes?.statement ?? '';
	const errors = file.messages.length;
	const problem = idProblem(id);
	if (problem) report(file, idPoint(file, node, id, problem.index), `Quote id "#${id}" is not a valid id: ${problem.reason}.`, { rule: 'quote-id', hint: 'Name quotes #q-<speaker>-<words>, e.g. #q-minister-ceasefire.' });
	else if (!QUOTE_ID.test(id)) report(file, node, `Quote id "#${id}" does not start with "q-".`, { rule: 'quote-id', hint: 'Name quotes #q-<speaker>-<words>, e.g. #q-minister-ceasefire.' });
	if (seen.has(id)) report(file, node, `Duplicate quote id "#${id}".`, { rule: 'quote-id', hint: 'Every quote needs an id of its own.' });
	const statement = definitions.statements.get(statementId);
	if (!statement) {
		const statements = [...definitions.statements.keys()];
		report(file, node, `Unknown statement "${statementId}" in quote "#${id}".${didYouMean(statementId, statements)}`, {
			rule: 'unknown-reference',
			hint: `Define the statement (speaker, date, medium, language, sources) under statements: in this article's frontmatter, or in ${siteFileName('statements')} for every article.`,
		});
	}
	const sources = node.attributes?.sources?.split(/\s+/).filter(Boolean);
	for (const source of (sources ?? []).filter((source) => !definitions.sources.has(source))) {
		report(file, node, `Unknown source "${source}" in quote "#${id}".${didYouMean(source, [...definitions.sources.keys()])}`, { rule: 'unknown-reference', hint: defineHint('sources') });
	}
	// A statement's unknown speaker is reported by the frontmatter check.
	const speaker = statement && definitions.people.get(statement.speaker);
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

function renderBlock(node: ContainerDirective) {
	const original = node.children.find((child): child is LeafDirective => child.type === 'leafDirective' && child.name === 'attribution');
	const quoted = quotedBlocks(node) as (BlockContent | DefinitionContent)[];
	const caption: Paragraph[] = original ? [{ type: 'paragraph', children: original.children, data: { hName: 'figcaption' } }] : [];
	node.children = [{ type: 'blockquote', children: quoted }, ...caption];
	node.data = { hName: 'figure', hProperties: { id: node.attributes!.id!, className: ['quote'] } };
}

/** Quotes from one statement that follow each other in a paragraph, or one block quotation. */
interface Run {
	statement: Frontmatter['statements'][number];
	speaker: Frontmatter['people'][number];
	quotes: { id: string; text: string }[];
	block: boolean;
}

/**
 * Who said a run of quotes, where and when: `Dmitry Medvedev, Telegram post, 13 Sep 2022`,
 * the name linked to the quote panel, then each quote's link control: beside the text,
 * never inside its sentences.
 */
function attribution({ statement, speaker, quotes }: Run): Paragraph {
	const when = statement.date ? formatShortDate(statement.date) : UI.dateUnknown.toLowerCase();
	const controls = quotes.flatMap(({ id, text }): PhrasingContent[] => [{ type: 'text', value: BEFORE_CONTROL }, linkControlNode(id, controlLabel.quote(speaker.name, text), shareTitle.quote(speaker.name, text))]);
	return {
		type: 'paragraph',
		children: [fragmentLink(panelId(quotes[0]!.id), {}, [{ type: 'text', value: speaker.name }]), { type: 'text', value: `, ${statement.medium}, ${when}` }, ...controls],
		data: { hProperties: { className: ['attribution'], dataQuotes: quotes.map((quote) => quote.id).join(' '), ...EDITORIAL } },
	};
}
