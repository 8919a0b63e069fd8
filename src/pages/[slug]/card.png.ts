import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderCard } from '../../lib/cards/render-card';
import type { Card } from '../../lib/cards/card';
import { articleCard } from '../../lib/view/share';

/** The preview card of each article: /<slug>/card.png. */
export const getStaticPaths = (async () => {
	// The benchmark sets CARDS=off to time the build without drawing cards.
	if (process.env.CARDS === 'off') return [];
	const articles = await getCollection('articles');
	return articles.map((entry) => ({ params: { slug: entry.id }, props: { card: articleCard(entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
	const { png } = await renderCard(props.card);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
