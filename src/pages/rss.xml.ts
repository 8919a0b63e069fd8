import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import { toPartialDate } from '../lib/dates';
import { routes } from '../lib/routes';
import { UI } from '../lib/ui';

/**
 * The feed of articles, newest first. An item's `<description>` is HTML by the RSS spec, so the
 * summary (plain text) is written as HTML text first: `<draft>` then reads `<draft>` in a feed
 * reader, and nothing in it can decode to markup.
 */
export const GET: APIRoute = async ({ site }) => {
	const articles = (await getCollection('articles')).sort((a, b) => b.data.published.localeCompare(a.data.published));
	return rss({
		title: UI.feedTitle,
		description: UI.siteTagline,
		site: site!,
		items: articles.map(({ id, data }) => ({ title: data.headline, description: toHtml({ type: 'text', value: data.summary }), pubDate: toPartialDate(data.published).date, link: routes.article(id) })),
	});
};
