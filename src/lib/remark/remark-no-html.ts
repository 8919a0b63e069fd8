import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from '../author-error';

/**
 * Refuses raw HTML in the markdown (`<script>`, `<iframe>`, `<b onclick=…>`, comments):
 * it would either run on the page or be dropped without a word. Annotations and markdown
 * cover what an article needs.
 */
export default function remarkNoHtml() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'html', (node) => {
			const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
			report(file, node, `Raw HTML is not allowed: "${snippet}".`, {
				rule: 'no-html',
				hint: 'Use markdown or an annotation instead (docs/authoring.md). To print "<" as text, escape it: "\\<".',
			});
		});
	};
}
