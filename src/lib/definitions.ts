import type { Frontmatter } from '../schemas/article';
import { SITE_KIND_NAMES, type SiteKind } from '../schemas/site';
import { didYouMean } from './author-error';
import { NO_SITE, siteFileName, type SiteEntities } from './site-files';

/** A problem in the frontmatter's cross-references, at a path into the YAML. */
export interface DefinitionIssue {
	/** The rule broken: `duplicate-id` or `unknown-reference`. */
	rule: 'duplicate-id' | 'unknown-reference';
	path: (string | number)[];
	message: string;
	/** How to fix it: a "did you mean" for unknown ids. */
	hint: string;
}

/** A list of definitions by id, for lookups in constant time. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
	return new Map(items.map((item) => [item.id, item]));
}

/** Ids of each kind of definition, for lookups. */
function idsOf(frontmatter: Frontmatter, kind: SiteKind): string[] {
	return frontmatter[kind].map((item) => item.id);
}

/**
 * Checks what zod cannot see from one field alone: ids are unique within each list,
 * statements name a defined speaker, and every `sources` list names defined sources. The
 * frontmatter holds the site entries the article uses (article-entities.ts); an id that is
 * in none is unknown, and the site's other ids are suggested with the article's.
 */
export function checkDefinitions(frontmatter: Frontmatter, site: SiteEntities = NO_SITE): DefinitionIssue[] {
	const issues: DefinitionIssue[] = [];
	for (const kind of SITE_KIND_NAMES) {
		const seen = new Set<string>();
		frontmatter[kind].forEach((item, index) => {
			if (seen.has(item.id)) issues.push({ rule: 'duplicate-id', path: [kind, index, 'id'], message: `duplicate id "${item.id}" in ${kind}`, hint: 'Every id in a list must be unique: rename one of them.' });
			seen.add(item.id);
		});
	}
	/** Ids of a kind, the article's and the site's, for lookups in constant time. */
	const known = (kind: 'people' | 'sources') => new Set([...idsOf(frontmatter, kind), ...site[kind].keys()]);
	const people = known('people');
	const sources = known('sources');
	frontmatter.statements.forEach((statement, index) => {
		if (!people.has(statement.speaker)) {
			issues.push({ rule: 'unknown-reference', path: ['statements', index, 'speaker'], message: `unknown speaker "${statement.speaker}"; define it under people: or in ${siteFileName('people')}`, hint: didYouMean(statement.speaker, [...people]).trim() });
		}
	});
	for (const kind of ['events', 'glosses', 'statements'] as const) {
		frontmatter[kind].forEach((item, index) => {
			item.sources.forEach((id, at) => {
				if (!sources.has(id)) {
					issues.push({ rule: 'unknown-reference', path: [kind, index, 'sources', at], message: `unknown source "${id}"; define it under sources: or in ${siteFileName('sources')}`, hint: didYouMean(id, [...sources]).trim() });
				}
			});
		});
	}
	return issues;
}
