import type { Element, Root } from 'hast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { location } from 'vfile-location';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { anchorRegistrySchema } from '../../schemas/anchors';
import type { AnchorRegistry } from '../anchor-registry';
import { AUTHOR_PREFIXES, isReferenceId, pageOwnedIds, RESERVED_PREFIXES, reservedPrefixOf } from '../anchors';
import { didYouMean, report } from '../author-error';
import { idProblem } from '../ids';
import '../file-data';

const SHAPE = 'It holds {"published": [ids], "aliases": {"old-id": "new-id"}}.';
const ALIAS_RULE = 'anchor-alias';

/**
 * Keeps every published link working. Reports when an id listed in anchors.json is no longer
 * on the page and no alias maps it to one that is; renders each alias as an extra target
 * inside the element it points to, so `#old-id` lands where `#new-id` does:
 *
 *   "aliases": { "proposal": "the-proposal" }
 *     -> <h2 id="the-proposal"><span id="proposal" class="anchor-alias"></span>The proposal</h2>
 *
 * Every id in the file must be a valid id, and an alias must not take an id the page has
 * or owns (src/lib/anchors.ts). Lookups are by own keys only (Map), so names such as
 * "constructor" are ids like any other. Errors point at the place in anchors.json.
 * The registry comes as `file.data.companions.registry` (anchors.json with its path); without one,
 * nothing is checked. Aliases of timeline events are rendered by the timeline; the registry
 * is kept in `file.data.registry`.
 */
export default function rehypeAnchorRegistry() {
	return (_tree: Root, file: VFile) => {
		const registry = file.data.companions?.registry;
		// A page with errors lacks ids it will have once fixed: the registry is checked against a correct page only.
		if (!registry || !file.data.frontmatter || file.messages.length > 0) return;
		const { frontmatter, quotes = [] } = file.data;
		const result = parseRegistry(registry);
		if (!result) return;
		const { parsed, json } = result;
		const at = (path: (string | number)[], part: Part = 'value') => placeOf(registry, json, path, part);
		const elements = file.data.elementsById ?? new Map<string, Element>();
		const current = new Set([...elements.keys(), ...frontmatter.events.map((event) => event.id)]);
		const aliases = new Map(Object.entries(parsed.aliases));
		// The ids the page owns, which no alias may take: needed only when there are aliases.
		const owned = aliases.size > 0 ? pageOwnedIds({ ...frontmatter, quotes }) : new Map<string, string>();

		parsed.published.forEach((id, index) => checkId(registry, id, at(['published', index])));
		for (const [alias, target] of aliases) {
			const key = at(['aliases', alias], 'key');
			checkId(registry, alias, key, 'alias');
			checkId(registry, target, at(['aliases', alias]));
			if (current.has(alias)) {
				report(registry, key(), `The alias "${alias}" is an id on the page again.`, { rule: ALIAS_RULE, hint: `Remove "${alias}" from aliases, or it would hide the element that has this id now.` });
			}
			const owner = owned.get(alias);
			if (owner) report(registry, key(), `The alias "${alias}" is already ${owner}.`, { rule: ALIAS_RULE, hint: `Remove it: links to #${alias} must land on the page's own element.` });
			const prefix = reservedPrefixOf(alias);
			if (prefix && !AUTHOR_PREFIXES.has(prefix)) {
				report(registry, key(), `The alias "${alias}" starts with "${prefix}", which is kept for ${RESERVED_PREFIXES.get(prefix)}.`, {
					rule: ALIAS_RULE,
					hint: 'Only ids that were published (sections, paragraphs, quotes, events) can be aliases.',
				});
			}
			if (!current.has(target)) {
				const known = [...current].filter((id) => !isReferenceId(id));
				report(registry, at(['aliases', alias])(), `The alias "${alias}" points to "${target}", which is not on the page.${didYouMean(target, known)}`, { rule: ALIAS_RULE, hint: 'Point the alias to an id the page has.' });
			}
		}
		parsed.published.forEach((id, index) => {
			if (!current.has(id) && !aliases.has(id)) {
				report(registry, at(['published', index])(), `The published id "${id}" is no longer on the page, so shared links to #${id} would break.`, {
					rule: 'anchor-published',
					hint: `Add an alias under "aliases": "${id}": "<the id that replaces it>", or restore the id in the content.`,
				});
			}
		});
		checkFingerprints(registry, parsed, aliases, file.data.fingerprints ?? new Map(), at);
		// Last first, so that the aliases of one element stand in the order anchors.json lists them.
		for (const [alias, target] of [...aliases].reverse()) {
			elements.get(target)?.children.unshift(h('span', { id: alias, className: ['anchor-alias'] }));
		}
		file.data.registry = parsed;
	};
}

