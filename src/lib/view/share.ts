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
	/** What its preview card shows. */
	card: Card;
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

/** Every section, quote and event of an article, as their share pages and cards present them. */
export function sharePassages(article: Article): SharePassage[] {
	const from = `${UI.share.from}: ${clip(article.headline, 90)}`;
	const sources = sourceIndex(article);
	const sections = article.sections.map((section): SharePassage => ({
		kind: 'section',
		id: section.id,
		section,
		title: shareTitle.section(section.title),
		description: clip(section.lead || article.summary, DESCRIPTION),
		card: { kicker: UI.share.section, text: section.title, quote: false, lead: clip(section.lead, 160), details: [from, originLine(article)] },
	}));
	const quotes = article.quotes.map((quote): SharePassage => {
		const { speaker, statement } = quote;
		const when = statement.date ? formatDate(statement.date) : UI.dateUnknown;
		// The quote's own sources, then those of the statement it comes from (the post itself, say).
		const quoteSources = [...new Set([...quote.sources, ...statement.sources])].map((id) => sources.get(id)!);
		const context = article.quoteContexts.find((c) => c.id === quote.id)!;
		const around = !quote.block && quote.text.length < SHORT_QUOTE ? sentenceAround(context.paragraph, quote.text, article.lang) : undefined;
		return {
			kind: 'quote',
			id: quote.id,
			quote,
			sources: quoteSources,
			section: article.sections.find((s) => s.id === quote.section)!,
			context,
			title: shareTitle.quote(speaker.name, quote.text),
			description: clip(`${speaker.name} (${speaker.role}), ${statement.medium.toLowerCase()}, ${when}. ${UI.share.quotedIn} ${originLine(article)}.`, DESCRIPTION),
			card: {
				kicker: speaker.name,
				text: quote.text,
				quote: true,
				lead: around && `${UI.share.inArticle}: ${around}`,
				details: [`${statement.medium} · ${when}`, clip(statement.language, 110), clip(sourceStatus(quoteSources), 160)],
			},
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
		card: { kicker: `${formatDate(event.date)} · ${event.distance}`, text: event.title, quote: false, lead: clip(event.context, 160), details: [`${UI.share.timelineOf}: ${clip(article.headline, 80)}`] },
	}));
	return [...sections, ...quotes, ...events];
}
