import { z } from 'astro/zod';
import { parsePartialDate } from './partial-date';

/** The one pattern of an id an author writes: lowercase letters and digits, words joined by single hyphens. */
export const ID_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Ids of one kind start with their prefix (`q-` for quotes, `fig-` for figures); without one, any id. */
export function idPattern(prefix = ''): RegExp {
	return new RegExp(`^${prefix}${ID_PATTERN}$`);
}

/** Longest id, in characters: ids become file names (`/<slug>/s/<id>/`), far below the 255-byte limit of file systems. */
export const MAX_ID_LENGTH = 64;

/** An id written by the author, e.g. `medvedev` or `e-2022-09-13-compact`. */
export const idSchema = z
	.string()
	.regex(idPattern(), 'expected lowercase letters, digits and single hyphens, e.g. "e-2022-09-13-compact"')
	.max(MAX_ID_LENGTH, `expected at most ${MAX_ID_LENGTH} characters`);

/**
 * A date known to year, month or day: `2022`, `2022-09` or `2022-09-13`.
 * A bare year is read by YAML as a number, so numbers are taken as text.
 */
export const partialDateSchema = z.preprocess(
	(value) => (typeof value === 'number' ? String(value) : value),
	z.string().refine((text) => parsePartialDate(text) !== undefined, {
		error: (issue) => `expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, received "${String(issue.input)}"`,
	}),
);

/** An absolute web address: http or https only. */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an http(s) address' });

/** Ids of sources; a list in YAML (`[a, b]`). */
export const sourceIdsSchema = z.array(idSchema).default([]);
