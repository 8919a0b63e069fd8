import type { BlockContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import type { Reference } from '../../schemas/article';
import type { Frontmatter } from '../file-data';
import { didYouMean, report } from '../author-error';
import { byId } from '../definitions';
import { referenceId, targetId } from '../anchors';
import { describeDistance, formatDate } from '../dates';
import { UI } from '../ui';
import { inlineElement, replaceNode } from './nodes';
import { addPreview, previewMore, previewParagraph, previewTrigger } from './preview-nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';

type Kind = 'event' | 'person' | 'gloss';

/** For each directive: what it refers to, and how the marked words are rendered. */
const KINDS: Record<string, { kind: Kind; list: keyof typeof LIST_TITLE; className: string; render: Render }> = {
	event: { kind: 'event', list: 'events', className: 'event-ref', render: renderEvent },
	mention: { kind: 'person', list: 'people', className: 'mention', render: renderMention },
	gloss: { kind: 'gloss', list: 'glosses', className: 'gloss', render: renderGloss },
};

/** The panel each kind of definition is listed in. */
const LIST_TITLE = { events: UI.panels.timeline, people: UI.panels.people, glosses: UI.panels.glossary };

type Render = (frontmatter: Frontmatter, target: string) => BlockContent[];

/**
 * Words in the text that refer to a definition in the frontmatter. Each becomes a button
 * that previews the definition in place (see preview-nodes.ts) and carries an anchor of its
 * own for the link back from the definition's entry; collected into `file.data.references`:
 *
 *   :event[Tuesday]{ref=e-2022-09-13-compact}
 *     -> <button … popovertarget="preview-e-2022-09-13-compact" id="ref-e-2022-09-13-compact-1" class="event-ref"><time datetime="2022-09-13">Tuesday</time></button>
 *   :mention[Volodymyr Zelensky]{ref=zelensky}
 *     -> <button … popovertarget="preview-person-zelensky" id="ref-person-zelensky-1" class="mention">Volodymyr Zelensky</button>
 *   :gloss[camarilla]{ref=camarilla}
 *     -> <button … popovertarget="preview-gloss-camarilla" id="ref-gloss-camarilla-1" class="gloss">camarilla</button>
 *
 * and, once per definition after the sections, its preview: what it is, and a link to its entry.
 */
export default function remarkReferences() {
	return (tree: Root, file: VFile) => {
		const { frontmatter } = file.data;
		if (!frontmatter) return;
		const references: Reference[] = [];
		/** The defined ids of each list, for lookups in constant time. */
		const ids = { events: idSet(frontmatter.events), people: idSet(frontmatter.people), glosses: idSet(frontmatter.glosses) };
		/** References so far to each definition, by kind and id. */
		const counts = new Map<string, number>();

		walk(tree, (node, ancestors) => {
			if (node.type !== 'textDirective') return;
			const spec = Object.hasOwn(KINDS, node.name) ? KINDS[node.name] : undefined;
			if (!spec) return;
			const target = node.attributes?.ref ?? '';
			if (!ids[spec.list].has(target)) {
				report(file, node, `Unknown ${spec.kind} "${target}" in ":${node.name}".${didYouMean(target, [...ids[spec.list]])}`, {
					rule: 'unknown-reference',
					hint: `Define it under ${spec.list}: in the frontmatter, or correct the ref.`,
				});
				return;
			}
			const n = (counts.get(`${spec.kind} ${target}`) ?? 0) + 1;
			counts.set(`${spec.kind} ${target}`, n);
			references.push({ kind: spec.kind, target, anchor: referenceId(spec.kind, target, n), section: sectionOf(ancestors), note: inNote(ancestors) });
			const entry = targetId(spec.kind, target);
			const words = spec.kind === 'event' ? [inlineElement('time', { dateTime: byId(frontmatter.events, target).date }, node.children)] : node.children;
			replaceNode(ancestors, node, previewTrigger(entry, { id: referenceId(spec.kind, target, n), className: [spec.className] }, words));
			addPreview(tree, entry, () => [...spec.render(frontmatter, target), previewMore(entry, LIST_TITLE[spec.list])]);
		});
		file.data.references = [...(file.data.references ?? []), ...references];
	};
}

function renderEvent(frontmatter: Frontmatter, target: string): BlockContent[] {
	const event = byId(frontmatter.events, target);
	const when = inlineElement('time', { dateTime: event.date }, [{ type: 'text', value: formatDate(event.date) }]);
	return [
		previewParagraph([when, { type: 'text', value: `, ${describeDistance(event.date, frontmatter.published)}` }], 'preview-meta'),
		previewParagraph([{ type: 'text', value: event.title }], 'preview-title'),
		previewParagraph([{ type: 'text', value: event.context }]),
	];
}

function renderMention(frontmatter: Frontmatter, target: string): BlockContent[] {
	const person = byId(frontmatter.people, target);
	return [previewParagraph([{ type: 'text', value: person.name }], 'preview-title'), previewParagraph([{ type: 'text', value: person.role }])];
}

function renderGloss(frontmatter: Frontmatter, target: string): BlockContent[] {
	const gloss = byId(frontmatter.glosses, target);
	return [previewParagraph([{ type: 'text', value: gloss.term }], 'preview-title'), previewParagraph([{ type: 'text', value: gloss.text }])];
}

function idSet(items: readonly { id: string }[]): Set<string> {
	return new Set(items.map((item) => item.id));
}
