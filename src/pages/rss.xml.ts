import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toPartialDate } from '../lib/dates';
import { routes } from '../lib/routes';
import { UI } from '../lib/ui';

/** The feed of articles, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const articles = (await getCollection('articles')).sort((a, b) => b.data.published.localeCompare(a.data.published));
	return rss({
		title: UI.feedTitle,
		description: UI.siteTagline,
		site: site!,
		items: articles.map(({ id, data }) => ({ title: data.headline, description: data.summary, pubDate: toPartialDate(data.published).date, link: routes.article(id) })),
	});
};
