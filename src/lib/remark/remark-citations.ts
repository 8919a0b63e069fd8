import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import type { Reference } from '../../schemas/article';
import { didYouMean, report } from '../author-error';
import { referenceId, targetId } from '../anchors';
import { EDITORIAL, fragmentLink, inlineElement, replaceNode, textBefore } from './nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';

/**
 * Citations of sources defined in the frontmatter, collected into `file.data.references`
 * (kind `source`). Sources are numbered once, here: those cited in order of first
 * citation, then the rest in the order defined; `file.data.sources` keeps them with their numbers.
 *
 *   :cite{ref="up-ksc mfa-denmark-ksc"}
 *     -> <sup class="cite" data-editorial><a href="#src-up-ksc" id="ref-src-up-ksc-1">[1]</a><a …>[2]</a></sup>
 */
export default function remarkCitations() {
	return (tree: Root, file: VFile) => {
		if (!file.data.frontmatter) return;
		const { sources } = file.data.frontmatter;
		const known = sources.map((source) => source.id);
		const knownSet = new Set(known);
		const numbers = new Map<string, number>();
		const numberOf = (id: string) => numbers.get(id) ?? numbers.set(id, numbers.size + 1).size;
		const references: Reference[] = [];
		/** Citations so far of each source. */
		const counts = new Map<string, number>();

		visitParents(tree, 'textDirective', (node, ancestors) => {
			if (node.name !== 'cite') return;
			const ids = (node.attributes?.ref ?? '').split(/\s+/).filter(Boolean);
			for (const id of ids.filter((id) => !knownSet.has(id))) {
				report(file, node, `Unknown source "${id}" in ":cite".${didYouMean(id, known)}`, { rule: 'unknown-reference', hint: 'Define it under sources: in the frontmatter, or correct the ref.' });
			}
			const links = ids.filter((id) => knownSet.has(id)).map((id) => {
				const n = (counts.get(id) ?? 0) + 1;
				counts.set(id, n);
				references.push({ kind: 'source', target: id, anchor: referenceId('source', id, n), section: sectionOf(ancestors), note: inNote(ancestors) });
				const number = numberOf(id);
				return fragmentLink(targetId('source', id), { id: referenceId('source', id, n), ariaLabel: `Source ${number}` }, [{ type: 'text', value: `[${number}]` }]);
			});
			// "text :cite{…}" reads better in the source; the mark itself sits against the word.
			const before = textBefore(ancestors, node);
			if (before) before.value = before.value.trimEnd();
			replaceNode(ancestors, node, inlineElement('sup', { className: ['cite'], ...EDITORIAL }, links));
		});
		for (const id of known) numberOf(id);
		file.data.sources = sources.map((source) => ({ ...source, number: numberOf(source.id) })).sort((a, b) => a.number - b.number);
		file.data.references = [...(file.data.references ?? []), ...references];
	};
}
