import { defineCollection } from 'astro:content';
import { articleLoader } from './lib/loader';
import { articleSchema } from './schemas/article';

/** Every article: `content/<slug>/index.md`, through our annotation pipeline. */
const articles = defineCollection({
	loader: articleLoader({ base: 'content' }),
	schema: articleSchema,
});

export const collections = { articles };
