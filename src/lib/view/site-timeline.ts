import type { Article } from '../../schemas/article';
import { compareDates } from '../chronology';
import { routes } from '../routes';
import { sourceIndex, type NumberedSource } from './sources';

/** One event of the site, with every article that discusses it. */
export interface SiteTimelineEntry {
	id: string;
	date: string;
	title: string;
	dateNote?: string | undefined;
	/**
	 * Where it is discussed: the event's entry in each article's timeline, which links on to the text;
	 * with the sources that article gives for it, and that article's sources to link them to.
	 */
	discussedIn: { slug: string; headline: string; href: string; sourceIds: string[]; sources: Map<string, NumberedSource> }[];
}

/**
 * The events of every article, merged by id (site-definitions.ts makes an id mean one event),
 * in date order (chronology.ts: a date known only to the month or year comes after the known
 * days of its span); events of the same date keep the order of the articles given.
 */
export function siteTimeline(articles: { id: string; data: Article }[]): SiteTimelineEntry[] {
	const entries = new Map<string, SiteTimelineEntry>();
	for (const { id: slug, data } of articles) {
		const sources = sourceIndex(data);
		for (const event of data.events) {
			const entry = entries.get(event.id) ?? { id: event.id, date: event.date, title: event.title, dateNote: event.dateNote, discussedIn: [] };
			entry.discussedIn.push({ slug, headline: data.headline, href: routes.fragment(slug, event.id), sourceIds: event.sources, sources });
			entries.set(event.id, entry);
		}
	}
	return [...entries.values()].sort((a, b) => compareDates(a.date, b.date));
}
