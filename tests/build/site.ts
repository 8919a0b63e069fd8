import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** Where the global setup built the site. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/** The test articles (three articles, two of them the same text; "ada" is quoted in two different ones). */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'pipeline');

/** Where the build tier's set-up built the test articles as a site of their own, without cards. */
export const FIXTURE_DIST = join(import.meta.dirname, '..', '..', '.tmp', 'fixture-site', 'dist');

/** A built page, parsed: `page('kyiv-security-compact/')`. */
export function page(path: string): cheerio.CheerioAPI {
	return cheerio.load(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
}

const idsByFile = new Map<string, Set<string>>();
/** The ids of a built HTML file, read once however many links point into it. */
export function idsIn(file: string): Set<string> {
	if (!idsByFile.has(file)) {
		const $ = cheerio.load(readFileSync(file, 'utf8'));
		idsByFile.set(file, new Set($('[id]').map((_, element) => $(element).attr('id')!).get()));
	}
	return idsByFile.get(file)!;
}

/** Whitespace folded, as a reader sees text. */
export function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether `shown` gives a quote's words: all of them, or its first words cut between two words
 * (the text goes on with a space or a punctuation mark) and followed by an ellipsis.
 */
export function isFirstWordsOf(shown: string, text: string): boolean {
	if (shown === text) return true;
	if (!shown.endsWith('…')) return false;
	const start = shown.slice(0, -1);
	return start.length > 0 && text.startsWith(start) && /^[\s\p{P}]/u.test(text.slice(start.length));
}

/** The article's text as printed on the page: the body without anything we added, its blocks apart as a reader sees them. */
export function originalTextOf($: cheerio.CheerioAPI): string {
	const body = $('.article-body').clone();
	body.find('[data-editorial]').remove();
	body.find('p, h2, blockquote, figure, figcaption, li, section').before(' ').after(' ');
	return fold(body.text());
}

/** The element with an id, whatever characters the id holds (ids may be Cyrillic). */
export function byId($: cheerio.CheerioAPI, id: string) {
	return $('[id]').filter((_, element) => $(element).attr('id') === id);
}

/** An element's text as read, without its link control. */
export function labelOf($: cheerio.CheerioAPI, element: Parameters<cheerio.CheerioAPI>[0]): string {
	const clone = $(element).clone();
	clone.find('.link-control').remove();
	return fold(clone.text());
}

/** Every built page, as a path relative to the output folder ('' for the home page). */
export function builtPages(root = DIST): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
			if (entry.isDirectory()) return walk(join(dir, entry.name));
			return entry.name === 'index.html' ? [relative(root, dir)] : [];
		});
	return walk(root);
}

/** The page templates, as their files under src/pages name them: `[slug]/s/[id]/index.astro`. */
export function templates(): string[] {
	const pages = join(import.meta.dirname, '..', '..', 'src', 'pages');
	return readdirSync(pages, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.astro'))
		.map((file) => file.split(sep).join('/'));
}

/**
 * Every built page under the template that renders it. A page matches a template segment by
 * segment, `[param]` matching any; as in Astro, a template with fewer parameters wins.
 */
export function pagesByTemplate(root = DIST): Map<string, string[]> {
	const segments = (template: string) => template.replace(/(^|\/)index\.astro$|\.astro$/, '').split('/').filter(Boolean);
	const byParameters = templates().sort((a, b) => segments(a).filter((s) => s.startsWith('[')).length - segments(b).filter((s) => s.startsWith('[')).length);
	const found = new Map(byParameters.map((template) => [template, [] as string[]]));
	for (const path of builtPages(root)) {
		const parts = path.split(sep).filter(Boolean);
		const template = byParameters.find((t) => segments(t).length === parts.length && segments(t).every((s, i) => s.startsWith('[') || s === parts[i]));
		if (!template) throw new Error(`No template in src/pages renders the built page /${path}/`);
		found.get(template)!.push(path);
	}
	return found;
}

export const ARTICLE_TEMPLATE = '[slug]/index.astro';
export const SHARE_TEMPLATE = '[slug]/s/[id]/index.astro';

/**
 * The pages a browser test opens where every page would repeat itself: one page of each template
 * and every article page (pages of a template share their markup; an article's is its own).
 * As addresses: `/`, `/kyiv-security-compact/`.
 */
export function samplePages(byTemplate = pagesByTemplate()): string[] {
	return [...byTemplate].flatMap(([template, pages]) => (template === ARTICLE_TEMPLATE ? pages : pages.slice(0, 1))).map((path) => (path ? `/${path}/` : '/'));
}
