import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after every build (`dist/pagefind/`), so search works
 * offline with no service. Pages mark what to index with `data-pagefind-body`; share pages
 * carry `data-pagefind-meta="target:…"`, the place in the article a result should land on.
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
				const { page_count, errors: indexErrors } = await index.addDirectory({ path: site });
				if (indexErrors.length) throw new Error(`Pagefind could not index the site: ${indexErrors.join('; ')}`);
				await index.writeFiles({ outputPath: join(site, 'pagefind') });
				await pagefind.close();
				logger.info(`search index written for ${page_count} pages`);
			},
		},
	};
}
