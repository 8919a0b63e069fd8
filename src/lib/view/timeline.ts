import type { Article } from '../../schemas/article';
import type { TimelineEvent } from '../../schemas/event';
import { describeDistance, sideOf } from '../dates';
import { backlinks, type Backlink } from './backlinks';

export interface TimelineEntry extends TimelineEvent {
	/** "8 days before publication", computed from the dates. */
	distance: string;
	/** Whether it happened before the article was published (true) or on or after that day. */
	before: boolean;
	backlinks: Backlink[];
}

/**
 * The article's events in chronological order, split at publication. ISO dates, partial or
 * not, sort as text (`2014-04` before `2014-04-12`); equal dates keep the order they are
 * defined in. A month or year that contains the publication day (`2022-09`, "later this
 * month") goes after it when the event is what happened next, before it otherwise.
 */
export function timeline(article: Article): TimelineEntry[] {
	return article.events
		.map((event) => {
			const side = sideOf(event.date, article.published);
			return {
				...event,
				distance: describeDistance(event.date, article.published),
				before: side === 'before' || (side === 'around' && event.kind !== 'after' && event.date < article.published),
				backlinks: backlinks(article, 'event', event.id),
			};
		})
		.sort((a, b) => Number(b.before) - Number(a.before) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
