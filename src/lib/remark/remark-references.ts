import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import type { Reference } from '../../schemas/article';
import { didYouMean, report } from '../author-error';
import { referenceId, targetId } from '../anchors';
import { inlineElement, replaceNode } from './nodes';
import { previewTrigger } from './preview-nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';
import { defineHint } from '../site-files';
import { byId } from '../definitions';
import { directiveSpec } from '../directives';

type Kind = 'event' | 'person' | 'gloss';

/** For each directive: what it refers to and the class of the marked words (the list it is defined in is its `ref` in directives.ts). */
const KINDS: Record<string, { kind: Kind; className: string }> = {
	event: { kind: 'event', className: 'event-ref' },
	mention: { kind: 'person', className: 'mention' },
	gloss: { kind: 'gloss', className: 'gloss' },
};

/**
 * Words in the text that refer to a definition in the frontmatter. Each becomes a button
 * that previews the definition in place (see preview-nodes.ts) and carries an anchor of its
 * own for the link back from the definition's entry; collected into `file.data.references`:
 *
 *   :event[Tuesday]{ref=e-2022-09-13-compact}
 *     -> <button … popovertarget="e-2022-09-13-compact" id="ref-e-2022-09-13-compact-1" class="event-ref"><time datetime="2022-09-13">Tuesday</time></button>
 *   :mention[Volodymyr Zelensky]{ref=zelensky}
 *     -> <button … popovertarget="person-zelensky" id="ref-person-zelensky-1" class="mention">Volodymyr Zelensky</button>
 *   :gloss[camarilla]{ref=camarilla}
 *     -> <button … popovertarget="gloss-camarilla" id="ref-gloss-camarilla-1" class="gloss">camarilla</button>
 *
 * What opens is the definition's entry itself, in its list (each panel makes an entry with
 * backlinks to the text, src/lib/view/backlinks.ts, a popover), so that the page says it once.
 */
export default function remarkReferences() {
	return (tree: Root, file: VFile) => {
		const { frontmatter } = file.data;
		if (!frontmatter) return;
		const references: Reference[] = [];
		/** The definitions of each list by id, for lookups in constant time. */
		const ids = { events: byId(frontmatter.events), people: byId(frontmatter.people), glosses: byId(frontmatter.glosses) };
		/** References so far to each definition, by kind and id. */
		const counts = new Map<string, number>();

		walk(tree, (node, ancestors) => {
			if (node.type !== 'textDirective') return;
			const spec = Object.hasOwn(KINDS, node.name) ? KINDS[node.name] : undefined;
			// The list a reference's id is defined in, as the annotation language says (directives.ts).
			const list = directiveSpec(node.name)?.refers?.ref as keyof typeof ids | undefined;
			if (!spec || !list) return;
			const target = node.attributes?.ref ?? '';
			if (!ids[list].has(target)) {
				report(file, node, `Unknown ${spec.kind} "${target}" in ":${node.name}".${didYouMean(target, [...ids[list].keys()])}`, {
					rule: 'unknown-reference',
					hint: defineHint(list),
				});
				return;
			}
			const n = (counts.get(`${spec.kind} ${target}`) ?? 0) + 1;
			counts.set(`${spec.kind} ${target}`, n);
			references.push({ kind: spec.kind, target, anchor: referenceId(spec.kind, target, n), section: sectionOf(ancestors), note: inNote(ancestors) });
			const entry = targetId(spec.kind, target);
			const words = spec.kind === 'event' ? [inlineElement('time', { dateTime: ids.events.get(target)!.date }, node.children)] : node.children;
			replaceNode(ancestors, node, previewTrigger(entry, { id: referenceId(spec.kind, target, n), className: [spec.className] }, words));
		});
		file.data.references = [...(file.data.references ?? []), ...references];
	};
}
