import type { Article } from '../schemas/article';

/**
 * The anchor registry of an article (`content/<slug>/anchors.json`): every id ever published,
 * and aliases from ids that are gone to the ids that replace them. Fragments never reach a
 * server, so an alias rendered on the page is the only way an old shared link keeps working.
 *
 *   { "published": ["the-proposal", "q-medvedev-prologue"], "aliases": { "proposal": "the-proposal" } }
 */
export interface AnchorRegistry {
	published: string[];
	aliases: Record<string, string>;
}

export const EMPTY_REGISTRY: AnchorRegistry = { published: [], aliases: {} };

/** The ids a reader can share, so the registry keeps them: sections, paragraphs, quotes, events. */
export function shareableIds(article: Pick<Article, 'sections' | 'quotes' | 'events'>): string[] {
	return [
		...article.sections.flatMap((section) => [section.id, ...section.paragraphs]),
		...article.quotes.map((quote) => quote.id),
		...article.events.map((event) => event.id),
	];
}

/** The registry with the current ids added; nothing is ever removed. */
export function record(registry: AnchorRegistry, current: string[]): AnchorRegistry {
	const published = [...registry.published, ...current.filter((id) => !registry.published.includes(id))];
	return { published, aliases: registry.aliases };
}

/** The aliases that lead to an id, for rendering extra targets beside it. */
export function aliasesOf(registry: Pick<AnchorRegistry, 'aliases'>, id: string): string[] {
	return Object.entries(registry.aliases)
		.filter(([, target]) => target === id)
		.map(([alias]) => alias);
}
