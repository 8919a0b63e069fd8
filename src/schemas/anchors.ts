import { z } from 'astro/zod';

/** `content/<slug>/anchors.json`: see src/lib/anchor-registry.ts. */
export const anchorRegistrySchema = z.strictObject({
	/** Every id ever published, oldest first. `npm run anchors` adds the new ones. */
	published: z.array(z.string().min(1)),
	/** Old id -> the current id an old link should land on. */
	aliases: z.record(z.string().min(1), z.string().min(1)).default({}),
	/** Published paragraph id -> fingerprint of the words it pointed at. `npm run anchors` adds the new ones. */
	fingerprints: z.record(z.string().min(1), z.string().regex(/^[0-9a-f]{12}$/, 'expected a fingerprint of 12 hexadecimal digits')).default({}),
});
