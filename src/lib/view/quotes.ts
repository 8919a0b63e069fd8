import type { Article, Quote } from '../../schemas/article';
import type { Person } from '../../schemas/person';
import { clip } from '../shorten';

/** One statement and the quotes the article takes from it, in order of appearance. */
export interface StatementQuotes {
	statement: Quote['statement'];
	quotes: Quote[];
}

export interface SpeakerQuotes {
	speaker: Person;
	quotes: Quote[];
	/** The same quotes by statement, statements in order of their first quote. */
	statements: StatementQuotes[];
}

/** The quotes grouped by speaker, speakers in order of their first quote, quotes in order of appearance. */
export function quotesBySpeaker(article: Pick<Article, 'quotes'>): SpeakerQuotes[] {
	const groups = new Map<string, SpeakerQuotes>();
	for (const quote of article.quotes) {
		const group = groups.get(quote.speaker.id) ?? { speaker: quote.speaker, quotes: [], statements: [] };
		group.quotes.push(quote);
		const statement = group.statements.find((entry) => entry.statement.id === quote.statement.id);
		if (statement) statement.quotes.push(quote);
		else group.statements.push({ statement: quote.statement, quotes: [quote] });
		groups.set(quote.speaker.id, group);
	}
	return [...groups.values()];
}

/** Longest quote a list beside the text repeats in full; a longer one shows its first words. */
const LIST_WORDS = 120;

/** A quote's words as a list beside the text shows them: all of them, or the first words of a long quote, cut between words, with an ellipsis. */
export function firstWords(quote: Pick<Quote, 'text'>, lang: string): string {
	return clip(quote.text, LIST_WORDS, lang);
}
