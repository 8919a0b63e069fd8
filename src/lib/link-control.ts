import type { Element, Properties } from 'hast';
import type { Link } from 'mdast';
import { h } from 'hastscript';
import { formatDate } from './dates';
import { clip } from './shorten';
import { EDITORIAL, fragmentLink } from './remark/nodes';
import { UI } from './ui';

/**
 * The link control beside a section heading, quote or event: an ordinary link to the fragment
 * (so it works without JavaScript), which src/scripts/link-controls.ts turns into "copy the
 * passage's link" and, where the Web Share API exists, "share": both give the passage's share
 * page (share-path.ts, from the fragment), whose preview is the passage's own, with the
 * page's title (`data-title`) as the share sheet's title and text.
 * Section headings get theirs from remark-sections and quotations in the text from
 * remark-quotes (both linkControlNode), panel entries from LinkControl.astro. It is
 * ours, not the article's, and marked so (`data-editorial`).
 *
 * @param label its accessible name, from {@link controlLabel}
 * @param title the passage's share title, from {@link shareTitle}
 */
function linkControlProperties(label: string, title: string): Properties {
	return { className: ['link-control'], ariaLabel: label, dataTitle: title, ...EDITORIAL };
}

/**
 * What stands between the words before a control and the control: a no-break space. The control
 * is an inline box (a touch target of its own), before which a line may otherwise break, leaving
 * it alone at the start of the next line.
 */
export const BEFORE_CONTROL = '\u00a0';

/** The text of every link control. */
const LINK_CONTROL_TEXT = '#';

/** A link control as HTML (hast), for pages. */
export function linkControl(id: string, label: string, title: string): Element {
	return h('a', { href: `#${id}`, ...linkControlProperties(label, title) }, LINK_CONTROL_TEXT);
}

/** A link control as markdown (mdast), for remark plugins. */
export function linkControlNode(id: string, label: string, title: string): Link {
	return fragmentLink(id, linkControlProperties(label, title), [{ type: 'text', value: LINK_CONTROL_TEXT }]);
}

/** The accessible name of a passage's control: `Link to quote: Dmitry Medvedev, "dull idiots"`. */
export const controlLabel = {
	section: (title: string) => `${UI.linkTo.section}: ${title}`,
	quote: (speaker: string, text: string) => `${UI.linkTo.quote}: ${speaker}, "${clip(text, 30)}"`,
	event: (title: string) => `${UI.linkTo.event}: ${title}`,
};

/**
 * The title of a passage's share page, which is also what the share sheet gets, so every
 * control and the page agree. The article's punctuation is kept; the marks around a quotation
 * are straight, as the article's own are.
 */
export const shareTitle = {
	section: (title: string) => title,
	quote: (speaker: string, text: string) => `${speaker}: "${clip(text, 100)}"`,
	event: (date: string, title: string) => `${formatDate(date)}: ${title}`,
};