/** anchors.json, checked as JSON (errors at their line and column) and against its schema; undefined (and reported) when wrong. */
function parseRegistry(registry: VFile): { parsed: AnchorRegistry; json: JsonNode } | undefined {
	const text = String(registry.value);
	const deep = tooDeep(text);
	if (deep !== undefined) {
		report(registry, location(registry).toPoint(deep), `anchors.json nests brackets more than ${MAX_JSON_DEPTH} deep here.`, { rule: 'anchor-registry', hint: SHAPE });
		return undefined;
	}
	const errors: ParseError[] = [];
	const json = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	const syntax = errors[0];
	if (syntax || !json) {
		const what = syntax ? printParseErrorCode(syntax.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase() : 'empty file';
		report(registry, location(registry).toPoint(syntax?.offset ?? 0), `anchors.json is not valid JSON: ${what}.`, { rule: 'anchor-registry', hint: `${SHAPE} Check the quotes, commas and brackets here.` });
		return undefined;
	}
	// JSON.parse keeps the last of two equal keys: the first would be lost without a word.
	for (const key of repeatedKeys(json)) {
		report(registry, location(registry).toPoint(key.offset + 1), `anchors.json has the key "${String(key.value)}" twice in one object.`, { rule: 'anchor-registry', hint: 'Keep one: only the last would count.' });
	}
	const result = anchorRegistrySchema.safeParse(JSON.parse(text));
	for (const issue of result.error?.issues ?? []) {
		const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
		report(registry, placeOf(registry, json, path, 'value')(), `anchors.json ${path.join('.') || '(top level)'}: ${issue.message}`, { rule: 'anchor-registry', hint: SHAPE });
	}
	return result.success ? { parsed: result.data, json } : undefined;
}

/** anchors.json is two levels deep; a parser would overflow its stack on thousands. */
const MAX_JSON_DEPTH = 8;

/** Offset of the first bracket nested deeper than MAX_JSON_DEPTH, outside strings; one pass. */
function tooDeep(text: string): number | undefined {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const character = text[i];
		if (inString) {
			if (character === '\\') i++;
			else if (character === '"') inString = false;
		} else if (character === '"') inString = true;
		else if (character === '[' || character === '{') {
			if (++depth > MAX_JSON_DEPTH) return i;
		} else if (character === ']' || character === '}') depth--;
	}
	return undefined;
}

/** The keys that repeat an earlier key of the same object, anywhere in the JSON tree. */
function repeatedKeys(node: JsonNode): JsonNode[] {
	const repeated: JsonNode[] = [];
	const keys = new Set<unknown>();
	for (const child of node.children ?? []) {
		const key = child.type === 'property' ? child.children?.[0] : undefined;
		if (key && keys.has(key.value)) repeated.push(key);
		if (key) keys.add(key.value);
		repeated.push(...repeatedKeys(child));
	}
	return repeated;
}

/**
 * A published paragraph id must show the words it showed when it was published (an inserted
 * paragraph shifts every later `…-p<n>`): its fingerprint in anchors.json must match the
 * paragraph it, or its alias, lands on now.
 */
function checkFingerprints(registry: VFile, parsed: AnchorRegistry, aliases: Map<string, string>, current: ReadonlyMap<string, string>, at: (path: string[]) => Place) {
	for (const [id, recorded] of Object.entries(parsed.fingerprints)) {
		const lands = current.has(id) ? id : aliases.get(id);
		const now = lands === undefined ? undefined : current.get(lands);
		if (now === undefined || now === recorded) continue;
		const moved = [...current].find(([, print]) => print === recorded)?.[0];
		const where = moved ? ` Those words are now at #${moved}.` : ' No paragraph has those words now.';
		report(registry, at(['fingerprints', id])(), `The published paragraph id "${id}" now lands on different words, so shared links to #${id} would show another paragraph.${where}`, {
			rule: 'anchor-fingerprint',
			hint: `Paragraph ids follow the order of paragraphs and the article's text stays word for word: restore the paragraphs as they were. If the change is meant, delete "${id}" from "fingerprints" and run npm run anchors to record the new words.`,
		});
	}
}

type Part = 'key' | 'value';
type Place = (index?: number) => Point;

/** An id of the registry must be a valid id: the error points at its first bad character. */
function checkId(registry: VFile, id: string, place: Place, what: 'alias' | 'id' = 'id') {
	const problem = idProblem(id, { author: false });
	if (problem) {
		report(registry, place(problem.index), `The ${what} "${id}" in anchors.json is not a valid id: ${problem.reason}.`, { rule: 'anchor-registry', hint: 'Ids are lowercase letters, digits and hyphens, as the page gives them.' });
	}
}

/**
 * Where a value (or the key of a property) stands in anchors.json, as a function from the
 * index of a character in the string to its line and column (the string's start when it holds escapes).
 */
function placeOf(registry: VFile, json: JsonNode, path: (string | number)[], part: Part): Place {
	// Looked up only when an error is reported: a correct registry costs no search of its tree.
	return (index = 0) => {
		const value = path.length ? findNodeAtLocation(json, path) : json;
		const node = part === 'key' ? value?.parent?.children?.[0] : value;
		const start = node?.offset ?? 0;
		const plain = node?.type === 'string' && !String(registry.value).slice(start, start + node.length).includes('\\');
		return location(registry).toPoint(plain ? start + 1 + index : start)!;
	};
}
