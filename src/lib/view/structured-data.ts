import type { Article } from '../../schemas/article';
import { routes } from '../routes';
import { targetId } from '../anchors';
import { sourceIndex } from './sources';

/**
 * The article as schema.org JSON-LD, in three graphs that share `@id`s of `url#id`:
 * {@link articleGraph} (the NewsArticle, its sections, citations and mentions),
 * {@link eventGraph} (an Event per timeline event) and {@link quotationGraph} (a Quotation
 * per quote). The page places each right after the panel it repeats (the sources, the
 * timeline, the quotes), so that compressed they cost little: it is part of every article's weight.
 */
function place(article: Article, slug: string, site: URL) {
	const url = new URL(routes.article(slug), site).href;
	const sources = sourceIndex(article);
	return { url, at: (id: string) => `${url}#${id}`, sourceUrls: (ids: string[]) => ids.flatMap((id) => sources.get(id)?.url ?? []) };
}

/** The NewsArticle, whose parts (sections) carry their anchors, with its citations and mentions. */
export function articleGraph(article: Article, slug: string, site: URL) {
	const { url, at } = place(article, slug, site);
	return {
		'@context': 'https://schema.org',
		'@graph': [
			{
				'@type': 'NewsArticle',
				'@id': url,
				url,
				headline: article.headline,
				description: article.summary,
				inLanguage: article.lang,
				isBasedOn: { '@type': 'NewsArticle', url: article.original.url, datePublished: article.published, publisher: { '@type': 'Organization', name: article.original.publisher } },
				hasPart: article.sections.map((section) => ({ '@type': 'WebPageElement', '@id': at(section.id), name: section.title })),
				citation: article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.title ?? source.publisher, ...(source.url && { url: source.url }) })),
				mentions: article.people.map((p) => ({ '@type': p.kind === 'organisation' ? 'Organization' : 'Person', '@id': at(targetId('person', p.id)), name: p.name })),
			},
		],
	};
}

/** An Event per timeline event, at its anchor. */
export function eventGraph(article: Article, slug: string, site: URL) {
	const { at } = place(article, slug, site);
	return {
		'@context': 'https://schema.org',
		'@graph': article.events.map((event) => ({ '@type': 'Event', '@id': at(event.id), name: event.title, startDate: event.date })),
	};
}

/** A Quotation per quote, spoken by a person of the article, part of it. */
export function quotationGraph(article: Article, slug: string, site: URL) {
	const { url, at, sourceUrls } = place(article, slug, site);
	return {
		'@context': 'https://schema.org',
		'@graph': [
			...article.quotes.map((quote) => ({
				'@type': 'Quotation',
				'@id': at(quote.id),
				text: quote.text,
				spokenByCharacter: { '@id': at(targetId('person', quote.speaker.id)) },
				...(quote.statement.date && { dateCreated: quote.statement.date }),
				inLanguage: article.lang,
				isBasedOn: sourceUrls(quote.sources),
				isPartOf: { '@id': url },
			})),
		],
	};
}

/** JSON for a <script type="application/ld+json">, safe to inline: no "<" can end the script. */
export function inlineJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
