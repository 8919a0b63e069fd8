import type { Element } from 'hast';
import type { Data, Nodes } from 'mdast';
import { defaultHandlers, type Options } from 'remark-rehype';

type Handler = NonNullable<Options['unknownHandler']>;

/**
 * What mdast-util-to-hast makes of a node with children that it has no handler for (our
 * sections and margin groups, the directives our plugins render): a `div`, renamed by `data.hName`.
 */
const container: Handler = (state, node: Nodes) => {
	const result: Element = { type: 'element', tagName: 'div', properties: {}, children: state.all(node) };
	state.patch(node, result);
	return state.applyData(node, result);
};

/**
 * A handler that hands the properties our plugins give a node (`data.hProperties`) to its
 * element as they are. mdast-util-to-hast deep-copies them (structuredClone, about 4% of
 * renderArticle), in case a properties object is shared; ours never are: every plugin builds
 * a fresh one for each node (remark/nodes.ts and the plugins that set `hProperties`).
 */
function handOver(handle: Handler): Handler {
	return (state, node: Nodes, parent) => {
		const hProperties = (node.data as Data | undefined)?.hProperties;
		if (!hProperties) return handle(state, node, parent);
		const result = handle(state, { ...node, data: { ...node.data, hProperties: undefined } }, parent);
		if (result && !Array.isArray(result) && result.type === 'element') Object.assign(result.properties, hProperties);
		return result;
	};
}

/** The node types of markdown our plugins give properties to (a node of another type would still get its own, copied). */
const DECORATED = ['paragraph', 'heading', 'emphasis', 'link'] as const;

/** The node types our plugins leave for remark-rehype that it has no handler of its own for. */
const OURS = ['section', 'margin', 'containerDirective', 'leafDirective', 'textDirective'];

/** remark-rehype's handlers for the nodes our plugins give properties, handing them over without a copy; the output is the same. */
export const handlers: NonNullable<Options['handlers']> = Object.fromEntries([
	...DECORATED.map((type) => [type, handOver(defaultHandlers[type] as Handler)]),
	...OURS.map((type) => [type, handOver(container)]),
]);
