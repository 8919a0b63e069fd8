import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, TMP as SCRATCH } from './astro-build';
import { ARTICLES, CONTENT, SLUGS } from '../content';
import { builtPages, idsIn } from './site';

/**
 * The site's articles built as a deployment under a base path, one of them with hostile input
 * (a summary holding markup, a long Cyrillic heading): what readers and machines receive must
 * resolve under the base, and say exactly what the author wrote. One build for both.
 */
const TMP = join(SCRATCH, 'base-path');
const OUT = join(TMP, 'dist');
const BASE = '/analysis/';
const slug = readdirSync(CONTENT).find((name) => existsSync(join(CONTENT, name, 'index.md')))!;
const HOSTILE = 'Status: <draft> & </description></item><script>alert(1)</script> "quoted" done.';
/** A plausible long heading in Cyrillic, over 150 characters: its id becomes a file name. */
const LONG_HEADING = 'Гарантии безопасности для Украины и реакция Кремля на предложение рабочей группы во главе с Ермаком и Расмуссеном о новом союзе вместо скорого членства в НАТО';

/** A built file for a site address under the base path, or undefined when there is none. */
function fileFor(address: string): string | undefined {
	const [pathname] = decodeURIComponent(address).split('#');
	const file = join(OUT, pathname!.slice(BASE.length), pathname!.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? file : undefined;
}

let pages: string[] = [];
beforeAll(async () => {
	const content = join(TMP, 'content');
	rmSync(TMP, { recursive: true, force: true });
	cpSync(CONTENT, content, { recursive: true });
	const index = join(content, slug, 'index.md');
	const text = readFileSync(index, 'utf8');
	const changed = `${text.replace(/^summary: >-\n/m, `summary: >-\n  ${HOSTILE}\n`).trimEnd()}\n\n## ${LONG_HEADING}\n\nA paragraph.\n`;
	expect(changed).not.toBe(text);
	writeFileSync(index, changed);
	// The new paragraph is the article's too, and the copy is not yet published: nothing to record.
	writeFileSync(join(content, slug, 'original.txt'), `${readFileSync(join(content, slug, 'original.txt'), 'utf8').trimEnd()}\n\nA paragraph.\n`);
	writeFileSync(join(content, slug, 'anchors.json'), JSON.stringify({ published: [], aliases: {} }));
	const { status, output } = await astroBuild(OUT, { CONTENT_DIR: content, BASE_PATH: BASE });
	expect(status, output).toBe(0);
	pages = builtPages(OUT);
}, BUILD_TIMEOUT);

describe('a build served under a base path', () => {
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
				if (fragment && file.endsWith('.html') && !idsIn(file).has(decodeURIComponent(fragment))) broken.push(`/${path}: ${address}`);
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

describe('a summary holding markup and a long Cyrillic heading', () => {
	it('reads as the same text in a feed reader, which takes <description> as HTML', () => {
		const items = [new XMLParser({ processEntities: true, htmlEntities: false }).parse(readFileSync(join(OUT, 'rss.xml'), 'utf8')).rss.channel.item].flat();
		expect(items.length).toBe(SLUGS.length);
		const item = items.find((entry: { link: string }) => entry.link.endsWith(`${BASE}${slug}/`));
		const $ = cheerio.load(`<body>${String(item.description)}</body>`);
		expect($('body').children().length).toBe(0);
		expect($('body').text().startsWith(HOSTILE)).toBe(true);
	});

	it('builds the share page of a section with a 150-character Cyrillic heading under a shortened id', () => {
		const $ = cheerio.load(readFileSync(join(OUT, slug, 'index.html'), 'utf8'));
		const heading = $('h2').filter((_, h2) => $(h2).text().includes(LONG_HEADING));
		expect(heading.length).toBe(1);
		const id = heading.attr('id')!;
		expect([...id].length).toBeLessThanOrEqual(64);
		expect(existsSync(join(OUT, slug, 's', id, 'index.html'))).toBe(true);
	});
});
