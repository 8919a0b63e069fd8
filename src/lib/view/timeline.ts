import type { Article } from '../../schemas/article';
import type { TimelineEvent } from '../../schemas/event';
import { describeDistance, sideOf } from '../dates';
import { compareDates } from '../chronology';
import { backlinks, type Backlink } from './backlinks';

export interface TimelineEntry extends TimelineEvent {
	/** "8 days before publication", computed from the dates. */
	distance: string;
	/** Whether it happened before the article was published (true) or on or after that day. */
	before: boolean;
	backlinks: Backlink[];
}

/**
/**
 * The article's events in chronological order (chronology.ts: a date known only to the month
 * or year comes after the known days of its span; equal dates keep the order they are defined
 * in), split at publication. A month or year that contains the publication day (`2022-09`,
 * "later this month") goes after it when the event is what happened next, before it otherwise.
 */
export function timeline(article: Article): TimelineEntry[] {
	return article.events
		.map((event) => {
			const side = sideOf(event.date, article.published);
			return {
				...event,
				distance: describeDistance(event.date, article.published),
				before: side === 'before' || (side === 'around' && event.kind !== 'after' && event.date !== article.published),
				backlinks: backlinks(article, 'event', event.id),
			};
		})
		.sort((a, b) => Number(b.before) - Number(a.before) || compareDates(a.date, b.date));
}
