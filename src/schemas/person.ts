import { z } from 'astro/zod';
import { idSchema } from './common';

/** Someone the article mentions or quotes: a person or an organisation. */
export const personSchema = z.strictObject({
	/** Referred to by `:mention{ref=…}` and by statements' `speaker`. */
	id: idSchema,
	/** `person` (default) or `organisation`. */
	kind: z.enum(['person', 'organisation']).default('person'),
	/** Name as the page shows it. */
	name: z.string().min(1),
	/** Role at the time of the article, in our own neutral words. */
	role: z.string().min(1),
});
export type Person = z.infer<typeof personSchema>;
