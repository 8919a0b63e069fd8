import { z } from 'astro/zod';
import { idSchema } from './common';
import { verificationSchema } from './source';

/**
 * What cites a source: a citation in the article's text or in one of our notes, a quote
 * (its attribution names the sources of its wording), a timeline event or a gloss.
 */
export const citingKindSchema = z.enum(['text', 'note', 'quote', 'event', 'gloss']);
export type CitingKind = z.infer<typeof citingKindSchema>;

/** One place on the page that cites a source, and so links to it. */
export const citingPlaceSchema = z.object({
	kind: citingKindSchema,
	/** How the link back to it reads: `timeline: 18 March 2014`, `gloss: Donbas`, `quote: ‘dull idiots’`. */
	label: z.string().min(1),
	/** Id of the element that cites the source; the source's link back lands on it. */
	anchor: z.string().min(1),
});
export type CitingPlace = z.infer<typeof citingPlaceSchema>;

/** How well the page is sourced, for the trust line at its top. */
export const trustSchema = z.object({
	/** How many sources the page lists. */
	sources: z.number().int().nonnegative(),
	/** How many sources have each status. */
	counts: z.record(verificationSchema, z.number().int().nonnegative()),
	/** Ids of the sources that were not located, in the order they are defined; what cites them rests on them alone or in part. */
	notLocated: z.array(idSchema),
});
export type Trust = z.infer<typeof trustSchema>;
