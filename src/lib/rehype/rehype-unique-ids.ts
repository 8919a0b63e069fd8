import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from '../author-error';

/**
 * The last guard on ids: no two elements of an article may share one, whichever
 * annotations gave them (a quote named like a section, two figures with one id).
 */
export default function rehypeUniqueIds() {
	return (tree: Root, file: VFile) => {
		const seen = new Set<string>();
		visit(tree, 'element', (element) => {
			const id = element.properties.id;
			if (typeof id !== 'string') return;
			if (seen.has(id)) report(file, element, `The id "${id}" is used twice.`, { rule: 'duplicate-id', hint: 'Every id of an article must be unique: rename one of them.' });
			seen.add(id);
		});
	};
}
