import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Parent } from 'unist';
import type { Properties } from 'hast';
import { previewId } from '../anchors';
import { EDITORIAL, fragmentLink, inlineElement } from './nodes';

/** The previews of a page, one per thing previewed, after its sections. */
export interface PreviewsNode extends Parent {
	type: 'previews';
	children: RootContent[];
}

declare module 'mdast' {
	interface RootContentMap {
		previews: PreviewsNode;
	}
}

/**
 * In-place previews: words in the text become a button that opens, beside them, a short
 * explanation in an HTML popover. Without JavaScript too (`popovertarget`); the page does
 * not scroll; Escape, or a click elsewhere, closes it. global.css anchors it below the
 * words (`.preview`), flipping above them near the bottom of the screen.
 *
 *   previewTrigger('gloss-camarilla', { id: 'ref-gloss-camarilla-1', className: ['gloss'] }, words)
 *     -> <button type="button" popovertarget="preview-gloss-camarilla" id="ref-gloss-camarilla-1" class="gloss">camarilla</button>
 *
 * The words keep their place in the sentence: copying the paragraph copies them as written.
 */
export function previewTrigger(target: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
	return inlineElement('button', { type: 'button', popoverTarget: previewId(target), ...properties }, children);
}

/** Each tree's previews node and the ids of the previews in it, so that adding one is a lookup, not a search. */
const previewsOf = new WeakMap<Root, { node: PreviewsNode; ids: Set<string> }>();

/**
 * Adds the preview a trigger opens, once per target, to the page's previews; `children`
 * is called only for the first:
 *
 *   <div class="previews" data-editorial><div id="preview-gloss-camarilla" class="preview" popover>…</div>…</div>
 */
export function addPreview(tree: Root, target: string, children: () => BlockContent[]): void {
	let previews = previewsOf.get(tree);
	if (!previews) {
		previews = { node: { type: 'previews', children: [], data: { hName: 'div', hProperties: { className: ['previews'], ...EDITORIAL } } }, ids: new Set() };
		previewsOf.set(tree, previews);
		tree.children.push(previews.node);
	}
	const id = previewId(target);
	if (previews.ids.has(id)) return;
	previews.ids.add(id);
	previews.node.children.push({ type: 'blockquote', children: children(), data: { hName: 'div', hProperties: { id, className: ['preview'], popover: '' } } });
}

/** A paragraph of a preview, with a class for its role (`preview-title`, `preview-meta`, …). */
export function previewParagraph(children: PhrasingContent[], className?: string): Paragraph {
	return { type: 'paragraph', children, data: className ? { hProperties: { className: [className] } } : undefined };
}

/** A preview's last line: a link to the entry in its list, `Glossary →`. */
export function previewMore(entry: string, list: string): BlockContent {
	return previewParagraph([fragmentLink(entry, {}, [{ type: 'text', value: `${list} →` }])], 'preview-more');
}
