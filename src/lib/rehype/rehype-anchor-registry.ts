import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { anchorRegistrySchema } from '../../schemas/anchors';
import { aliasesOf, type AnchorRegistry } from '../anchor-registry';
import { didYouMean, fail } from '../author-error';
import '../file-data';

/**
 * Keeps every published link working. Fails when an id listed in anchors.json is no longer
 * on the page and no alias maps it to one that is; renders each alias as an extra target
 * inside the element it points to, so `#old-id` lands where `#new-id` does:
 *
 *   "aliases": { "proposal": "the-proposal" }
 *     -> <h2 id="the-proposal"><span id="proposal" class="anchor-alias"></span>The proposal</h2>
 *
 * The registry comes as `file.data.registryFile` (anchors.json with its path); without one,
 * nothing is checked. Aliases of timeline events are rendered by the timeline; the registry
 * is kept in `file.data.registry`.
 */
export default function rehypeAnchorRegistry() {
	return (tree: Root, file: VFile) => {
		const registry = file.data.registryFile;
		if (!registry) return;
		const parsed = parseRegistry(registry);
		const elements = new Map<string, Element>();
		visit(tree, 'element', (element) => {
			if (typeof element.properties.id === 'string') elements.set(element.properties.id, element);
		});
		const current = [...elements.keys(), ...file.data.frontmatter!.events.map((event) => event.id)];
		const at = (id: string) => pointOf(registry, id);

		for (const [alias, target] of Object.entries(parsed.aliases)) {
			if (current.includes(alias)) fail(registry, at(alias), `The alias "${alias}" is an id on the page again.`, `Remove "${alias}" from aliases, or it would hide the element that has this id now.`);
			if (!current.includes(target)) fail(registry, at(target), `The alias "${alias}" points to "${target}", which is not on the page.${didYouMean(target, current.filter((id) => !id.startsWith('ref-') && !id.startsWith('tip-')))}`, 'Point the alias to an id the page has.');
		}
		for (const id of parsed.published) {
			if (!current.includes(id) && !(id in parsed.aliases)) {
				fail(registry, at(id), `The published id "${id}" is no longer on the page, so shared links to #${id} would break.`, `Add an alias under "aliases": "${id}": "<the id that replaces it>", or restore the id in the content.`);
			}
		}
		for (const [id, element] of elements) {
			const aliases = aliasesOf(parsed, id);
			element.children.unshift(...aliases.map((alias): Element => ({ type: 'element', tagName: 'span', properties: { id: alias, className: ['anchor-alias'] }, children: [] })));
		}
		file.data.registry = parsed;
	};
}

function parseRegistry(registry: VFile): AnchorRegistry {
	let json: unknown;
	try {
		json = JSON.parse(String(registry.value));
	} catch (error) {
		fail(registry, { line: 1, column: 1 }, `anchors.json is not valid JSON: ${(error as Error).message}`, 'It holds {"published": [ids], "aliases": {"old-id": "new-id"}}.');
	}
	const result = anchorRegistrySchema.safeParse(json);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		fail(registry, { line: 1, column: 1 }, `anchors.json ${issue.path.join('.') || '(top level)'}: ${issue.message}`, 'It holds {"published": [ids], "aliases": {"old-id": "new-id"}}.');
	}
	return result.data;
}

/** Where an id stands in anchors.json, for messages. */
function pointOf(registry: VFile, id: string) {
	const offset = String(registry.value).indexOf(JSON.stringify(id));
	return location(registry).toPoint(Math.max(offset, 0) + 1);
}
