import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import { report } from '../author-error';

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * What markdown may hold, checked in one walk:
 *
 * - no raw HTML (`<script>`, `<iframe>`, `<b onclick=…>`, comments): it would either run on
 *   the page or be dropped without a word. Annotations and markdown cover what an article needs.
 * - links and images only to http, https and mailto addresses, and relative ones (`#id`,
 *   `/path`, `page/`). `javascript:`, `data:` and the like are refused, also when written with
 *   entities or hidden whitespace (remark decodes both before this runs); images need
 *   alternative text.
 */
export default function remarkSafeMarkdown() {
	return (tree: Root, file: VFile) => {
		walk(tree, (node) => {
			if (node.type === 'html') {
				const snippet = node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value;
				report(file, node, `Raw HTML is not allowed: "${snippet}".`, {
					rule: 'no-html',
					hint: 'Use markdown or an annotation instead (docs/authoring.md). To print "<" as text, escape it: "\\<".',
				});
			}
			if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
			const url = node.url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
			const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
			if (scheme && !SAFE_SCHEMES.includes(`${scheme.toLowerCase()}:`)) {
				report(file, node, `The address "${node.url}" uses the scheme "${scheme}:", which is not allowed.`, {
					rule: 'unsafe-url',
					hint: 'Link to http, https or mailto addresses, or to a relative one such as #the-proposal.',
				});
			}
			if (node.type === 'image' && !node.alt?.trim()) {
				report(file, node, 'An image without alternative text.', { rule: 'image-alt', hint: 'Describe the image in the brackets: ![What it shows](address).' });
			}
		});
	};
}
