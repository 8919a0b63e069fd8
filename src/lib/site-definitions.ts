import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { location } from 'vfile-location';
import type { Point } from 'unist';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair } from 'yaml';
import { quickYaml } from './quick-yaml';
import { frontmatterOf } from './frontmatter';
import { report } from './author-error';
import { siteFileName, type SiteFile } from './site-files';
import { SITE_KIND_NAMES, SITE_KINDS, type SiteKind } from '../schemas/site';
import type { Input } from './pipeline';

/** Values a field takes when it is left out, so that leaving it out and writing it agree. */
const DEFAULTS: Record<string, string> = { kind: 'person' };

/** One definition: the file, the kind, its place in the file's list, its scalar values as text, and whether it is a site file's. */
interface Definition {
	input: Input;
	kind: SiteKind;
	index: number;
	values: Map<string, string>;
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
 * `siteFiles` are the site's files with the values readSite read; `articles` the articles'
 * index.md files, each with its frontmatter's values where the pipeline has read them already
 * (renderArticle gives them), the others read fast (quick-yaml.ts). Only a file with a conflict
 * is read again for its places.
 */
export function checkSiteDefinitions(siteFiles: SiteFile[], articles: ArticleInput[]): VFileMessage[] {
	const first = new Map<string, Definition>();
	const messages: VFileMessage[] = [];
	const placed = new Places();
	const definitions = [...siteFiles.flatMap((input) => definitionsIn(input, input.kind, input.values, true)), ...articles.flatMap(frontmatterDefinitionsOf)];
	for (const definition of definitions) {
		const { kind } = definition;
		const id = definition.values.get('id')!;
		const key = `${kind} ${id}`;
		const earlier = first.get(key);
		if (!earlier) {
			first.set(key, definition);
			continue;
		}
		// A site file's second entry of an id is its own error (duplicate-id, readSite), not a conflict.
		if (definition.site) continue;
		const { noun, identity } = SITE_KINDS[kind];
		const value = (d: Definition, field: string) => d.values.get(field) ?? DEFAULTS[field];
		const field = identity.find((name) => (!earlier.site || definition.values.has(name)) && value(earlier, name) !== value(definition, name));
		if (!field) continue;
		const describe = (d: Definition) => (value(d, field) === undefined ? 'none' : `"${value(d, field)}"`);
		const where = (d: Definition) => {
			const point = placed.of(d, field);
			return `${d.input.path}:${point.line}:${point.column}`;
		};
		const hint = earlier.site
			? `An id means one ${noun} across the site, defined in ${earlier.input.path}: leave out what the site file gives (an article adds only what is particular to it), or give one of them another id.`
			: `An id means one ${noun} across the site: define it once, in ${siteFileName(kind)} beside the articles, and refer to it by id; or give one of them another id.`;
		for (const [here, there] of [[definition, earlier], [earlier, definition]] as const) {
			messages.push(report(placed.file(here), placed.of(here, field), `The ${noun} "${id}" has ${field} ${describe(here)} here, but ${describe(there)} in ${where(there)}.`, { rule: 'site-id-conflict', hint }));
		}
	}
	return messages;
}

/** The values of an article's frontmatter, read fast. */
export function frontmatterValues(text: string): unknown {
	const frontmatter = frontmatterOf(text);
	return frontmatter && quickYaml(frontmatter.yaml);
}

/** An article's index.md, and its frontmatter's values when already read. */
export interface ArticleInput extends Input {
	values?: unknown;
}

/** Every definition of an article's frontmatter. */
function frontmatterDefinitionsOf(input: ArticleInput): Definition[] {
	const values = input.values ?? frontmatterValues(input.text);
	if (!isRecord(values)) return [];
	return SITE_KIND_NAMES.flatMap((kind) => definitionsIn(input, kind, values[kind], false));
}

/** The definitions of a YAML list (as values): each mapping with an id, its scalar fields as text. */
function definitionsIn(input: Input, kind: SiteKind, list: unknown, site: boolean): Definition[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((item: unknown, index) => {
		if (!isRecord(item)) return [];
		const values = new Map<string, string>();
		for (const [name, value] of Object.entries(item)) if (value === null || typeof value !== 'object') values.set(name, String(value));
		return values.get('id') ? [{ input, kind, index, values, site }] : [];
	});
}

/** Where definitions stand in their files: each file read again with `yaml`'s document, once, only when a message needs it. */
class Places {
	private readonly read = new Map<Input, { file: VFile; doc: Document; start: number }>();

	file(definition: Definition): VFile {
		return this.parsed(definition).file;
	}

	/** Where a field of a definition stands, or its id when the field is left out. */
	of(definition: Definition, field: string): Point {
		const { file, doc, start } = this.parsed(definition);
		const list = definition.site ? doc.contents : isMap(doc.contents) ? doc.contents.get(definition.kind, true) : undefined;
		const item = isSeq(list) ? list.items[definition.index] : undefined;
		const pairs = isMap(item) ? (item.items as Pair<YamlNode, YamlNode>[]) : [];
		const pair = pairs.find((each) => isScalar(each.key) && each.key.value === field) ?? pairs.find((each) => isScalar(each.key) && each.key.value === 'id');
		const offset = pair?.value?.range?.[0] ?? pair?.key?.range?.[0] ?? 0;
		return location(file).toPoint(start + offset) ?? { line: 1, column: 1 };
	}

	/** A site file is YAML from its start; an article's frontmatter starts after its first `---` line. */
	private parsed({ input, site }: Definition) {
		let read = this.read.get(input);
		if (!read) {
			// An article with definitions has frontmatter, found by the pipeline's own rule.
			const { yaml, start } = site ? { yaml: input.text, start: 0 } : frontmatterOf(input.text)!;
			read = { file: new VFile({ value: input.text, path: input.path }), doc: parseDocument(yaml), start };
			this.read.set(input, read);
		}
		return read;
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
