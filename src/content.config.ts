import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/loader';
import { articleSchema } from './schemas/article';

/**
 * Every article: `content/<slug>/index.md`, through our annotation pipeline.
 * CONTENT_DIR builds another folder of articles instead (the tests build their fixtures so).
 */
const articles = defineCollection({
	loader: articleLoader({ base: process.env.CONTENT_DIR ?? 'content' }),
	schema: articleSchema,
});

export const collections = { articles };
