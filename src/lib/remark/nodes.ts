import type { Emphasis, Link, Parents, PhrasingContent } from 'mdast';
import type { Node } from 'unist';
import type { Properties } from 'hast';

/**
 * An inline element for the HTML output. mdast has no generic inline element, but
 * mdast-util-to-hast turns any node into the element named by `data.hName`; an
 * emphasis node is the plainest carrier of phrasing children.
 */
export function inlineElement(tagName: string, properties: Properties, children: PhrasingContent[]): Emphasis {
	return { type: 'emphasis', children, data: { hName: tagName, hProperties: properties } };
}

/** A link to a fragment of the page, with properties such as its own id. */
export function fragmentLink(fragment: string, properties: Properties, children: PhrasingContent[]): Link {
	return { type: 'link', url: `#${fragment}`, children, data: { hProperties: properties } };
}

/** Whether a node holds phrasing only (a paragraph, a heading), where no block, block directives included, can stand. */
export function holdsPhrasing(node: Node): boolean {
	return node.type === 'paragraph' || node.type === 'heading';
}

/** Text marked as ours, not the article's: `data-editorial` lets tests and styles tell them apart. */
export const EDITORIAL: Properties = { dataEditorial: true };

/** The nodes beside a node, given its ancestors (as walk gives them). */
function siblingsOf(ancestors: readonly Parents[]): Node[] {
	return ancestors.at(-1)?.children ?? [];
}

/** Puts a phrasing node where a node of the text stands. */
export function replaceNode(ancestors: readonly Parents[], node: Node, replacement: PhrasingContent): void {
	const siblings = siblingsOf(ancestors);
	siblings[siblings.indexOf(node)] = replacement;
}
