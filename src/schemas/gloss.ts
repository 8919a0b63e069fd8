import { z } from 'astro/zod';
import { idSchema, sourceIdsSchema } from './common';

/** A short explanation of a term, shown where `:gloss[…]{ref=…}` marks it. */
export const glossSchema = z.strictObject({
	id: idSchema,
	/** The term as the glossary lists it. */
	term: z.string().min(1),
	/** The explanation, one or two sentences. */
	text: z.string().min(1),
	/** Ids of the sources that support it, if any. */
	sources: sourceIdsSchema,
});
