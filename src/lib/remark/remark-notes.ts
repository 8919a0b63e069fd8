import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
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
		visit(tree, 'containerDirective', (node) => {
			if (node.name !== 'note') return;
			node.data = { hName: 'div', hProperties: { className: ['note'], role: 'note', ariaLabel: UI.contextNote, ...EDITORIAL } };
			node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: UI.contextLabel }], data: { hProperties: { className: ['note-label'] } } });
		});
	};
}
