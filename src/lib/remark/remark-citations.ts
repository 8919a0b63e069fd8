import type { Emphasis, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { location, type Location } from 'vfile-location';
import type { VFile } from 'vfile';
import { walk } from '../walk';
import type { Reference } from '../../schemas/article';
import { didYouMean, report } from '../author-error';
import { referenceId, targetId } from '../anchors';
import type { NumberedSource } from '../../schemas/source';
import { STATUS, STATUS_MARK, UI } from '../ui';
import { EDITORIAL, inlineElement } from './nodes';
import { previewTrigger } from './preview-nodes';
import { sectionOf } from './section-of';
import { inNote } from './in-note';
import { defineHint } from '../site-files';
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
 * The most characters a run kept on one line may hold, each source's number counted as
 * MARK_WIDTH: the word or short element before the mark, the mark, the punctuation after it.
 * A longer word (an address) stays free to break inside itself, or it could push a 320 px page
 * sideways; the mark may then start a line.
 */
const LONGEST_JOINED = 28;
const MARK_WIDTH = 4;

/** Punctuation that closes what a citation follows: kept on its line with the mark. */
const CLOSING = /^[.,;:!?…)\]”’»"']+/u;

/** Whether a text node's value is the file's text at its place, character for character (so its parts can keep their places). */
function isExact(text: Text, file: VFile): boolean {
	const { start, end } = text.position ?? {};
	return start?.offset !== undefined && end?.offset !== undefined && String(file.value).slice(start.offset, end.offset) === text.value;
}

/**
 * Cuts a text node at `index`: it keeps what comes before, and what comes after is returned as
 * a text node of its own; both keep their places in the file when the node was `exact` (its
 * value then still a start of what the file holds there).
 */
function cut(text: Text, index: number, exact: boolean, points: () => Location): Text {
	const rest: Text = { type: 'text', value: text.value.slice(index) };
	text.value = text.value.slice(0, index);
	const start = text.position?.start;
	if (exact && start?.offset !== undefined) {
		const middle = points().toPoint(start.offset + index)!;
		text.position = { start, end: middle };
		rest.position = { start: middle, end: points().toPoint(start.offset + index + rest.value.length)! };
	}
	return rest;
}

/**
 * Puts a citation's mark where its directive stands (at `index` among its siblings), on one line
 * with what it follows and the punctuation after it, since its buttons are boxes, which a line
 * may otherwise break before or after: `word[1].` as `<span class="cite-join">word<sup>…</sup>.</span>`.
 * What it follows: the last word of the text before it, or else the element before it (a
 * quotation, a mention) when that is short, or the run of a mark just before it
 * (`:cite{a}:cite{b}`), which it joins. `runs` holds the runs made so far. Returns the index the
 * walk goes on at.
 */
function placeMark(siblings: PhrasingContent[], index: number, mark: PhrasingContent, sources: number, file: VFile, points: () => Location, runs: WeakSet<PhrasingContent>): number {
	const room = LONGEST_JOINED - MARK_WIDTH * sources;
	/** Index of the sibling the mark follows, past the space the source may put before it. */
	let previous = index - 1;
	let word: Text | undefined;
	const before = siblings[previous];
	if (before?.type === 'text') {
		const exact = isExact(before, file);
		// "text :cite{…}" reads better in the source; the mark itself sits against the word.
		before.value = before.value.trimEnd();
		const found = /\S+$/u.exec(before.value)?.[0];
		if (found && found.length <= room) word = cut(before, before.value.length - found.length, exact, points);
		else if (before.value === '') previous--;
	}
	const after = siblings[index + 1];
	const closing = after?.type === 'text' ? CLOSING.exec(after.value)?.[0] : undefined;
	const punctuation: PhrasingContent[] = [];
	if (after?.type === 'text' && closing) {
		siblings[index + 1] = cut(after, closing.length, isExact(after, file), points);
		punctuation.push(after);
	}
	const element = word ? undefined : siblings[previous];
	if (element && runs.has(element)) {
		(element as Emphasis).children.push(mark, ...punctuation);
		siblings.splice(previous + 1, index - previous);
		return previous + 1;
	}
	const joinsElement = element !== undefined && element.type !== 'text' && element.type !== 'break' && toString(element).length <= room;
	const run = [...(word ? [word] : joinsElement ? [element] : []), mark, ...punctuation];
	if (run.length === 1) {
		siblings[index] = mark;
		return index + 1;
	}
	const joined = inlineElement('span', { className: ['cite-join'] }, run);
	runs.add(joined);
	const first = joinsElement ? previous : index;
	siblings.splice(first, index - first + 1, joined);
	return first + 1;
}

/**
 * Citations of sources defined in the frontmatter, collected into `file.data.references`
 * (kind `source`). Sources are numbered once, here: those cited in order of first
 * citation, then the rest in the order defined; `file.data.sources` keeps them with their numbers.
 *
 *   Ukraine :cite{ref="up-ksc mfa-denmark-ksc"}.
 *     -> <span class="cite-join">Ukraine<sup class="cite" data-editorial><button type="button" popovertarget="src-up-ksc" id="ref-src-up-ksc-1" class="cite-ref status-verified" aria-label="Source 1, verified">[1]</button><button …>[2]</button></sup>.</span>
 *
 * The mark goes with the word before it and the punctuation after it (`cite-join`), so that
 * no line starts with it or with that punctuation.
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
		let lines: Location | undefined;
		const points = () => (lines ??= location(file));

		/** The runs of word, mark and punctuation made so far. */
		const runs = new WeakSet<PhrasingContent>();
		walk(tree, (node, ancestors, index) => {
			if (node.type !== 'textDirective' || node.name !== 'cite') return;
			const ids = (node.attributes?.ref ?? '').split(/\s+/).filter(Boolean);
			for (const id of ids.filter((id) => !sourcesById.has(id))) {
				report(file, node, `Unknown source "${id}" in ":cite".${didYouMean(id, known)}`, { rule: 'unknown-reference', hint: defineHint('sources') });
			}
			const links = ids.filter((id) => sourcesById.has(id)).map((id) => {
				const n = (counts.get(id) ?? 0) + 1;
				counts.set(id, n);
				references.push({ kind: 'source', target: id, anchor: referenceId('source', id, n), section: sectionOf(ancestors), note: inNote(ancestors) });
				const source = { ...sourcesById.get(id)!, number: numberOf(id) };
				return citation(source, referenceId('source', id, n));
			});
			const mark = inlineElement('sup', { className: ['cite'], ...EDITORIAL }, links);
			// A text directive always stands in a parent (walk gives the root alone no index).
			return placeMark(ancestors.at(-1)!.children as PhrasingContent[], index!, mark, links.length, file, points, runs);
		});
		for (const id of known) numberOf(id);
		file.data.sources = sources.map((source) => ({ ...source, number: numberOf(source.id) })).sort((a, b) => a.number - b.number);
		file.data.references = [...(file.data.references ?? []), ...references];
	};
}
