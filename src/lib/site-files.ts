import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Document } from 'yaml';
import { AuthorErrors, didYouMean, report } from './author-error';
import { readArticle } from './read-article';
import { describePath, parseYaml, pointAt, reportIssues, type YamlSource } from './yaml-issues';
import { byKind, SITE_KIND_NAMES, SITE_KINDS, siteEntrySchemas, type SiteKind } from '../schemas/site';
import type { Input } from './pipeline';

/**
 * One entity of the site: its values as written in its site file, and that file's path; checked
 * once for the whole site against its kind's full schema (src/schemas/site.ts, SITE_KINDS), as an
 * article that uses it without listing it takes it: `complete` when it holds every field an
 * article needs, else the fields it `lacks` (a person's role, particular to each article).
 */
export interface SiteEntry {
	values: Record<string, unknown>;
	path: string;
	complete?: unknown;
	lacks: string[];
}

/** A site file as read: its text and path, and the kind of entries it holds. */
export interface SiteFile extends Input {
	kind: SiteKind;
	/** Its values as read, whatever their shape (the site-wide id check reads its definitions from them). */
	values: unknown;
}

/** The site's entities, by kind and id, in the order of their files. */
export type SiteEntities = Record<SiteKind, ReadonlyMap<string, SiteEntry>>;

/** A site that defines nothing: every article stands alone. */
export const NO_SITE: SiteEntities = byKind(() => new Map());

/** The site file of a kind of definition: `people.yml` in the folder of articles. */
export const siteFileName = (kind: SiteKind) => `${kind}.yml`;

/** The hint of an unknown id of a kind: where to define it. */
export const defineHint = (kind: SiteKind) => `Define it in ${siteFileName(kind)} (for every article) or under ${kind}: in this article's frontmatter, or correct the id.`;

/**
 * Reads the site files of a folder of articles (`people.yml`, `sources.yml`, `events.yml`,
 * `glosses.yml`, `statements.yml`; each optional, each a YAML list shaped like the frontmatter
 * list of the same name), once for the whole site. Each entry is checked by its kind's schema
 * (src/schemas/site.ts: its identity required, what articles may add optional), ids are unique
 * in a file, and site entries refer only to site entries (a statement's speaker, the ids of
 * `sources:` lists). Every problem is an author error at its place in the site file. `shownAs`
 * turns a path into the one messages show (relative to the project).
 */
export async function readSite(folder: string, shownAs: (path: string) => string): Promise<{ site: SiteEntities; files: SiteFile[]; messages: VFileMessage[] }> {
	const site = byKind(() => new Map<string, SiteEntry>());
	const files: SiteFile[] = [];
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
		const source: YamlSource = { file: new VFile({ value: text, path: shown }), text, start: 0, noun: 'site file' };
		sources.push(source);
		const doc = parseYaml(source, { typedToo: true });
		if (!doc) continue;
		const written: unknown = doc.toJS() ?? [];
		files.push({ text, path: shown, kind, values: written });
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
			if (!site[kind].has(id)) site[kind].set(id, { values, path: source.file.path, ...checkedWhole(kind, values) });
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

/** A site entry against its kind's full schema: its data when complete, else the fields it lacks. */
function checkedWhole(kind: SiteKind, values: Record<string, unknown>): Pick<SiteEntry, 'complete' | 'lacks'> {
	const result = SITE_KINDS[kind].schema.safeParse(values);
	if (result.success) return { complete: result.data, lacks: [] };
	return { lacks: [...new Set(result.error.issues.map((issue) => String(issue.path[0])))] };
}

/** The ids a site file's entries refer to: a statement's speaker, and every `sources:` list; with their paths in the file. */
function* siteReferences(kind: SiteKind, entries: { index: number; values: Record<string, unknown> }[]): Generator<[(string | number)[], SiteKind, string]> {
	for (const { index, values: entry } of entries) {
		if (kind === 'statements' && typeof entry.speaker === 'string') yield [[index, 'speaker'], 'people', entry.speaker];
		if (Array.isArray(entry.sources)) for (const [at, id] of entry.sources.entries()) yield [[index, 'sources', at], 'sources', String(id)];
	}
}
