import type { Article } from '../../schemas/article';
import { routes } from '../routes';

/**
 * The article as schema.org JSON-LD: a NewsArticle whose parts (sections) carry `@id`s of
 * `url#id`, with its citations and mentions, plus a Quotation per quote and an Event per
 * timeline event, each with the `@id` of its place on the page.
 */
export function articleGraph(article: Article, slug: string, site: URL) {
	const url = new URL(routes.article(slug), site).href;
	const at = (id: string) => `${url}#${id}`;
	const sourceUrls = (ids: string[]) => ids.flatMap((id) => article.sources.find((s) => s.id === id)?.url ?? []);
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
				hasPart: article.sections.map((section) => ({ '@type': 'WebPageElement', '@id': at(section.id), url: at(section.id), name: section.title })),
				citation: article.sources.filter((s) => s.url).map((s) => ({ '@type': 'CreativeWork', url: s.url, name: s.title ?? s.publisher, publisher: s.publisher, ...(s.date && { datePublished: s.date }) })),
				mentions: article.people.map((p) => ({ '@type': p.kind === 'organisation' ? 'Organization' : 'Person', '@id': at(`person-${p.id}`), name: p.name, description: p.role })),
			},
			...article.quotes.map((quote) => {
				const statement = article.statements.find((s) => s.id === quote.statement)!;
				return {
					'@type': 'Quotation',
					'@id': at(quote.id),
					text: quote.text,
					spokenByCharacter: { '@id': at(`person-${statement.speaker}`) },
					...(statement.date && { dateCreated: statement.date }),
					inLanguage: article.lang,
					isBasedOn: sourceUrls(quote.sources),
					isPartOf: { '@id': url },
				};
			}),
			...article.events.map((event) => ({
				'@type': 'Event',
				'@id': at(event.id),
				name: event.title,
				description: event.context,
				startDate: event.date,
				subjectOf: sourceUrls(event.sources),
			})),
		],
	};
}

/** JSON for a <script type="application/ld+json">, safe to inline: no "<" can end the script. */
export function inlineJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
