import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderCard } from '../../../lib/cards/render-card';
import type { Card } from '../../../lib/cards/card';
import { passageCard, sharePassages } from '../../../lib/view/share';

/** A preview card for every section, quote and event: /<slug>/cards/<id>.png. */
export const getStaticPaths = (async () => {
	// The benchmark sets CARDS=off to time the build without drawing cards.
	if (process.env.CARDS === 'off') return [];
	const articles = await getCollection('articles');
	return articles.flatMap((entry) => sharePassages(entry.data).map((passage) => ({ params: { slug: entry.id, id: passage.id }, props: { card: passageCard(passage, entry.data) } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
	const { png } = await renderCard(props.card);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
