import type { Article, Quote } from '../../schemas/article';
import type { Person } from '../../schemas/person';
import { sourceIndex, type NumberedSource } from './sources';

/** Everything the site says about one person or organisation, across articles. */
export interface PersonRecord {
	person: Person;
	/** Each quote with the sources of its article, so that its sources link to that article's source list. */
	quotes: { slug: string; headline: string; quote: Quote; sources: Map<string, NumberedSource> }[];
	/** Articles that mention them, with the anchors of the mentions. */
	mentions: { slug: string; headline: string; anchors: string[] }[];
	/** Their role at the time of each article that defines them, newest article first as given. */
	roles: { slug: string; headline: string; role: string }[];
}

/**
 * People by id across all articles. An id means one person everywhere (site-definitions.ts
 * checks that names agree); each article gives their role at its time.
 */
export function peopleAcross(articles: { id: string; data: Article }[]): PersonRecord[] {
	const records = new Map<string, PersonRecord>();
	const recordOf = (person: Person) => {
		const record = records.get(person.id) ?? { person, quotes: [], mentions: [], roles: [] };
		records.set(person.id, record);
		return record;
	};
	for (const { id: slug, data } of articles) {
		for (const person of data.people) {
			const anchors = data.references.filter((r) => r.kind === 'person' && r.target === person.id).map((r) => r.anchor);
			const record = recordOf(person);
			record.roles.push({ slug, headline: data.headline, role: person.role });
			if (anchors.length) record.mentions.push({ slug, headline: data.headline, anchors });
		}
		const sources = sourceIndex(data);
		for (const quote of data.quotes) recordOf(quote.speaker).quotes.push({ slug, headline: data.headline, quote, sources });
	}
	return [...records.values()];
}
