import { z } from 'astro/zod';
import { idSchema, partialDateSchema, webUrlSchema } from './common';

/**
 * How far a source was checked (the fact sheet's legend):
 * `verified` in the archived page; `partial`, partly or through secondary copies;
 * `unverified`, not found; `not-located`, the source itself could not be found.
 */
export const verificationSchema = z.enum(['verified', 'partial', 'unverified', 'not-located']);
export type Verification = z.infer<typeof verificationSchema>;

/** The fields of a source, before the rule that ties its url to its status. */
export const sourceFields = z.strictObject({
	/** Referred to by `:cite{ref=…}` and by `sources:` lists. */
	id: idSchema,
	/** Who published it. */
	publisher: z.string().min(1),
	/** Its title, only where the fact sheet gives it. */
	title: z.string().min(1).optional(),
	/** Publication date, where known. */
	date: partialDateSchema.optional(),
	/** Address; http(s) only, and never made up. */
	url: webUrlSchema.optional(),
	/** How far it was checked. */
	status: verificationSchema,
	/** What it supports, in one sentence. */
	supports: z.string().min(1),
});

/** A source that was not located has no URL; every other one has one. */
export function checkSourceUrl(source: { status?: Verification | undefined; url?: string | undefined }, ctx: z.RefinementCtx): void {
	if (source.status === 'not-located' && source.url) {
		ctx.addIssue({ code: 'custom', path: ['url'], message: 'a source with status "not-located" cannot have a url; remove it or change the status' });
	}
	if (source.status !== 'not-located' && !source.url) {
		ctx.addIssue({ code: 'custom', path: ['url'], message: 'expected the source\'s http(s) address; if it could not be found, set status: not-located' });
	}
}

/** A source the analysis rests on. */
export const sourceSchema = sourceFields.superRefine(checkSourceUrl);
export type Source = z.infer<typeof sourceSchema>;

/** A source as the article lists it: with the number its citations show. */
export const numberedSourceSchema = sourceSchema.safeExtend({
	/** Sources cited in the text are numbered in order of first citation, then the rest in the order defined. */
	number: z.number().int().positive(),
});
export type NumberedSource = z.infer<typeof numberedSourceSchema>;
