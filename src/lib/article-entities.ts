import type { Root } from 'mdast';
import type { Position } from 'unist';
import type { Frontmatter } from '../schemas/article';
import { byKind, SITE_KIND_NAMES, SITE_KINDS, type SiteKind } from '../schemas/site';
import { directiveSpec } from './directives';
import { walk } from './walk';
import { siteFileName, type SiteEntities } from './site-files';

/** Where something needs a definition: a directive of the text, or a path into the frontmatter. */
export type Place = Position | (string | number)[];

/** The site entries a directive of the text names, by kind and id: the first directive that names each. */
export type DirectiveUses = Record<SiteKind, Map<string, Position | undefined>>;

/** A site entry the article uses that lacks a field the article must give (a person's role at its time). */
export interface Incomplete {
	place: Place;
	message: string;
	hint: string;
}

/**
 * The frontmatter as written, each list entry that names a site entry by its id completed by
 * it: what the article writes comes first, the site's fills the rest (site-definitions.ts
 * checks that the article writes no identity field differently). Anything that is not a list
 * of mappings is left for the schema to refuse.
 */
export function withSite(values: unknown, site: SiteEntities): unknown {
	if (!isRecord(values)) return values;
	const completed: Record<string, unknown> = { ...values };
	for (const kind of SITE_KIND_NAMES) {
		const list = values[kind];
		if (!Array.isArray(list)) continue;
		completed[kind] = list.map((item) => {
			const entry = isRecord(item) && typeof item.id === 'string' ? site[kind].get(item.id) : undefined;
			return entry ? { ...entry.values, ...item } : item;
		});
	}
	return completed;
}

/** Every id the directives of the text name (`:mention{ref=…}`, a quote's `statement=` and `sources=`), by the list it belongs to. */
export function directiveUses(tree: Root): DirectiveUses {
	const uses: DirectiveUses = byKind(() => new Map());
	walk(tree, (node) => {
		if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
		for (const [attribute, kind] of Object.entries(directiveSpec(node.name)?.refers ?? {})) {
			for (const id of (node.attributes?.[attribute] ?? '').split(/\s+/).filter(Boolean)) if (!uses[kind].has(id)) uses[kind].set(id, node.position);
		}
	});
	return uses;
}

/**
 * The definitions an article uses: its own (the frontmatter's lists, in their order), then the
 * site entries it uses without listing them, in the order of the site files. An article uses a
 * site entry that its text names (directiveUses), or that a definition it uses names: a
 * statement's speaker and sources, an event's or a gloss's sources. So the article's page lists
 * what the article uses, never the whole site. A site entry used so must hold every field
 * the schema requires; one that lacks a field particular to each article (a person's role)
 * is `incomplete`, at the place that uses it.
 */
export function withSiteUses(frontmatter: Frontmatter, site: SiteEntities, uses: DirectiveUses): { frontmatter: Frontmatter; incomplete: Incomplete[] } {
	const own = byKind((kind) => new Set<string>(frontmatter[kind].map((item) => item.id)));
	/** The site entries used without being listed, each with the place that first needs it. */
	const needed = byKind(() => new Map<string, Place>());
	const need = (kind: SiteKind, id: string, place: Place | undefined) => {
		if (!own[kind].has(id) && site[kind].has(id) && !needed[kind].has(id)) needed[kind].set(id, place ?? [kind]);
	};
	for (const kind of SITE_KIND_NAMES) for (const [id, place] of uses[kind]) need(kind, id, place);
	// What a used definition names is used too: statements name people and sources; events and glosses, sources.
	for (const kind of ['statements', 'events', 'glosses'] as const) {
		frontmatter[kind].forEach((item, index) => {
			if ('speaker' in item) need('people', item.speaker, [kind, index, 'speaker']);
			item.sources.forEach((id, at) => need('sources', id, [kind, index, 'sources', at]));
		});
		for (const [id, place] of needed[kind]) {
			const values = site[kind].get(id)!.values;
			if (typeof values.speaker === 'string') need('people', values.speaker, place);
			if (Array.isArray(values.sources)) for (const source of values.sources) need('sources', String(source), place);
		}
	}
	const incomplete: Incomplete[] = [];
	const used = { ...frontmatter };
	for (const kind of SITE_KIND_NAMES) {
		const { noun } = SITE_KINDS[kind];
		const added: unknown[] = [];
		for (const [id, entry] of site[kind]) {
			const place = needed[kind].get(id);
			if (!place) continue;
			// Checked once for the site (readSite): an entry used by every article is not validated again for each.
			if (entry.complete) added.push(entry.complete);
			else {
				const fields = entry.lacks;
				incomplete.push({
					place,
					message: `The ${noun} "${id}" of ${entry.path} has no ${fields.join(' or ')} for this article.`,
					hint: `List it under ${kind}: in the frontmatter with what is particular to this article: "- id: ${id}" and ${fields.map((field) => `"${field}: …"`).join(', ')}; or add it to its entry in ${siteFileName(kind)} if it holds for every article.`,
				});
			}
		}
		(used as Record<SiteKind, unknown[]>)[kind] = [...frontmatter[kind], ...added];
	}
	return { frontmatter: used, incomplete };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
