import type { z } from 'astro/zod';
import { eventSchema } from './event';
import { glossSchema } from './gloss';
import { personSchema } from './person';
import { checkSourceUrl, sourceFields } from './source';
import { statementSchema } from './statement';

/**
 * The kinds of definition that are site-wide: each may be defined once for the site in
 * `content/<kind>.yml` (a YAML list, like the frontmatter list of the same name) and referred
 * to by id from any article. `identity` is what an id means: the same wherever the id stands;
 * an article may add or replace every other field, as particular to it (a person's role at
 * the time of that article).
 */
export const SITE_KINDS = {
	people: { noun: 'person', schema: personSchema, identity: ['name', 'kind'] },
	sources: { noun: 'source', schema: sourceFields, identity: ['publisher', 'title', 'date', 'url', 'status'] },
	events: { noun: 'event', schema: eventSchema, identity: ['date', 'title'] },
	glosses: { noun: 'gloss', schema: glossSchema, identity: ['term', 'text'] },
	statements: { noun: 'statement', schema: statementSchema, identity: ['speaker', 'date', 'medium'] },
} as const;
export type SiteKind = keyof typeof SITE_KINDS;
export const SITE_KIND_NAMES = Object.keys(SITE_KINDS) as SiteKind[];

/** One value for each kind. */
export function byKind<T>(make: (kind: SiteKind) => T): Record<SiteKind, T> {
	return Object.fromEntries(SITE_KIND_NAMES.map((kind) => [kind, make(kind)])) as Record<SiteKind, T>;
}

/** The schema of an entry of a site file: its id and identity required as in an article, the rest optional there. */
function siteEntrySchema(kind: SiteKind) {
	const { schema, identity } = SITE_KINDS[kind];
	const particular = Object.keys(schema.shape).filter((field) => field !== 'id' && !(identity as readonly string[]).includes(field));
	const partial = (schema as z.ZodObject).partial(Object.fromEntries(particular.map((field) => [field, true])) as z.core.util.Mask<string>);
	return kind === 'sources' ? partial.superRefine(checkSourceUrl) : partial;
}

/** The schema of each entry of each site file: `content/people.yml` is a list of people, and so on. */
export const siteEntrySchemas = byKind(siteEntrySchema);
