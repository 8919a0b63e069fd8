import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { renderCard } from '../../../lib/cards/render-card';
import { shareItems } from '../../../lib/view/share';

/** A preview card for every section and quote: /<slug>/cards/<id>.png. */
export const getStaticPaths = (async () => {
	// The benchmark sets CARDS=off to time the build without drawing cards.
	if (process.env.CARDS === 'off') return [];
	const articles = await getCollection('articles');
	return articles.flatMap((entry) => shareItems(entry.data).map((item) => ({ params: { slug: entry.id, id: item.id }, props: { entry, id: item.id } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'>; id: string }> = async ({ props }) => {
	const item = shareItems(props.entry.data).find((candidate) => candidate.id === props.id)!;
	const { png } = await renderCard(item);
	return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
