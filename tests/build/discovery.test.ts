import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { ARTICLES, SLUGS, speakerOf } from '../content';
import { builtPages, byId, DIST, page } from './site';

const SITE = 'https://annotated-news.example';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const xml = (file: string) => {
	expect(SyntaxValidator.validate(read(file)), file).toBe(true);
	return new XMLParser().parse(read(file));
};

describe('the feed, sitemap and robots.txt', () => {
	it('has a valid RSS feed carrying every article with its headline and date', () => {
		const items: { title: string; link: string; pubDate: string }[] = [xml('rss.xml').rss.channel.item].flat();
		expect(items.length).toBe(ARTICLES.length);
		for (const { slug, frontmatter } of ARTICLES) {
			const item = items.find((i) => i.link === `${SITE}/${slug}/`);
			expect(item?.title, slug).toBe(frontmatter.headline);
			expect(new Date(item!.pubDate).toISOString().slice(0, 10), slug).toBe(frontmatter.published);
		}
	});

	it('has a valid sitemap listing every page', () => {
		expect(xml('sitemap-index.xml').sitemapindex.sitemap.loc).toBe(`${SITE}/sitemap-0.xml`);
		const listed = [xml('sitemap-0.xml').urlset.url].flat().map((url: { loc: string }) => url.loc);
		expect(listed.sort()).toEqual(builtPages().map((path) => `${SITE}/${path ? `${path}/` : ''}`).sort());
	});

	it('points crawlers to the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
	});
});

for (const article of ARTICLES) {
	const { slug, frontmatter } = article;

	describe(`structured data of /${slug}/`, () => {
		const $ = page(slug);
		const graph: { '@type': string; '@id': string; [key: string]: unknown }[] = $('script[type="application/ld+json"]')
			.map((_, script) => JSON.parse($(script).text())['@graph'])
			.get();
		const onPage = (id: string) => byId($, new URL(id).hash.slice(1)).length === 1;

		it('describes the article as a NewsArticle whose parts are its sections, at their anchors', () => {
			const node = graph.find((n) => n['@type'] === 'NewsArticle')!;
			expect(node['@id']).toBe(`${SITE}/${slug}/`);
			expect((node.hasPart as { '@id': string }[]).map((part) => part['@id'])).toEqual(article.sections.map((s) => `${SITE}/${slug}/#${s.id}`));
			// Every source, with its address when it was located.
			const sources = frontmatter.sources ?? [];
			expect(node.citation).toHaveLength(sources.length);
			expect(node.citation).toEqual(expect.arrayContaining(sources.filter((s) => s.url).map((s) => expect.objectContaining({ url: s.url }))));
			const mentions = node.mentions as { '@id': string }[];
			expect(mentions.length).toBeGreaterThan(0);
			for (const mention of mentions) expect(onPage(mention['@id']), mention['@id']).toBe(true);
		});

		it('has a Quotation for every quote, by its speaker, and an Event for every event, each at its anchor', () => {
			const quotes = graph.filter((node) => node['@type'] === 'Quotation');
			const events = graph.filter((node) => node['@type'] === 'Event');
			expect(quotes.map((q) => q['@id'])).toEqual(article.quotes.map((q) => `${SITE}/${slug}/#${q.id}`));
			expect(events.map((e) => e['@id']).sort()).toEqual((frontmatter.events ?? []).map((e) => `${SITE}/${slug}/#${e.id}`).sort());
			for (const node of [...quotes, ...events]) expect(onPage(node['@id']), node['@id']).toBe(true);
			for (const quote of article.quotes) {
				const statement = frontmatter.statements?.find((s) => s.id === quote.statement);
				expect(quotes.find((q) => q['@id'].endsWith(`#${quote.id}`)), quote.id).toMatchObject({
					spokenByCharacter: { '@id': `${SITE}/${slug}/#person-${statement?.speaker}` },
					...(statement?.date && { dateCreated: String(statement.date) }),
				});
			}
		});
	});
}

describe('previews on every page', () => {
	const pages = builtPages();
	it('covers the home page and every article', () => expect(pages).toEqual(expect.arrayContaining(['', ...SLUGS])));

	for (const path of pages) {
		it(`/${path} has Open Graph and Twitter tags and a canonical address`, () => {
			const $ = page(path);
			const url = `${SITE}/${path ? `${path}/` : ''}`;
			expect($('link[rel="canonical"]').attr('href')).toBe(url);
			expect($('meta[property="og:url"]').attr('content')).toBe(url);
			for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name']) expect($(`meta[property="${key}"]`).attr('content'), key).toBeTruthy();
			expect($('meta[name="twitter:card"]').attr('content')).toMatch(/^summary/);
		});
	}
});

describe('navigation', () => {
	it('lists every article on the home page with its date and reading time', () => {
		const $ = page('');
		expect($('.article-list li').length).toBe(ARTICLES.length);
		for (const { slug, frontmatter } of ARTICLES) {
			const item = $(`.article-list li:has(a[href="/${slug}/"])`);
			expect(item.find('time').attr('datetime'), slug).toBe(frontmatter.published);
			expect(item.text()).toMatch(/ · \d+ min read/);
		}
	});

	it('has a page per person with every quote of theirs in every article, linked in context', () => {
		const people = new Set(ARTICLES.flatMap((article) => (article.frontmatter.people ?? []).map((person) => person.id)));
		expect(builtPages().filter((path) => path.startsWith('people/')).sort()).toEqual([...people].map((id) => `people/${id}`).sort());
		for (const id of people) {
			const $ = page(`people/${id}`);
			const quoted = ARTICLES.flatMap((article) => article.quotes.filter((quote) => speakerOf(article, quote)?.id === id).map((quote) => `/${article.slug}/#${quote.id}`));
			expect($('.quote-context a').map((_, a) => $(a).attr('href')).get(), id).toEqual(quoted);
		}
	});

	it('lists every section, quote and event on the contents page, for readers without JavaScript', () => {
		const contents = page('contents');
		const hrefs = contents('a').map((_, a) => contents(a).attr('href')).get();
		for (const article of ARTICLES) {
			const ids = [...article.sections.map((s) => s.id), ...article.quotes.map((q) => q.id), ...(article.frontmatter.events ?? []).map((e) => e.id)];
			expect(ids.length).toBeGreaterThan(article.sections.length);
			for (const id of ids) expect(hrefs, id).toContain(`/${article.slug}/#${id}`);
		}
	});

	it('ships a search index', () => {
		expect(read('pagefind/pagefind.js').length).toBeGreaterThan(1000);
	});
});
