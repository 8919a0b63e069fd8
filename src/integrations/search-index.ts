import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Routes whose pages stay out of the index: share pages repeat a passage of their article,
 * which results already reach through the article page (one result per passage, not two),
 * and indexing them would cost most of the indexer's time.
 */
const SKIPPED_ROUTES = ['/[slug]/s/[id]'];

/**
 * Indexes the built site with Pagefind after every build (`dist/pagefind/`), so search works
 * offline with no service: the HTML pages of every route but those skipped above (articles
 * and site pages). Pages mark what to index with `data-pagefind-body`. The indexer is closed
 * whatever happens; every error it reports fails the build.
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, assets, logger }) => {
				const site = fileURLToPath(dir);
				const missing = SKIPPED_ROUTES.filter((route) => !assets.has(route));
				if (missing.length) throw new Error(`search-index: no route ${missing.join(', ')} was built; update SKIPPED_ROUTES in src/integrations/search-index.ts.`);
				const files = [...assets]
					.filter(([route]) => !SKIPPED_ROUTES.includes(route))
					.flatMap(([, urls]) => urls.map((url) => fileURLToPath(url)))
					.filter((file) => file.endsWith('.html'));
				const { index, errors } = await pagefind.createIndex({});
				try {
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const problems: string[] = [];
					for (const file of files) {
						const sourcePath = relative(site, file).split(sep).join('/');
						const added = await index.addHTMLFile({ sourcePath, content: await readFile(file, 'utf8') });
						problems.push(...added.errors.map((error) => `${sourcePath}: ${error}`));
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					problems.push(...written.errors);
					if (problems.length) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
				} finally {
					await pagefind.close();
				}
				logger.info(`search index written for ${files.length} pages`);
			},
		},
	};
}
