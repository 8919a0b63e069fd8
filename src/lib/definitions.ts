import type { Frontmatter } from '../schemas/article';
import { didYouMean } from './author-error';

/** The definitions an annotation can refer to, by the kind of reference. */
export type DefinitionKind = 'people' | 'sources' | 'events' | 'glosses' | 'statements';

/** A problem in the frontmatter's cross-references, at a path into the YAML. */
export interface DefinitionIssue {
	/** The rule broken: `duplicate-id` or `unknown-reference`. */
	rule: 'duplicate-id' | 'unknown-reference';
	path: (string | number)[];
	message: string;
	/** How to fix it: a "did you mean" for unknown ids. */
	hint: string;
}

/**
 * The definition with an id, from a list the frontmatter check has already checked the
 * id against: a missing one is a bug in the pipeline, not an author error.
 */
export function byId<T extends { id: string }>(items: readonly T[], id: string): T {
	const item = items.find((candidate) => candidate.id === id);
	if (!item) throw new Error(`No definition "${id}": the checks before this step should have refused it.`);
	return item;
}

/** Ids of each kind of definition, for lookups. */
export function idsOf(frontmatter: Frontmatter, kind: DefinitionKind): string[] {
	return frontmatter[kind].map((item) => item.id);
}

/**
 * Checks what zod cannot see from one field alone: ids are unique within each list,
 * statements name a defined speaker, and every `sources` list names defined sources.
 */
export function checkDefinitions(frontmatter: Frontmatter): DefinitionIssue[] {
	const issues: DefinitionIssue[] = [];
	const kinds: DefinitionKind[] = ['people', 'sources', 'events', 'glosses', 'statements'];
	for (const kind of kinds) {
		const seen = new Set<string>();
		frontmatter[kind].forEach((item, index) => {
			if (seen.has(item.id)) issues.push({ rule: 'duplicate-id', path: [kind, index, 'id'], message: `duplicate id "${item.id}" in ${kind}`, hint: 'Every id in a list must be unique: rename one of them.' });
			seen.add(item.id);
		});
	}
	const people = idsOf(frontmatter, 'people');
	const sources = idsOf(frontmatter, 'sources');
	frontmatter.statements.forEach((statement, index) => {
		if (!people.includes(statement.speaker)) {
			issues.push({ rule: 'unknown-reference', path: ['statements', index, 'speaker'], message: `unknown speaker "${statement.speaker}"; define it under people:`, hint: didYouMean(statement.speaker, people).trim() });
		}
	});
	for (const kind of ['events', 'glosses', 'statements'] as const) {
		frontmatter[kind].forEach((item, index) => {
			item.sources.forEach((id, at) => {
				if (!sources.includes(id)) {
					issues.push({ rule: 'unknown-reference', path: [kind, index, 'sources', at], message: `unknown source "${id}"; define it under sources:`, hint: didYouMean(id, sources).trim() });
				}
			});
		});
	}
	return issues;
}
