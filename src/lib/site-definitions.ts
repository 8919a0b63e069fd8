import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { report } from './author-error';
import type { Input } from './pipeline';

/**
 * What must agree wherever an id of each kind is defined: an id means one thing across the
 * site. The rest (a person's role at the time, a source's `supports`, an event's kind and
 * context, a statement's sources) belongs to the article that defines it.
 */
const IDENTITY = {
	people: { noun: 'person', fields: ['name', 'kind'] },
	sources: { noun: 'source', fields: ['publisher', 'title', 'date', 'url', 'status'] },
	events: { noun: 'event', fields: ['date', 'title'] },
	glosses: { noun: 'gloss', fields: ['term', 'text'] },
	statements: { noun: 'statement', fields: ['speaker', 'date', 'medium'] },
} as const;

/** Values a field takes when it is left out, so that leaving it out and writing it agree. */
const DEFAULTS: Record<string, string> = { kind: 'person' };

/** One definition in one article: its values, and where each field stands in the file. */
interface Definition {
	file: VFile;
	values: Map<string, string>;
	places: Map<string, number>;
}

/**
 * Checks that every id defined in more than one article's frontmatter is defined alike. A
 * difference is reported at both places, each naming the other, so either can be fixed:
 *
 *   content/b/index.md:12:11: The person "ada" is named "Ada Sample" here, but "Ada Example" in content/a/index.md:9:11.
 */
export function checkSiteDefinitions(articles: Input[]): VFileMessage[] {
	const first = new Map<string, Definition>();
	const messages: VFileMessage[] = [];
	for (const article of articles) {
		const file = new VFile({ value: article.text, path: article.path });
		for (const [kind, id, definition] of definitionsOf(file)) {
			const key = `${kind} ${id}`;
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, definition);
				continue;
			}
			const { noun, fields } = IDENTITY[kind];
			const field = fields.find((name) => (earlier.values.get(name) ?? DEFAULTS[name]) !== (definition.values.get(name) ?? DEFAULTS[name]));
			if (!field) continue;
			const describe = (d: Definition) => (d.values.has(field) ? `"${d.values.get(field)}"` : DEFAULTS[field] ? `"${DEFAULTS[field]}"` : 'none');
			const where = (d: Definition) => {
				const point = pointOf(d, field);
				return `${d.file.path}:${point.line}:${point.column}`;
			};
			const hint = `An id means one ${noun} across the site: define it alike in every article (only what is particular to an article may differ), or give one of them another id.`;
			for (const [here, there] of [[definition, earlier], [earlier, definition]] as const) {
				messages.push(report(here.file, pointOf(here, field), `The ${noun} "${id}" has ${field} ${describe(here)} here, but ${describe(there)} in ${where(there)}.`, { rule: 'site-id-conflict', hint }));
			}
		}
	}
	return messages;
}

/** Every definition of the frontmatter, with the kind and id. */
function* definitionsOf(file: VFile): Generator<[keyof typeof IDENTITY, string, Definition]> {
	const text = String(file.value);
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
	if (!match) return;
	const start = 4;
	const doc = parseDocument(match[1]!);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return;
	for (const kind of Object.keys(IDENTITY) as (keyof typeof IDENTITY)[]) {
		const list = doc.contents.get(kind, true);
		if (!isSeq(list)) continue;
		for (const item of list.items) {
			if (!isMap(item)) continue;
			const values = new Map<string, string>();
			const places = new Map<string, number>();
			for (const pair of item.items as Pair<YamlNode, YamlNode>[]) {
				if (!isScalar(pair.key)) continue;
				const name = String(pair.key.value);
				const value = isScalar(pair.value) ? String(pair.value.value) : undefined;
				if (value !== undefined) values.set(name, value);
				places.set(name, start + (pair.value?.range?.[0] ?? pair.key.range?.[0] ?? 0));
			}
			const id = values.get('id');
			if (id) yield [kind, id, { file, values, places }];
		}
	}
}

/** Where a field of a definition stands, or its id when the field is left out. */
function pointOf(definition: Definition, field: string) {
	const offset = definition.places.get(field) ?? definition.places.get('id') ?? 0;
	return location(definition.file).toPoint(offset) ?? { line: 1, column: 1 };
}
