import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fail } from '../author-error';

const TRAILING_ID = /\s*\{#([^}\s]*)\}\s*$/;
const VALID_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Takes an explicit id from the end of a heading, so that editing the heading's words
 * never changes its link:
 *
 *   ## The proposal {#the-proposal}   ->   <h2 id="the-proposal">The proposal</h2>
 *
 * Headings without one get an id from rehype-slug (sections: from remark-sections).
 */
export default function remarkHeadingIds() {
	return (tree: Root, file: VFile) => {
		visit(tree, 'heading', (heading) => {
			const last = heading.children.at(-1);
			if (last?.type !== 'text') return;
			const match = TRAILING_ID.exec(last.value);
			if (!match) return;
			const id = match[1];
			if (!VALID_ID.test(id)) {
				fail(file, heading, `Heading id "{#${id}}" is not a valid id.`, 'Use lowercase letters, digits and single hyphens, e.g. {#the-proposal}.');
			}
			last.value = last.value.slice(0, match.index);
			heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
		});
	};
}
