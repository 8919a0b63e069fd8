import type { Node } from 'unist';

/** Id of the section (from remark-sections) that encloses a node, given its ancestors. */
export function sectionOf(ancestors: Node[]): string {
	for (const ancestor of [...ancestors].reverse()) {
		const id = ancestor.type === 'section' ? (ancestor.data as { hProperties?: { ariaLabelledby?: unknown } })?.hProperties?.ariaLabelledby : undefined;
		if (typeof id === 'string') return id;
	}
	throw new Error('remark-sections must run before this plugin');
}
