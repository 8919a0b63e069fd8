import type { Article, Quote } from '../../schemas/article';
import type { Person } from '../../schemas/person';

export interface SpeakerQuotes {
	speaker: Person;
	quotes: Quote[];
}

/** The quotes grouped by speaker, speakers in order of their first quote, quotes in order of appearance. */
export function quotesBySpeaker(article: Pick<Article, 'quotes'>): SpeakerQuotes[] {
	const groups = new Map<string, SpeakerQuotes>();
	for (const quote of article.quotes) {
		const group = groups.get(quote.speaker.id) ?? { speaker: quote.speaker, quotes: [] };
		group.quotes.push(quote);
		groups.set(quote.speaker.id, group);
	}
	return [...groups.values()];
}
