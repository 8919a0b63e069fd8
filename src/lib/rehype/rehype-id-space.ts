import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import { report } from '../author-error';
import { pageOwnedIds, RESERVED_PREFIXES, reservedPrefixOf } from '../anchors';
import { MAX_ID_LENGTH } from '../ids';

const HEADING = /^h[1-6]$/;

/**
 * One id space per page. Every id of the text (sections, paragraphs, quotes, figures,
 * headings, mentions) must be unique and must not take an id the page gives its own
 * elements (src/lib/anchors.ts: `main`, `sources`, `person-…`, `panel-…`, the events, …).
 * Headings are where authors choose ids freely, so theirs also may not start with a
 * prefix another kind owns (`#person-…`, `#q-…`, `#e-…`). The error stands where the id is
 * written and names what already has it. The ids found are kept in `file.data.elementsById`
 * for the anchor registry, so that the page's ids are collected in one walk.
 */
export default function rehypeIdSpace() {
	return (tree: Root, file: VFile) => {
		const { frontmatter, quotes = [] } = file.data;
		if (!frontmatter) return;
		const owned = pageOwnedIds({ ...frontmatter, quotes });
		const seen = new Map<string, Element>();
		walk(tree, (element) => {
			if (element.type !== 'element') return;
			const id = element.properties.id;
			if (typeof id !== 'string') return;
			const kind = describe(element);
			const first = seen.get(id);
			if (first) {
				const at = first.position ? ` at line ${first.position.start.line}, column ${first.position.start.column}` : '';
				report(file, element, `The id "${id}" is used twice: by ${describe(first)}${at}, and by ${kind} here.`, { rule: 'duplicate-id', hint: 'Every id of an article must be unique: rename one of them.' });
			}
			const owner = owned.get(id);
			if (owner) {
				report(file, element, `The id "${id}" of ${kind} is already ${owner}.`, { rule: 'duplicate-id', hint: 'Links to it would land on the other element: give this one another id, e.g. {#…} after a heading.' });
			}
			if (['a heading', 'a quote', 'a figure'].includes(kind) && [...id].length > MAX_ID_LENGTH) {
				report(file, element, `The id "${id}" of ${kind} is ${[...id].length} characters long; the limit is ${MAX_ID_LENGTH}.`, { rule: 'id-length', hint: 'Ids become file names of share pages and cards: give it a shorter one.' });
			}
			const prefix = kind === 'a heading' ? reservedPrefixOf(id) : undefined;
			if (prefix) {
				report(file, element, `The heading id "${id}" starts with "${prefix}", which is kept for ${RESERVED_PREFIXES.get(prefix)}.`, {
					rule: 'reserved-id',
					hint: 'Give the heading an id that starts otherwise, e.g. ## Title {#another-id}; docs/authoring.md lists the reserved prefixes.',
				});
			}
			if (!first) seen.set(id, element);
		});
		file.data.elementsById = seen;
	};
}

/** What an element of the text is, in an author's words. */
function describe(element: Element): string {
	const className = element.properties.className;
	if (Array.isArray(className) && className.includes('quote')) return 'a quote';
	if (HEADING.test(element.tagName)) return 'a heading';
	const names: Record<string, string> = { p: 'a paragraph', figure: 'a figure', a: 'a mention' };
	return names[element.tagName] ?? `a <${element.tagName}>`;
}
