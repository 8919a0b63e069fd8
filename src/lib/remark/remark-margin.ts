import type { Root, RootContent } from 'mdast';
import type { Parent } from 'unist';
import type { SectionNode } from './remark-sections';
import { EDITORIAL } from './nodes';

/** Our notes that go beside a paragraph or quotation: an attribution, a context note. */
export interface MarginNode extends Parent {
	type: 'margin';
	children: RootContent[];
}

declare module 'mdast' {
	interface RootContentMap {
		margin: MarginNode;
	}
}

/** The most rows of the text a margin group may run beside; global.css has a rule for each. */
export const MAX_SPAN = 6;

/**
 * Gathers the attributions and context notes that follow a paragraph, quotation or figure
 * into one margin group after it. On wide screens the section is a grid and the group
 * stands beside that passage, running on beside the passages that follow, up to the next
 * group (`data-span`, in passages); on narrow screens and in print it follows the passage.
 *
 *   <p>…</p><p class="attribution">…</p><div class="note">…</div><p>…</p><p>…</p>
 *     -> <p>…</p><div class="margin" data-span="3" data-editorial><p class="attribution">…</p><div class="note">…</div></div><p>…</p><p>…</p>
 */
export default function remarkMargin() {
	return (tree: Root) => {
		for (const section of tree.children.filter((node): node is SectionNode => node.type === 'section')) {
			const children: RootContent[] = [];
			/** Each group and how many passages stand before it. */
			const groups: { group: MarginNode; at: number }[] = [];
			let passages = 0;
			for (const node of section.children) {
				if (!isMarginItem(node)) {
					children.push(node);
					passages++;
					continue;
				}
				const previous = children.at(-1);
				if (previous?.type === 'margin') previous.children.push(node);
				else {
					const group: MarginNode = { type: 'margin', children: [node] };
					groups.push({ group, at: passages });
					children.push(group);
				}
			}
			groups.forEach(({ group, at }, index) => {
				const span = (groups[index + 1]?.at ?? passages + 1) - at;
				group.data = { hName: 'div', hProperties: { className: ['margin'], dataSpan: Math.min(span, MAX_SPAN), ...EDITORIAL } };
			});
			section.children = children;
		}
	};
}

function isMarginItem(node: RootContent): boolean {
	if (node.type === 'containerDirective') return node.name === 'note';
	const classes = node.type === 'paragraph' ? node.data?.hProperties?.className : undefined;
	return Array.isArray(classes) && classes.includes('attribution');
}
