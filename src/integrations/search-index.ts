import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { seconds } from './elapsed';

/**
 * The routes whose pages are indexed: the article pages, the only ones that mark what to index
 * with `data-pagefind-body`. Pagefind leaves every page without that mark out of the index
 * once one page has it, so the other pages are not even read: share pages (one per section,
 * quote and event, repeating a passage that results already reach through its article) and
 * site pages (home, contents, timeline, people: lists that link to the articles).
 */
const INDEXED_ROUTES = ['/[slug]'];

/**
 * What an article page repeats of itself, left out of the index so that a search finds each
 * passage where it stands and not again in a list, and Pagefind reads a sixth less text: the
 * quote panel's quotations and their "in context" links (the words stand in the article), the
 * "cited by" and "mentioned in" links back (labels of places on the page) and the trust line
 * (counts, and the places that rest on sources not located). The contents, a `<nav>`, Pagefind
 * leaves out of itself.
 * What only the apparatus says (a source's title and what it supports, an event, a gloss, a
 * speaker, a statement's date and medium) stays searchable.
 */
export const REPEATS = ['.quote-card blockquote', '.quote-context', '.cited-by', '.backlinks', '.trust'];

/**
 * Indexes the built site with Pagefind after every build (`dist/pagefind/`), so search works
 * offline with no service: the HTML pages of the routes above. The indexer is closed whatever
 * happens; every error it reports fails the build.
 */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'search-index',
		hooks: {
			'astro:build:done': async ({ dir, assets, logger }) => {
				const began = performance.now();
				const site = fileURLToPath(dir);
				const missing = INDEXED_ROUTES.filter((route) => !assets.has(route));
				if (missing.length) throw new Error(`search-index: no route ${missing.join(', ')} was built; update INDEXED_ROUTES in src/integrations/search-index.ts.`);
				const files = INDEXED_ROUTES.flatMap((route) => assets.get(route)!.map((url) => fileURLToPath(url))).filter((file) => file.endsWith('.html'));
				const { index, errors } = await pagefind.createIndex({ excludeSelectors: REPEATS });
				try {
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const problems: string[] = [];
					for (const file of files) {
						const sourcePath = relative(site, file).split(sep).join('/');
						const added = await index.addHTMLFile({ sourcePath, content: readFileSync(file, 'utf8') });
						problems.push(...added.errors.map((error) => `${sourcePath}: ${error}`));
					}
					const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
					problems.push(...written.errors);
					if (problems.length) throw new Error(`Pagefind could not index the site:\n${problems.join('\n')}`);
				} finally {
					await pagefind.close();
				}
				logger.info(`search index written for ${files.length} pages in ${seconds(began)}`);
			},
		},
	};
}
