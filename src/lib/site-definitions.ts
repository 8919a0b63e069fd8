import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLSeq } from 'yaml';
import { report } from './author-error';
import { siteFileName, type SiteFile } from './site-files';
import { SITE_KIND_NAMES, SITE_KINDS, type SiteKind } from '../schemas/site';
import type { Input } from './pipeline';

/** Values a field takes when it is left out, so that leaving it out and writing it agree. */
const DEFAULTS: Record<string, string> = { kind: 'person' };

/** One definition in one file: its values, where each field stands, and whether it is a site file's. */
interface Definition {
	file: VFile;
	values: Map<string, string>;
	places: Map<string, number>;
	site: boolean;
}

/**
 * Checks that an id means one thing across the site: its identity fields (src/schemas/site.ts)
 * are the same in its site file, if it has one, and in every article that defines or refers
 * to it. An article that leaves out a field of a site entry takes the site's; articles that
 * define the same id without a site entry must define it alike. A difference is reported at
 * both places, each naming the other, so either can be fixed:
 *
 *   content/b/index.md:12:11: The person "ada" has name "Ada Sample" here, but "Ada Example" in content/people.yml:9:11.
 *
 * `siteFiles` are the site's files (readSite), `articles` the articles' index.md files.
 */
export function checkSiteDefinitions(siteFiles: SiteFile[], articles: Input[]): VFileMessage[] {
	const first = new Map<string, Definition>();
	const messages: VFileMessage[] = [];
	const definitions = [...siteFiles.flatMap((input) => [...siteDefinitionsOf(input)]), ...articles.flatMap((input) => [...frontmatterDefinitionsOf(input)])];
	for (const [kind, id, definition] of definitions) {
		const key = `${kind} ${id}`;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, definition);
			continue;
		}
		const { noun, identity } = SITE_KINDS[kind];
		const value = (d: Definition, field: string) => d.values.get(field) ?? DEFAULTS[field];
		const field = identity.find((name) => (definition.site || !earlier.site || definition.values.has(name)) && value(earlier, name) !== value(definition, name));
		if (!field) continue;
		const describe = (d: Definition) => (value(d, field) === undefined ? 'none' : `"${value(d, field)}"`);
		const where = (d: Definition) => {
			const point = pointOf(d, field);
			return `${d.file.path}:${point.line}:${point.column}`;
		};
		const hint = earlier.site
			? `An id means one ${noun} across the site, defined in ${earlier.file.path}: leave out what the site file gives (an article adds only what is particular to it), or give one of them another id.`
			: `An id means one ${noun} across the site: define it once, in ${siteFileName(kind)} beside the articles, and refer to it by id; or give one of them another id.`;
		for (const [here, there] of [[definition, earlier], [earlier, definition]] as const) {
			messages.push(report(here.file, pointOf(here, field), `The ${noun} "${id}" has ${field} ${describe(here)} here, but ${describe(there)} in ${where(there)}.`, { rule: 'site-id-conflict', hint }));
		}
	}
	return messages;
}

/** Every definition of an article's frontmatter, with the kind and id. */
function* frontmatterDefinitionsOf(input: Input): Generator<[SiteKind, string, Definition]> {
	const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(input.text);
	if (!match) return;
	const doc = parseDocument(match[1]!);
	if (doc.errors.length > 0 || !isMap(doc.contents)) return;
	const file = new VFile({ value: input.text, path: input.path });
	for (const kind of SITE_KIND_NAMES) {
		const list = doc.contents.get(kind, true);
		if (isSeq(list)) yield* definitionsIn(list, kind, file, '---\n'.length, false);
	}
}

/** Every definition of a site file (`people.yml`), with the kind and id. */
function* siteDefinitionsOf(input: SiteFile): Generator<[SiteKind, string, Definition]> {
	const doc = parseDocument(input.text);
	if (doc.errors.length > 0 || !isSeq(doc.contents)) return;
	yield* definitionsIn(doc.contents, input.kind, new VFile({ value: input.text, path: input.path }), 0, true);
}

/** The definitions of a YAML list starting at `start` in its file. */
function* definitionsIn(list: YAMLSeq, kind: SiteKind, file: VFile, start: number, site: boolean): Generator<[SiteKind, string, Definition]> {
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
		if (id) yield [kind, id, { file, values, places, site }];
	}
}

/** Where a field of a definition stands, or its id when the field is left out. */
function pointOf(definition: Definition, field: string) {
	const offset = definition.places.get(field) ?? definition.places.get('id') ?? 0;
	return location(definition.file).toPoint(offset) ?? { line: 1, column: 1 };
}
