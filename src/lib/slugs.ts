import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { VFileMessage } from 'vfile-message';
import { AuthorErrors, SOURCE } from './author-error';
import { idProblem } from './ids';

/**
 * Names the site's output holds besides its pages and public files, and addresses kept for
 * pages it is likely to add; an article folder must not take them either.
 */
const KEPT_NAMES: Record<string, string> = {
	pagefind: 'the search index that src/integrations/search-index.ts writes',
	sitemap: 'the sitemap that @astrojs/sitemap writes',
	search: 'a search page',
	feed: 'a feed address',
	timeline: 'a site-wide timeline',
};

/**
 * The first path segments the site itself uses, each with what uses it: every page and folder of
 * `src/pages` (`contents.astro` -> `contents`, `rss.xml.ts` -> `rss`, `people/`), every file of
 * `public/` (`favicon.svg` -> `favicon`), and the names above. Dynamic routes (`[slug]`) are the
 * articles themselves.
 */
export async function siteRoutes(srcDir: URL, publicDir: URL): Promise<Map<string, string>> {
	const routes = new Map(Object.entries(KEPT_NAMES));
	for (const [folder, shown] of [[new URL('pages/', srcDir), 'src/pages'], [publicDir, 'public']] as const) {
		const entries = await readdir(fileURLToPath(folder)).catch(() => [] as string[]);
		for (const name of entries) {
			const first = name.split('.')[0]!;
			if (first && first !== 'index' && !first.startsWith('[')) routes.set(first, `${shown}/${name}`);
		}
	}
	return routes;
}

/**
 * Checks an article's folder name before anything is rendered: it becomes the address
 * `/<slug>/`, so it must be a valid id (lowercase letters, digits, hyphens; at most 64
 * characters) and must not take an address of the site's own. Throws AuthorErrors, placed at
 * the article's first line, `file`.
 */
export function checkSlug(slug: string, routes: ReadonlyMap<string, string>, file: string): void {
	const problem = idProblem(slug);
	const owner = routes.get(slug);
	if (!problem && owner === undefined) return;
	const reason = problem
		? `The article folder "${slug}" is not a valid address: ${problem.reason}.`
		: `The article folder "${slug}" would be published at /${slug}/, which the site uses for ${owner}.`;
	const message = new VFileMessage(reason, { place: { line: 1, column: 1 }, ruleId: 'article-folder', source: SOURCE });
	message.file = file;
	message.fatal = true;
	message.note = 'Rename the folder: lowercase letters, digits and single hyphens, such as "security-pact-reactions", and not the name of a page of the site (docs/authoring.md).';
	throw new AuthorErrors([message]);
}
