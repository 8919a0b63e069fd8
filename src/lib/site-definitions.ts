import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLSeq } from 'yaml';
import { AuthorErrors, didYouMean, report } from './author-error';
import { readArticle } from './read-article';
import { describePath, parseYaml, pointAt, reportIssues, type YamlSource } from './yaml-issues';
import { byKind, SITE_KIND_NAMES, SITE_KINDS, siteEntrySchemas, type SiteKind } from '../schemas/site';
import type { Input } from './pipeline';

/** One entity of the site: its values as written in its site file, and that file's path. */
export interface SiteEntry {
	values: Record<string, unknown>;
	path: string;
}

/** The site's entities, by kind and id, in the order of their files. */
export type SiteEntities = Record<SiteKind, ReadonlyMap<string, SiteEntry>>;

/** A site that defines nothing: every article stands alone. */
export const NO_SITE: SiteEntities = byKind(() => new Map());

/** The site file of a kind of definition: `people.yml` in the folder of articles. */
export const siteFileName = (kind: SiteKind) => `${kind}.yml`;

/**
 * Reads the site files of a folder of articles (`people.yml`, `sources.yml`, `events.yml`,
 * `glosses.yml`, `statements.yml`; each optional, each a YAML list shaped like the frontmatter
 * list of the same name), once for the whole site. Each entry is checked by its kind's schema
 * (src/schemas/site.ts: its identity required, what articles may add optional), ids are unique
 * in a file, and site entries refer only to site entries (a statement's speaker, the ids of
 * `sources:` lists). Every problem is an author error at its place in the site file. `shownAs`
 * turns a path into the one messages show (relative to the project).
 */
export async function readSite(folder: string, shownAs: (path: string) => string): Promise<{ site: SiteEntities; files: Input[]; messages: VFileMessage[] }> {
	const site = byKind(() => new Map<string, SiteEntry>());
	const files: Input[] = [];
	const unreadable: VFileMessage[] = [];
	const sources: YamlSource[] = [];
	const read: { kind: SiteKind; source: YamlSource; doc: Document; entries: { index: number; values: Record<string, unknown> }[] }[] = [];
	for (const kind of SITE_KIND_NAMES) {
		const path = join(folder, siteFileName(kind));
		if (!existsSync(path)) continue;
		const shown = shownAs(path);
		const text = await readArticle(path, shown).catch((error: unknown) => {
			if (!(error instanceof AuthorErrors)) throw error;
			unreadable.push(...error.messages);
		});
		if (text === undefined) continue;
		files.push({ text, path: shown });
		const source: YamlSource = { file: new VFile({ value: text, path: shown }), text, start: 0, noun: 'site file' };
		sources.push(source);
		const doc = parseYaml(source, { typedToo: true });
		if (!doc) continue;
		const written: unknown = doc.toJS() ?? [];
		if (!Array.isArray(written)) {
			report(source.file, pointAt(source, doc, []), `${siteFileName(kind)} must be a list of entries, each starting "- id: …", as under ${kind}: in a frontmatter.`, { rule: 'frontmatter-field', hint: 'See docs/authoring.md, "Site entities".' });
			continue;
		}
		// Each entry on its own: a broken one is reported and left out, the others still serve the articles.
		const entries = written.flatMap((values: unknown, index) => {
			const result = siteEntrySchemas[kind].safeParse(values, { reportInput: true });
			if (result.success) return [{ index, values: values as Record<string, unknown> }];
			reportIssues(source, doc, result.error.issues, { label: '', prefix: [kind], at: [index] });
			return [];
		});
		read.push({ kind, source, doc, entries });
	}
	for (const { kind, source, doc, entries } of read) {
		for (const { index, values } of entries) {
			const id = String(values.id);
			if (!site[kind].has(id)) site[kind].set(id, { values, path: source.file.path });
			else report(source.file, pointAt(source, doc, [index, 'id']), `${kind}[${index}].id: duplicate id "${id}" in ${siteFileName(kind)}`, { rule: 'duplicate-id', hint: 'Every id in a site file must be unique: rename one of them.' });
		}
	}
	for (const { kind, source, doc, entries } of read) {
		for (const [path, target, id] of siteReferences(kind, entries)) {
			if (site[target].has(id)) continue;
			report(source.file, pointAt(source, doc, path), `${describePath([kind, ...path])}: unknown ${SITE_KINDS[target].noun} "${id}"; a site entry refers only to site entries`, {
				rule: 'unknown-reference',
				hint: `Define it in ${siteFileName(target)}, or correct the id.${didYouMean(id, [...site[target].keys()])}`,
			});
		}
	}
	return { site, files, messages: [...unreadable, ...sources.flatMap((source) => source.file.messages)] };
}

/** The ids a site file's entries refer to: a statement's speaker, and every `sources:` list; with their paths in the file. */
function* siteReferences(kind: SiteKind, entries: { index: number; values: Record<string, unknown> }[]): Generator<[(string | number)[], SiteKind, string]> {
	for (const { index, values: entry } of entries) {
		if (kind === 'statements' && typeof entry.speaker === 'string') yield [[index, 'speaker'], 'people', entry.speaker];
		if (Array.isArray(entry.sources)) for (const [at, id] of entry.sources.entries()) yield [[index, 'sources', at], 'sources', String(id)];
	}
}

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
export function checkSiteDefinitions(siteFiles: Input[], articles: Input[]): VFileMessage[] {
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
function* siteDefinitionsOf(input: Input): Generator<[SiteKind, string, Definition]> {
	const kind = SITE_KIND_NAMES.find((name) => input.path.endsWith(`/${siteFileName(name)}`) || input.path === siteFileName(name));
	const doc = parseDocument(input.text);
	if (!kind || doc.errors.length > 0 || !isSeq(doc.contents)) return;
	yield* definitionsIn(doc.contents, kind, new VFile({ value: input.text, path: input.path }), 0, true);
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
