import { hash } from 'node:crypto';
import type { Article } from '../schemas/article';

/**
 * The anchor registry of an article (`content/<slug>/anchors.json`): every id ever published,
 * aliases from ids that are gone to the ids that replace them, and a fingerprint of the words
 * each published paragraph id pointed at. Fragments never reach a server, so an alias rendered
 * on the page is the only way an old shared link keeps working; paragraph ids follow the order
 * of paragraphs, so the fingerprint is what tells that `#…-p2` still shows the same words.
 *
 *   { "published": ["the-proposal", "the-proposal-p1"], "aliases": { "proposal": "the-proposal" },
 *     "fingerprints": { "the-proposal-p1": "3b1f0c9e27aa" } }
 */
export interface AnchorRegistry {
	published: string[];
	aliases: Record<string, string>;
	fingerprints: Record<string, string>;
}

export const EMPTY_REGISTRY: AnchorRegistry = { published: [], aliases: {}, fingerprints: {} };

/** A short fingerprint of a paragraph's words (whitespace folded), as anchors.json records it. */
export function fingerprint(words: string): string {
	return hash('sha256', words.split(/\s+/).filter(Boolean).join(' ')).slice(0, 12);
}

/** The ids a reader can share, so the registry keeps them: sections, paragraphs, quotes, events. */
export function shareableIds(article: Pick<Article, 'sections' | 'quotes' | 'events'>): string[] {
	return [
		...article.sections.flatMap((section) => [section.id, ...section.paragraphs]),
		...article.quotes.map((quote) => quote.id),
		...article.events.map((event) => event.id),
	];
}

/**
 * The registry with the current ids added, and the fingerprint of every current paragraph that
 * has none yet; nothing is ever removed or changed. `prints` are the page's paragraph fingerprints.
 */
export function record(registry: Partial<AnchorRegistry>, current: string[], prints: ReadonlyMap<string, string> = new Map()): AnchorRegistry {
	const before = registry.published ?? [];
	const published = [...before, ...current.filter((id) => !before.includes(id))];
	const fingerprints = new Map(Object.entries(registry.fingerprints ?? {}));
	for (const [id, print] of prints) if (published.includes(id) && !fingerprints.has(id)) fingerprints.set(id, print);
	return { published, aliases: registry.aliases ?? {}, fingerprints: Object.fromEntries(fingerprints) };
}

/** The aliases that lead to an id, for rendering extra targets beside it. */
export function aliasesOf(registry: Pick<AnchorRegistry, 'aliases'>, id: string): string[] {
	return Object.entries(registry.aliases)
		.filter(([, target]) => target === id)
		.map(([alias]) => alias);
}
