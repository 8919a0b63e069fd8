/**
 * Writes the bare Astro 7 project the scaling benchmark compares against: Astro's own
 * markdown through the `glob` loader, one page per entry rendered with render(). With
 * SAME_WORK=1 it does the same work per article as our site: besides the article page, one
 * small page for each section, quote and event (the `shares` of its frontmatter, see
 * plain-markdown.mjs), and Pagefind over the article pages (the pages marked
 * data-pagefind-body, as ours are; Pagefind reads the others and leaves them out). It sits inside the project, so `astro` and `pagefind`
 * resolve from the project's node_modules. The folder of articles comes from CONTENT_DIR.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FILES = {
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind over every built page (addDirectory); it indexes only the pages marked data-pagefind-body, the article pages. */
const searchIndex = {
	name: 'search-index',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const began = performance.now();
			const site = fileURLToPath(dir);
			const { index } = await pagefind.createIndex({});
			try {
				const { errors, page_count } = await index.addDirectory({ path: site });
				const written = await index.writeFiles({ outputPath: site + 'pagefind' });
				if (errors.length || written.errors.length) throw new Error([...errors, ...written.errors].join('; '));
				// Logged as ours logs it, for the benchmark's table.
				logger.info(\`search index written for \${page_count} pages in \${((performance.now() - began) / 1000).toFixed(2)}s\`);
			} finally {
				await pagefind.close();
			}
		},
	},
};

export default defineConfig({ integrations: process.env.SAME_WORK === '1' ? [searchIndex] : [] });
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
		shares: z.array(z.object({ id: z.string(), title: z.string(), text: z.string() })),
	}),
});

export const collections = { articles };
`,
	'src/layouts/Page.astro': `---
const { title, description, lang } = Astro.props;
---

<html lang={lang}>
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{title}</title>
		<meta name="description" content={description} />
	</head>
	<body>
		<main><slot /></main>
	</body>
</html>
`,
	'src/pages/[slug]/index.astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';

export async function getStaticPaths() {
	const articles = await getCollection('articles');
	return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Page title={entry.data.headline} description={entry.data.summary} lang={entry.data.lang}>
	<article data-pagefind-body>
		<h1>{entry.data.headline}</h1>
		<Content />
	</article>
</Page>
`,
	'src/pages/[slug]/s/[id].astro': `---
import { getCollection } from 'astro:content';
import Page from '../../../layouts/Page.astro';

/** One small page per section, quote and event, only when the site does the same work as ours. */
export async function getStaticPaths() {
	if (process.env.SAME_WORK !== '1') return [];
	const articles = await getCollection('articles');
	return articles.flatMap((entry) => entry.data.shares.map((share) => ({ params: { slug: entry.id, id: share.id }, props: { entry, share } })));
}

const { entry, share } = Astro.props;
---

<Page title={share.title || entry.data.headline} description={share.text} lang={entry.data.lang}>
	<p>{entry.data.headline}</p>
	<h1>{share.title}</h1>
	<p>{share.text}</p>
	<p><a href={\`/\${entry.id}/#\${share.id}\`}>Read it in the article</a></p>
</Page>
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
