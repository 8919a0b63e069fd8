import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { feedItems } from '../lib/view/feed';
import { UI } from '../lib/ui';

/** The feed of articles, newest first (see feedItems). */
export const GET: APIRoute = async ({ site }) => {
	if (!site) throw new Error('The feed needs the site\'s address: astro.config.mjs sets "site".');
	return rss({ title: UI.feedTitle, description: UI.siteTagline, site, items: feedItems(await getCollection('articles')) });
};
