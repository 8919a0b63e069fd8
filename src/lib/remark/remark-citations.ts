import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import type { Reference } from '../../schemas/article';
import { didYouMean, report } from '../author-error';
import { referenceId, targetId } from '../anchors';
import type { NumberedSource } from '../../schemas/source';
import { STATUS, STATUS_MARK, UI } from '../ui';
import { EDITORIAL, inlineElement, replaceNode, textBefore } from './nodes';
import { previewTrigger } from './preview-nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';
import { siteFileName } from '../site-files';
import { byId } from '../definitions';

/**
 * A citation: its number, and the mark of its source's status when not fully verified,
 * on a button that previews the source in place (the preview is the source's entry in the source list).
 */
function citation(source: NumberedSource, id: string): PhrasingContent {
	const mark = STATUS_MARK[source.status];
	const label = `${UI.source} ${source.number}, ${STATUS[source.status].toLowerCase()}`;
	const children: PhrasingContent[] = [{ type: 'text', value: `[${source.number}]` }];
	if (mark) children.push(inlineElement('span', { className: ['status-mark'] }, [{ type: 'text', value: mark }]));
	return previewTrigger(targetId('source', source.id), { id, className: ['cite-ref', `status-${source.status}`], ariaLabel: label }, children);
}

/**
 * Citations of sources defined in the frontmatter, collected into `file.data.references`
 * (kind `source`). Sources are numbered once, here: those cited in order of first
 * citation, then the rest in the order defined; `file.data.sources` keeps them with their numbers.
 *
 *   :cite{ref="up-ksc mfa-denmark-ksc"}
 *     -> <sup class="cite" data-editorial><button type="button" popovertarget="src-up-ksc" id="ref-src-up-ksc-1" class="cite-ref status-verified" aria-label="Source 1, verified">[1]</button><button …>[2]</button></sup>
 */
export default function remarkCitations() {
	return (tree: Root, file: VFile) => {
		if (!file.data.frontmatter) return;
		const { sources } = file.data.frontmatter;
		const known = sources.map((source) => source.id);
		const sourcesById = byId(sources);
		const numbers = new Map<string, number>();
		const numberOf = (id: string) => numbers.get(id) ?? numbers.set(id, numbers.size + 1).size;
		const references: Reference[] = [];
		/** Citations so far of each source. */
		const counts = new Map<string, number>();

		walk(tree, (node, ancestors) => {
			if (node.type !== 'textDirective' || node.name !== 'cite') return;
			const ids = (node.attributes?.ref ?? '').split(/\s+/).filter(Boolean);
			for (const id of ids.filter((id) => !sourcesById.has(id))) {
				report(file, node, `Unknown source "${id}" in ":cite".${didYouMean(id, known)}`, { rule: 'unknown-reference', hint: `Define it in ${siteFileName('sources')} (for every article) or under sources: in this article's frontmatter, or correct the ref.` });
			}
			const links = ids.filter((id) => sourcesById.has(id)).map((id) => {
				const n = (counts.get(id) ?? 0) + 1;
				counts.set(id, n);
				references.push({ kind: 'source', target: id, anchor: referenceId('source', id, n), section: sectionOf(ancestors), note: inNote(ancestors) });
				const source = { ...sourcesById.get(id)!, number: numberOf(id) };
				return citation(source, referenceId('source', id, n));
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
