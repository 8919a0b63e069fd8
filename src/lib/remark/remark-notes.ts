import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { EDITORIAL } from './nodes';

/**
 * Our context notes, set apart from the article's text:
 *
 *   :::note
 *   The recommendations were presented …
 *   :::
 *     -> <aside class="note" data-editorial aria-label="Context note"><p class="note-label">Context</p><p>The recommendations …</p></aside>
 */
export default function remarkNotes() {
	return (tree: Root) => {
		visit(tree, 'containerDirective', (node) => {
			if (node.name !== 'note') return;
			node.data = { hName: 'aside', hProperties: { className: ['note'], ariaLabel: 'Context note', ...EDITORIAL } };
			node.children.unshift({ type: 'paragraph', children: [{ type: 'text', value: 'Context' }], data: { hProperties: { className: ['note-label'] } } });
		});
	};
}
