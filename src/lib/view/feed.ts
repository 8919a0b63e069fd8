import { toHtml } from 'hast-util-to-html';
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from '../../schemas/article';
import { toPartialDate } from '../dates';
import { newestFirst } from '../chronology';
import { routes } from '../routes';

/**
 * The feed's items, newest first. An item's `<description>` is HTML by the RSS spec, so the
 * summary (plain text) is written as HTML text first: `<draft>` then reads `<draft>` in a feed
 * reader, and nothing in it can decode to markup. A date is its day at midnight UTC, whatever
 * the time zone of the machine that builds.
 */
export function feedItems(articles: { id: string; data: Article }[]): RSSFeedItem[] {
	return newestFirst(articles).map(({ id, data }) => ({ title: data.headline, description: toHtml({ type: 'text', value: data.summary }), pubDate: toPartialDate(data.published).date, link: routes.article(id) }));
}
