import type { Root } from 'mdast';
import { SKIP, walk } from '../walk';
import { EDITORIAL, holdsPhrasing } from './nodes';
import { UI } from '../ui';

/**
 * Our context notes, set apart from the article's text: open, and on narrow screens, where
 * they stand inline after their passage, collapsible to their label by the reader (no
 * JavaScript needed); in the margin on wide screens and in print they stay open, their label
 * the same words as plain text (`data-label`), no control (global.css):
 *
 *   :::note
 *   The recommendations were presented …
 *   :::
 *     -> <details class="note" data-editorial data-label="Context" open><summary class="note-label">Context</summary><p>The recommendations …</p></details>
 */
export default function remarkNotes() {
	return (tree: Root) => {
		walk(tree, (node) => {
			if (holdsPhrasing(node)) return SKIP;
			if (node.type !== 'containerDirective' || node.name !== 'note') return;
			node.data = { hName: 'details', hProperties: { className: ['note'], ...EDITORIAL, dataLabel: UI.contextLabel, open: true } };
			node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: UI.contextLabel }], data: { hName: 'summary', hProperties: { className: ['note-label'] } } });
			return undefined;
		});
	};
}
