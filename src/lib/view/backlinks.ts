import type { Article, Reference } from '../../schemas/article';

/** A link from a list entry back to one place in the text that refers to it. */
export interface Backlink {
	href: string;
	/** Title of the section the reference stands in. */
	section: string;
}

/**
 * The `popover` attribute of a list entry: an entry the text refers to is itself the preview
 * its references open in place; one the text does not refer to only stands in its list.
 */
export function previewAttribute(links: readonly Backlink[]): '' | undefined {
	return links.length > 0 ? '' : undefined;
}

/** Every place in the text that refers to a definition, in order of appearance. */
export function backlinks(article: Article, kind: Reference['kind'], id: string): Backlink[] {
	return article.references
		.filter((reference) => reference.kind === kind && reference.target === id)
		.map((reference) => ({ href: `#${reference.anchor}`, section: sectionTitle(article, reference.section) }));
}

/** The title of a section, by id. */
export function sectionTitle(article: Article, id: string): string {
	return article.sections.find((section) => section.id === id)?.title ?? id;
}
