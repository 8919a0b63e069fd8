import type { PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import type { Reference } from '../../schemas/article';
import type { Frontmatter } from '../file-data';
import { didYouMean, report } from '../author-error';
import { byId } from '../definitions';
import { referenceId, targetId, tipId } from '../anchors';
import { EDITORIAL, fragmentLink, inlineElement, replaceNode } from './nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';

type Kind = 'event' | 'person' | 'gloss';

/** For each directive: what it refers to, and how the marked words are rendered. */
const KINDS: Record<string, { kind: Kind; list: 'events' | 'people' | 'glosses'; render: Render }> = {
	event: { kind: 'event', list: 'events', render: renderEvent },
	mention: { kind: 'person', list: 'people', render: renderMention },
	gloss: { kind: 'gloss', list: 'glosses', render: renderGloss },
};

type Render = (node: TextDirective, frontmatter: Frontmatter, target: string, n: number) => PhrasingContent;

/**
 * Words in the text that refer to a definition in the frontmatter, each linked to its entry
 * on the page and given an anchor of its own for the link back; collected into
 * `file.data.references`:
 *
 *   :event[Tuesday]{ref=e-2022-09-13-compact}
 *     -> <a href="#e-2022-09-13-compact" id="ref-e-2022-09-13-compact-1" class="event-ref"><time datetime="2022-09-13">Tuesday</time></a>
 *   :mention[Volodymyr Zelensky]{ref=zelensky}
 *     -> <a href="#person-zelensky" id="ref-person-zelensky-1" class="mention">Volodymyr Zelensky</a>
 *   :gloss[camarilla]{ref=camarilla}
 *     -> <span class="gloss"><a href="#gloss-camarilla" …>camarilla</a><span role="tooltip" …>A group of …</span></span>
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

		visitParents(tree, 'textDirective', (node, ancestors) => {
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
			replaceNode(ancestors, node, spec.render(node, frontmatter, target, n));
		});
		file.data.references = [...(file.data.references ?? []), ...references];
	};
}

function renderEvent(node: TextDirective, frontmatter: Frontmatter, target: string, n: number): PhrasingContent {
	const event = byId(frontmatter.events, target);
	const time = inlineElement('time', { dateTime: event.date }, node.children);
	return fragmentLink(targetId('event', target), { id: referenceId('event', target, n), className: ['event-ref'] }, [time]);
}

function renderMention(node: TextDirective, _frontmatter: Frontmatter, target: string, n: number): PhrasingContent {
	return fragmentLink(targetId('person', target), { id: referenceId('person', target, n), className: ['mention'] }, node.children);
}

function renderGloss(node: TextDirective, frontmatter: Frontmatter, target: string, n: number): PhrasingContent {
	const gloss = byId(frontmatter.glosses, target);
	const term = fragmentLink(targetId('gloss', target), { id: referenceId('gloss', target, n), className: ['gloss-term'], ariaDescribedby: tipId(target, n) }, node.children);
	const tip = inlineElement('span', { id: tipId(target, n), role: 'tooltip', className: ['gloss-tip'], ...EDITORIAL }, [{ type: 'text', value: gloss.text }]);
	return inlineElement('span', { className: ['gloss'] }, [term, tip]);
}

function idSet(items: readonly { id: string }[]): Set<string> {
	return new Set(items.map((item) => item.id));
}
