import type { Article, Reference } from '../../schemas/article';

/**
 * The attributes of a definition's entry in its list (timeline, sources, people, glossary):
 * where the text refers to the definition, the entry is the preview that opens there, an HTML
 * popover (src/lib/remark/preview-nodes.ts); global.css shows it in its list while closed.
 */
export function previewedIn(article: Article): (kind: Reference['kind'], id: string) => { popover?: '' } {
	const referred = new Set(article.references.map((reference) => `${reference.kind} ${reference.target}`));
	return (kind, id) => (referred.has(`${kind} ${id}`) ? { popover: '' } : {});
}
