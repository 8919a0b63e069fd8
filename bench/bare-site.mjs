/**
 * Writes the bare Astro 7 project the scaling benchmark compares against: Astro's own
 * markdown through the `glob` loader, one page per entry rendered with render(), nothing else.
 * It sits inside the project, so `astro` resolves from the project's node_modules.
 * The folder of articles comes from CONTENT_DIR (absolute), as for our site.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILES = {
	'astro.config.mjs': `import { defineConfig } from 'astro/config';

export default defineConfig({});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
	loader: glob({
		pattern: '*/index.md',
		base: process.env.CONTENT_DIR ?? './content',
		generateId: ({ entry }) => entry.split('/')[0],
	}),
	schema: z.object({
		headline: z.string(),
		summary: z.string(),
		published: z.coerce.date(),
		lang: z.string(),
	}),
});

export const collections = { articles };
`,
	'src/pages/[slug].astro': `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
	const articles = await getCollection('articles');
	return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang={entry.data.lang}>
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{entry.data.headline}</title>
		<meta name="description" content={entry.data.summary} />
	</head>
	<body>
		<main>
			<h1>{entry.data.headline}</h1>
			<Content />
		</main>
	</body>
</html>
`,
};

/** Writes the project into `dir` (emptied first); returns `dir`. */
export async function writeBareSite(dir) {
	await rm(dir, { recursive: true, force: true });
	for (const [path, text] of Object.entries(FILES)) {
		await mkdir(join(dir, path, '..'), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}
