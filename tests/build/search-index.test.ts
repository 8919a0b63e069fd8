import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { ARTICLES, CONTENT, contentArticles, type ContentArticle } from '../content';
import { REPEATS } from '../../src/integrations/search-index';
import { DIST, FIXTURE_DIST, FIXTURES, fold } from './site';

/** The text Pagefind indexed for each page of a built site, by the page's path: its fragments, gzipped JSON after a signature. */
function indexedText(dist: string): Map<string, string> {
	const folder = join(dist, 'pagefind', 'fragment');
	const texts = new Map<string, string>();
	for (const name of readdirSync(folder)) {
		const raw = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
		const { url, content } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
		texts.set(url, fold(content));
	}
	return texts;
}

/** Every word an article can show, as written: its index.md (the text of its markdown, frontmatter included) and the site files beside it. */
function writtenText(folder: string, slug: string): string {
	const markdown = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).parse(readFileSync(join(folder, slug, 'index.md'), 'utf8'));
	const siteFiles = readdirSync(folder).filter((name) => name.endsWith('.yml'));
	return fold([toString(markdown, { includeHtml: false }), ...siteFiles.map((name) => readFileSync(join(folder, name), 'utf8'))].join('\n'));
}

const count = (text: string, words: string) => text.split(words).length - 1;

/** A quote's words, or the first of a long one, up to about 30 characters, cut after a whole word: what a list of quotes shows of it too. */
const opening = (text: string) => (text.length <= 30 ? text : text.slice(0, 30).replace(/\s+\S*$/, ''));

describe.each([
	{ site: 'the site', dist: DIST, folder: CONTENT, articles: ARTICLES },
	{ site: 'the test articles', dist: FIXTURE_DIST, folder: FIXTURES, articles: contentArticles(FIXTURES) },
])('the search index of $site', ({ dist, folder, articles }: { dist: string; folder: string; articles: ContentArticle[] }) => {
	const texts = existsSync(join(dist, 'pagefind')) ? indexedText(dist) : new Map<string, string>();

	it('leaves out parts that its article pages have: a renamed class would put its repeats back in the index unnoticed', () => {
		expect(REPEATS.length).toBeGreaterThan(0);
		const pages = articles.map(({ slug }) => load(readFileSync(join(dist, slug, 'index.html'), 'utf8')));
		for (const selector of REPEATS) expect(pages.filter(($) => $(`[data-pagefind-body] ${selector}`).length > 0).length, selector).toBeGreaterThan(0);
	});

	it('indexes every article page and nothing else', () => {
		expect([...texts.keys()].sort()).toEqual(articles.map(({ slug }) => `/${slug}/`).sort());
	});

	it("finds each quote where it stands, not again in the page's list of quotes or its links back", () => {
		let checked = 0;
		for (const article of articles) {
			const indexed = texts.get(`/${article.slug}/`) ?? '';
			const written = writtenText(folder, article.slug);
			for (const quote of article.quotes) {
				const words = opening(fold(quote.text));
				// As often as the files say it (the text, and our notes or a source's summary that quote it), never once more for the panel or a "cited by" label.
				expect(count(indexed, words), `${article.slug}#${quote.id}: "${words}"`).toBeGreaterThan(0);
				expect(count(indexed, words), `${article.slug}#${quote.id}: "${words}"`).toBeLessThanOrEqual(count(written, words));
				checked++;
			}
		}
		expect(checked).toBe(articles.reduce((sum, article) => sum + article.quotes.length, 0));
		expect(checked).toBeGreaterThan(0);
	});

	it('finds each section title in its heading, not again in the contents, an "in context" link or a link back', () => {
		let checked = 0;
		for (const article of articles) {
			const indexed = texts.get(`/${article.slug}/`) ?? '';
			const written = writtenText(folder, article.slug);
			for (const { id, title } of article.sections) {
				expect(count(indexed, title), `${article.slug}#${id}: "${title}"`).toBeGreaterThan(0);
				expect(count(indexed, title), `${article.slug}#${id}: "${title}"`).toBeLessThanOrEqual(count(written, title));
				checked++;
			}
		}
		expect(checked).toBe(articles.reduce((sum, article) => sum + article.sections.length, 0));
		expect(checked).toBeGreaterThan(0);
	});
});
