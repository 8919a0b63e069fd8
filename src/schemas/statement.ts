import { z } from 'astro/zod';
import { idSchema, partialDateSchema, sourceIdsSchema } from './common';

/** One utterance (a post, an article, a tweet) that the article quotes from, once or several times. */
export const statementSchema = z.strictObject({
	/** Referred to by quotes: `:quote[…]{#q-… statement=…}`. */
	id: idSchema,
	/** Id of the person or organisation who said it. */
	speaker: idSchema,
	/** When it was said; omit it where no source gives the date. */
	date: partialDateSchema.optional(),
	/** Where: "Telegram post", "Magazine article", "Tweet". */
	medium: z.string().min(1),
	/** Original language and who translated it, e.g. "Russian original; translator not named". */
	language: z.string().min(1),
	/** Ids of the sources that report it. */
	sources: sourceIdsSchema,
});
