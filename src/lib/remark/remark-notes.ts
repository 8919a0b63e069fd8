import type { Root } from 'mdast';
import { walk } from '../walk';
import { EDITORIAL } from './nodes';
import { UI } from '../ui';

/**
 * Our context notes, set apart from the article's text:
 *
 *   :::note
 *   The recommendations were presented …
 *   :::
 *     -> <div class="note" role="note" aria-label="Context note" data-editorial><p class="note-label">Context</p><p>The recommendations …</p></div>
 */
export default function remarkNotes() {
	return (tree: Root) => {
		walk(tree, (node) => {
			if (node.type !== 'containerDirective' || node.name !== 'note') return;
			node.data = { hName: 'div', hProperties: { className: ['note'], role: 'note', ariaLabel: UI.contextNote, ...EDITORIAL } };
			node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: UI.contextLabel }], data: { hProperties: { className: ['note-label'] } } });
		});
	};
}
