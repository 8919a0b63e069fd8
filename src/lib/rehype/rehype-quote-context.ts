import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import type { QuoteContext } from '../../schemas/article';
import { byId } from '../definitions';
import '../file-data';

/**
 * Records what surrounds each quotation, for its share page, in `file.data.quoteContexts`:
 * the paragraph of the article it stands in (for a block quotation, the paragraph that
 * introduces it), in the article's words only, and the text of our next context note in its
 * section, if there is one.
 */
export default function rehypeQuoteContext() {
	return (tree: Root, file: VFile) => {
		const quotes = byId(file.data.quotes ?? []);
		const found = new Map<string, QuoteContext>();
		// One walk for every quote (a walk per quote grew with the square of the article's length).
		walk(tree, (element, ancestors) => {
			if (element.type !== 'element') return;
			const id = element.properties.id;
			const quote = typeof id === 'string' ? quotes.get(id) : undefined;
			if (!quote || found.has(quote.id)) return;
			const blockIndex = ancestors.findIndex((a) => a.type === 'element' && a.tagName === 'section');
			const section = ancestors[blockIndex] as Element | undefined;
			// The block that holds the quote: its paragraph, or the quote's own figure.
			const block = (ancestors[blockIndex + 1] as Element | undefined) ?? element;
			const siblings = section?.children.filter((c): c is Element => c.type === 'element') ?? [];
			const at = siblings.indexOf(block);
			const paragraph = quote.block ? siblings.slice(0, at).reverse().find(isParagraph) : block;
			// Notes stand in the margin groups (remark-margin) that follow their passages.
			const note = siblings
				.slice(at + 1)
				.flatMap((s) => (hasClass(s, 'margin') ? s.children.filter((c): c is Element => c.type === 'element') : [s]))
				.find((s) => hasClass(s, 'note'));
			found.set(quote.id, { id: quote.id, paragraph: paragraph ? articleText(paragraph) : '', note: note ? noteText(note) : '' });
		});
		file.data.quoteContexts = (file.data.quotes ?? []).flatMap((quote) => found.get(quote.id) ?? []);
	};
}

const isParagraph = (element: Element) => element.tagName === 'p';

function hasClass(element: Element, name: string): boolean {
	const classes = element.properties.className;
	return Array.isArray(classes) && classes.includes(name);
}

/** The text of an element without anything of ours inside it (attributions, citations, glosses' tips). */
function articleText(node: ElementContent | Element): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || node.properties.dataEditorial !== undefined) return '';
	return node.children.map(articleText).join('');
}

/** A context note's text: its paragraphs without its label or citation marks. */
function noteText(note: Element): string {
	return note.children
		.filter((c): c is Element => c.type === 'element' && isParagraph(c) && !hasClass(c, 'note-label'))
		.map((p) => p.children.map(articleText).join('').trim())
		.join(' ');
}
