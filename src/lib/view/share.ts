import type { Article, Quote, Section } from '../../schemas/article';
import { formatDate } from '../dates';
import { UI } from '../ui';

/** What a preview card shows. */
export interface CardText {
	/** The page's title and the card's main text. */
	title: string;
	/** The page's description, for previews. */
	description: string;
	/** Small line above the main text on the card. */
	kicker: string;
	/** Attribution under the main text. */
	byline: string;
}

/** What a share page and its preview card show for one section or quote, with the section or quote itself. */
export type ShareItem = CardText & {
	/** The fragment id in the article. */
	id: string;
} & ({ kind: 'section'; section: Section } | { kind: 'quote'; quote: Quote });

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}

/** A line naming the original: `ZeroHedge, 14 September 2022`. */
export function originLine(article: Article): string {
	return `${article.original.publisher}, ${formatDate(article.published)}`;
}

/** The card of the article itself. */
export function articleCard(article: Article): CardText {
	return { title: article.headline, description: clip(article.summary, 200), kicker: UI.kicker, byline: originLine(article) };
}

/** Every section and quote of an article, as share pages present them. */
export function shareItems(article: Article): ShareItem[] {
	const sections = article.sections.map(
		(section): ShareItem => ({
			id: section.id,
			kind: 'section',
			section,
			title: section.title,
			description: clip(section.lead || article.summary, 200),
			kicker: `${UI.share.sectionOf}: ${clip(article.headline, 80)}`,
			byline: originLine(article),
		}),
	);
	const quotes = article.quotes.map((quote): ShareItem => {
		const { speaker, statement } = quote;
		const when = statement.date ? formatDate(statement.date) : UI.dateUnknown.toLowerCase();
		return {
			id: quote.id,
			kind: 'quote',
			quote,
			title: `“${clip(quote.text, 90)}”`,
			description: clip(`${speaker.name} (${speaker.role}), ${statement.medium.toLowerCase()}, ${when}. ${UI.share.quotedIn} ${originLine(article)}.`, 200),
			kicker: `${UI.share.quoteFrom}: ${clip(article.headline, 80)}`,
			byline: `${speaker.name} · ${statement.medium} · ${when}`,
		};
	});
	return [...sections, ...quotes];
}
