import type { Article, Quote, QuoteContext, Section } from '../../schemas/article';
import type { Card } from '../cards/card';
import { formatDate } from '../dates';
import { shareTitle } from '../link-control';
import { clip, clipStart } from '../shorten';
import { sourceIndex, type NumberedSource } from './sources';
import { timeline, type TimelineEntry } from './timeline';
import { STATUS, UI } from '../ui';
import type { Verification } from '../../schemas/source';

/** Longest og:description and meta description. */
const DESCRIPTION = 200;

interface Shared {
	/** The passage's fragment id in the article, and its share page's name. */
	id: string;
	/** The share page's title (og:title too), also the share sheet's. */
	title: string;
	/** The page's description, for previews. */
	description: string;
}

/** A passage a reader can share: a section, a quote or a timeline event, with what its share page shows. */
export type SharePassage = Shared &
	(
		| { kind: 'section'; section: Section }
		| { kind: 'quote'; quote: Quote; sources: NumberedSource[]; section: Section; context: QuoteContext }
		| { kind: 'event'; event: TimelineEntry; next: TimelineEntry[] }
	);

/** A line naming the original: `ZeroHedge, 14 September 2022`. */
export function originLine(article: Article): string {
	return `${article.original.publisher}, ${formatDate(article.published)}`;
}

/** How far sources could be checked, in one line: `Verified: Sputnik International. Not located: …`. */
export function sourceStatus(sources: NumberedSource[]): string {
	return (Object.keys(STATUS) as Verification[])
		.map((status) => ({ status, publishers: sources.filter((source) => source.status === status).map((source) => source.publisher) }))
		.filter(({ publishers }) => publishers.length > 0)
		.map(({ status, publishers }) => `${STATUS[status]}: ${publishers.join(', ')}.`)
		.join(' ');
}

/** Quotes shorter than this get the article's sentence around them on their card, for context. */
const SHORT_QUOTE = 90;
/** Longest sentence shown around a short quote. */
const AROUND = 150;

/**
 * The sentence of a paragraph that holds a quotation, if it says more than the quotation;
 * when it is long, its end, so that the quotation and what follows it show.
 */
function sentenceAround(paragraph: string, quote: string, locale: string): string | undefined {
	const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(paragraph)].map((s) => s.segment.trim());
	const sentence = sentences.find((s) => s.includes(quote));
	if (!sentence || sentence.length <= quote.length + 10) return undefined;
	const max = AROUND - UI.share.inArticle.length - 2;
	const end = clipStart(sentence, max, locale);
	// A quotation early in a long sentence: from the quotation on.
	return end.includes(quote) ? end : clip(`…${sentence.slice(sentence.indexOf(quote) - 1)}`, max, locale);
}

/** The card of the article itself. */
export function articleCard(article: Article): Card {
	return { kicker: UI.kicker, text: article.headline, quote: false, details: [originLine(article)] };
}

/** When a statement was made, for a line: its date, or that it is not known. */
const statementDate = (statement: Quote['statement']): string => (statement.date ? formatDate(statement.date) : UI.dateUnknown);

/**
 * Every section, quote and event of an article, as their share pages present them (their
 * cards: {@link passageCard}, which only the card route needs: a site builds one share page per
 * section, quote and event of every article and keeps what they are given until the last is written).
 */
export function sharePassages(article: Article): SharePassage[] {
	const sources = sourceIndex(article);
	const sections = article.sections.map((section): SharePassage => ({
		kind: 'section',
		id: section.id,
		section,
		title: shareTitle.section(section.title),
		description: clip(section.lead || article.summary, DESCRIPTION),
	}));
	const quotes = article.quotes.map((quote): SharePassage => {
		const { speaker, statement } = quote;
		return {
			kind: 'quote',
			id: quote.id,
			quote,
			// The quote's own sources, then those of the statement it comes from (the post itself, say).
			sources: [...new Set([...quote.sources, ...statement.sources])].map((id) => sources.get(id)!),
			section: article.sections.find((s) => s.id === quote.section)!,
			context: article.quoteContexts.find((c) => c.id === quote.id)!,
			title: shareTitle.quote(speaker.name, quote.text),
			description: clip(`${speaker.name} (${speaker.role}), ${statement.medium.toLowerCase()}, ${statementDate(statement)}. ${UI.share.quotedIn} ${originLine(article)}.`, DESCRIPTION),
		};
	});
	const entries = timeline(article);
	const events = entries.map((event, index): SharePassage => ({
		kind: 'event',
		id: event.id,
		event,
		next: entries.slice(index + 1, index + 4),
		title: shareTitle.event(event.date, event.title),
		description: clip(`${formatDate(event.date)}, ${event.distance}: ${event.context}`, DESCRIPTION),
	}));
	return [...sections, ...quotes, ...events];
}

/** What the preview card of a passage of `article` shows. */
export function passageCard(passage: SharePassage, article: Article): Card {
	switch (passage.kind) {
		case 'section':
			return { kicker: UI.share.section, text: passage.section.title, quote: false, lead: clip(passage.section.lead, 160), details: [`${UI.share.from}: ${clip(article.headline, 90)}`, originLine(article)] };
		case 'quote': {
			const { quote, sources, context } = passage;
			const around = !quote.block && quote.text.length < SHORT_QUOTE ? sentenceAround(context.paragraph, quote.text, article.lang) : undefined;
			return {
				kicker: quote.speaker.name,
				text: quote.text,
				quote: true,
				lead: around && `${UI.share.inArticle}: ${around}`,
				details: [`${quote.statement.medium} · ${statementDate(quote.statement)}`, clip(quote.statement.language, 110), clip(sourceStatus(sources), 160)],
			};
		}
		case 'event':
			return { kicker: `${formatDate(passage.event.date)} · ${passage.event.distance}`, text: passage.event.title, quote: false, lead: clip(passage.event.context, 160), details: [`${UI.share.timelineOf}: ${clip(article.headline, 80)}`] };
	}
}
