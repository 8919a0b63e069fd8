import type { Node } from 'unist';
import type { SectionNode } from './remark-sections';

/**
 * Id of the section (from remark-sections) that encloses a node, given its ancestors;
 * '' for text before the first heading, which remark-sections has reported.
 */
export function sectionOf(ancestors: readonly Node[]): string {
	return ancestors.find((ancestor): ancestor is SectionNode => ancestor.type === 'section')?.id ?? '';
}
