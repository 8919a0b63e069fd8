import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderCard } from '../../../lib/cards/render-card';
import { shareItems, type ShareItem } from '../../../lib/view/share';

/** A preview card for every section and quote: /<slug>/cards/<id>.png. */
export const getStaticPaths = (async () => {
	// The benchmark sets CARDS=off to time the build without drawing cards.
	if (process.env.CARDS === 'off') return [];
	const articles = await getCollection('articles');
	return articles.flatMap((entry) => shareItems(entry.data).map((item) => ({ params: { slug: entry.id, id: item.id }, props: { item } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: ShareItem }> = async ({ props }) => {
	const { png } = await renderCard(props.item);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
