import { z } from 'astro/zod';
import { idPattern, idSchema, partialDateSchema, sourceIdsSchema } from './common';

/** Where an event stands relative to the article: background, the days it reports, or what came after. */
export const eventKindSchema = z.enum(['context', 'article', 'after']);
export type EventKind = z.infer<typeof eventKindSchema>;

/** A dated event for the timeline, referred to from the text by `:event[…]{ref=…}`. */
export const eventSchema = z.strictObject({
	/** Stable anchor on the page: `e-<date>-<words>`. */
	id: idSchema.regex(idPattern('e-'), 'expected an id starting with "e-", e.g. "e-2022-09-13-compact"'),
	/** When, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: partialDateSchema,
	/** Where sources disagree or the date is approximate, say so here. */
	dateNote: z.string().min(1).optional(),
	/** context, article or after. */
	kind: eventKindSchema,
	/** What happened, in a few words. */
	title: z.string().min(1),
	/** One line of context. */
	context: z.string().min(1),
	/** Ids of the sources that support it. */
	sources: sourceIdsSchema,
});
export type TimelineEvent = z.infer<typeof eventSchema>;
