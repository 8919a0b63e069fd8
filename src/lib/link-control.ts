import type { Element, Properties } from 'hast';
import type { Link } from 'mdast';
import { h } from 'hastscript';
import { EDITORIAL, fragmentLink } from './remark/nodes';

/**
 * The link control beside a heading, quote or event: an ordinary link to the fragment
 * (so it works without JavaScript), which src/scripts/link-controls.ts turns into
 * "copy the canonical link" and, where the Web Share API exists, "share". It is ours, not
 * the article's, and marked so (`data-editorial`).
 * Section headings get theirs from rehype-autolink-headings (see pipeline.ts), block
 * quotations from remark-quotes (linkControlNode), panel entries from LinkControl.astro.
 *
 * @param label its accessible name, e.g. "Link to section: The proposal"
 * @param share the page to offer for sharing, where one exists (it previews well when pasted)
 */
export function linkControlProperties(label: string, share?: string): Properties {
	return { className: ['link-control'], ariaLabel: label, dataShare: share, ...EDITORIAL };
}

/** The text of every link control. */
export const LINK_CONTROL_TEXT = '#';

/** A link control as HTML (hast), for pages. */
export function linkControl(id: string, label: string, share?: string): Element {
	return h('a', { href: `#${id}`, ...linkControlProperties(label, share) }, LINK_CONTROL_TEXT);
}

/** A link control as markdown (mdast), for remark plugins; it offers the fragment's share page. */
export function linkControlNode(id: string, label: string): Link {
	return fragmentLink(id, linkControlProperties(label, sharePath(id)), [{ type: 'text', value: LINK_CONTROL_TEXT }]);
}

/** Address of the share page of a section or quote, relative to the article's page (so it holds under any base path). */
export function sharePath(id: string): string {
	return `s/${id}/`;
}
