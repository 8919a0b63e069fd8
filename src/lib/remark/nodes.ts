import type { Emphasis, Link, PhrasingContent } from 'mdast';
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

/** Text marked as ours, not the article's: `data-editorial` lets tests and styles tell them apart. */
export const EDITORIAL: Properties = { dataEditorial: true };
