import type { Article, Quote } from '../../schemas/article';
import type { Person } from '../../schemas/person';
import type { Statement } from '../../schemas/statement';

export interface SpeakerQuotes {
	speaker: Person;
	quotes: (Quote & { statementOf: Statement })[];
}

/** The quotes grouped by speaker, speakers in order of their first quote, quotes in order of appearance. */
export function quotesBySpeaker(article: Article): SpeakerQuotes[] {
	const groups = new Map<string, SpeakerQuotes>();
	for (const quote of article.quotes) {
		const statement = article.statements.find((s) => s.id === quote.statement)!;
		const speaker = article.people.find((p) => p.id === statement.speaker)!;
		const group = groups.get(speaker.id) ?? { speaker, quotes: [] };
		group.quotes.push({ ...quote, statementOf: statement });
		groups.set(speaker.id, group);
	}
	return [...groups.values()];
}
