import type { Node } from 'unist';
import type { SectionNode } from './remark-sections';

/** Id of the section (from remark-sections) that encloses a node, given its ancestors. */
export function sectionOf(ancestors: Node[]): string {
	const section = ancestors.find((ancestor): ancestor is SectionNode => ancestor.type === 'section');
	if (!section) throw new Error('remark-sections must run before this plugin');
	return section.id;
}
