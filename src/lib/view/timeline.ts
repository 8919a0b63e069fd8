import type { Article } from '../../schemas/article';
import type { TimelineEvent } from '../../schemas/event';
import { describeDistance } from '../dates';
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
 * The article's events in chronological order (chronology.ts: a date known only to the month
 * or year comes after the known days of its span); equal dates keep the order they are defined in.
 */
export function timeline(article: Article): TimelineEntry[] {
	return [...article.events]
		.sort((a, b) => compareDates(a.date, b.date))
		.map((event) => ({
			...event,
			distance: describeDistance(event.date, article.published),
			before: event.date < article.published,
			backlinks: backlinks(article, 'event', event.id),
		}));
}
