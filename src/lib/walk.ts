import type { Nodes as MdastNodes, Parents as MdastParents } from 'mdast';
import type { Nodes as HastNodes, Parents as HastParents } from 'hast';

/** Returned by a visitor: leave the node's children out of the walk. */
export const SKIP = 'skip';

/**
 * What a visitor returns: nothing to go on into the node's children; SKIP to leave them out;
 * or an index of the parent's children to go on at (after the visitor replaced the node by
 * others, which the walk then visits in their place), the node's own children left out.
 */
export type WalkResult = void | typeof SKIP | number;

type Visitor<N, P> = (node: N, ancestors: readonly P[], index: number | undefined) => WalkResult;

/**
 * Calls `visitor` on every node of a tree, in document order, with the node's ancestors (the
 * root first, its parent last) and its index in its parent. The visitor may change the node,
 * its children or its parent's children; it must not keep `ancestors`, which the walk reuses.
 *
 * It does what unist-util-visit-parents does, without what made that the largest cost of the
 * pipeline after parsing: a closure, a copy of the ancestors and a debug name set on a
 * function for every node (about a fifth of renderArticle's time, in 11 walks).
 */
export function walk(tree: MdastNodes, visitor: Visitor<MdastNodes, MdastParents>): void;
export function walk(tree: HastNodes, visitor: Visitor<HastNodes, HastParents>): void;
export function walk(tree: MdastNodes | HastNodes, visitor: Visitor<never, never>): void {
	const call = visitor as unknown as Visitor<unknown, unknown>;
	const ancestors: unknown[] = [];
	const go = (node: MdastNodes | HastNodes, index: number | undefined): WalkResult => {
		const result = call(node, ancestors, index);
		if (result === SKIP || typeof result === 'number' || !('children' in node)) return result;
		ancestors.push(node);
		const children: (MdastNodes | HastNodes)[] = node.children;
		for (let at = 0; at < children.length; ) {
			const next = go(children[at]!, at);
			at = typeof next === 'number' ? next : at + 1;
		}
		ancestors.pop();
		return undefined;
	};
	go(tree, undefined);
}
