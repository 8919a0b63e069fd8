import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, TMP } from './astro-build';
import { ARTICLES, SLUGS } from '../content';
import { builtPages } from './site';

const BASE = '/analysis/';
const OUT = join(TMP, 'base-path', 'dist');

/** A built file for a site address under the base path, or undefined when there is none. */
function fileFor(address: string): string | undefined {
	const [pathname] = decodeURIComponent(address).split('#');
	const file = join(OUT, pathname!.slice(BASE.length), pathname!.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? file : undefined;
}

describe('a build served under a base path', () => {
	let pages: string[] = [];
	beforeAll(async () => {
		const { status, output } = await astroBuild(OUT, { BASE_PATH: BASE });
		expect(status, output).toBe(0);
		pages = builtPages(OUT);
	}, BUILD_TIMEOUT);

	it('keeps every internal link, fragment, asset and preview image under the base, and each resolves', () => {
		const broken: string[] = [];
		for (const path of pages) {
			const $ = cheerio.load(readFileSync(join(OUT, path, 'index.html'), 'utf8'));
			const addresses = [
				...$('a[href^="/"], link[href^="/"]').map((_, e) => $(e).attr('href')!).get(),
				...$('script[src], img[src]').map((_, e) => $(e).attr('src')!).get(),
				...$('meta[property="og:image"], meta[property="og:url"], link[rel="canonical"]').map((_, e) => new URL($(e).attr('content') ?? $(e).attr('href')!).pathname).get(),
				...$('[data-bundle]').map((_, e) => $(e).attr('data-bundle')!).get(),
			];
			for (const address of addresses) {
				const file = address.startsWith(BASE) ? fileFor(address) : undefined;
				if (!file) {
					broken.push(`/${path}: ${address}`);
					continue;
				}
				const fragment = address.split('#')[1];
				if (fragment && file.endsWith('.html') && !cheerio.load(readFileSync(file, 'utf8'))(`[id="${decodeURIComponent(fragment)}"]`).length) broken.push(`/${path}: ${address}`);
			}
		}
		expect(pages).toEqual(expect.arrayContaining(['', ...SLUGS]));
		expect(broken).toEqual([]);
	});

	it('keeps share links relative to the article, so they hold under the base', () => {
		for (const { slug, sections, quotes } of ARTICLES) {
			const $ = cheerio.load(readFileSync(join(OUT, slug, 'index.html'), 'utf8'));
			// A control's share page is s/<its fragment>/ (src/lib/share-path.ts), beside the article.
			const shares = $('a.link-control').map((_, e) => `s/${decodeURIComponent($(e).attr('href')!.slice(1))}/`).get();
			expect(shares.length, slug).toBeGreaterThanOrEqual(sections.length + quotes.length);
			for (const share of shares) expect(fileFor(`${BASE}${slug}/${share}`), share).toBeDefined();
		}
	});

	it('writes _headers, the feed and robots.txt for the base', () => {
		expect(readFileSync(join(OUT, '_headers'), 'utf8')).toMatch(/^\/analysis\/\*\n/);
		for (const { slug } of ARTICLES) {
			expect(readFileSync(join(OUT, '_headers'), 'utf8')).toContain(`\n/analysis/${slug}/\n`);
			expect(readFileSync(join(OUT, 'rss.xml'), 'utf8')).toContain(`<link>https://annotated-news.example/analysis/${slug}/</link>`);
		}
		expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toContain('Sitemap: https://annotated-news.example/analysis/sitemap-index.xml');
	});
});
