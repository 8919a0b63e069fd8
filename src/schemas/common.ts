import { z } from 'astro/zod';
import { parsePartialDate } from '../lib/dates';
import { AUTHOR_ID, MAX_ID_LENGTH } from '../lib/ids';

/** An id written by the author: lowercase words joined by hyphens, e.g. `medvedev` or `e-2022-09-13-compact`; at most 64 characters. */
export const idSchema = z
	.string()
	.regex(AUTHOR_ID, 'expected lowercase letters, digits and single hyphens, e.g. "e-2022-09-13-compact"')
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
