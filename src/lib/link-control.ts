import type { Element } from 'hast';
import { EDITORIAL } from './remark/nodes';

/**
 * The link control beside a heading, quote or event: an ordinary link to the fragment
 * (so it works without JavaScript), which src/scripts/link-controls.ts turns into
 * "copy the canonical link" and, where the Web Share API exists, "share". It is ours, not
 * the article's, and marked so (`data-editorial`).
 *
 * @param id the fragment it links to
 * @param label its accessible name, e.g. "Link to section: The proposal"
 * @param share the page to offer for sharing, where one exists (it previews well when pasted)
 */
export function linkControl(id: string, label: string, share?: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: `#${id}`, className: ['link-control'], ariaLabel: label, dataShare: share, ...EDITORIAL },
		children: [{ type: 'text', value: '#' }],
	};
}

/** Address of the share page of a section or quote, relative to the article's page (so it holds under any base path). */
export function sharePath(id: string): string {
	return `s/${id}/`;
}
