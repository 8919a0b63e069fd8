import type { Article, Reference } from '../../schemas/article';

/**
 * Whether the text refers to a definition, and so opens its preview: each preview stands in
 * its entry's list (src/components/Preview.astro), only for what the text refers to.
 */
export function previewedIn(article: Article): (kind: Reference['kind'], id: string) => boolean {
	const referred = new Set(article.references.map((reference) => `${reference.kind} ${reference.target}`));
	return (kind, id) => referred.has(`${kind} ${id}`);
}
