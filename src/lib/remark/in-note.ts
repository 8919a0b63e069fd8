import type { Node } from 'unist';

/** Whether a node stands in one of our context notes (`:::note`), given its ancestors. */
export function inNote(ancestors: readonly Node[]): boolean {
	return ancestors.some((ancestor) => ancestor.type === 'containerDirective' && 'name' in ancestor && ancestor.name === 'note');
}
