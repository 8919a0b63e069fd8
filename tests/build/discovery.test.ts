import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { builtPages, byId, DIST, page } from './site';

const SITE = 'https://annotated-news.example';
const SLUG = 'kyiv-security-compact';
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
const xml = (file: string) => {
	expect(SyntaxValidator.validate(read(file))).toBe(true);
	return new XMLParser().parse(read(file));
};

describe('the feed, sitemap and robots.txt', () => {
	it('has a valid RSS feed carrying the article', () => {
		const item = xml('rss.xml').rss.channel.item;
		expect(item.title).toBe("'Prologue To 3rd World War': Kremlin Reacts To Security Guarantees For Ukraine");
		expect(item.link).toBe(`${SITE}/${SLUG}/`);
		expect(new Date(item.pubDate).getFullYear()).toBe(2022);
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

describe('structured data', () => {
	const $ = page(SLUG);
	const graph: { '@type': string; '@id': string; [key: string]: unknown }[] = $('script[type="application/ld+json"]')
		.map((_, script) => JSON.parse($(script).text())['@graph'])
		.get();
	const onPage = (id: string) => byId($, new URL(id).hash.slice(1)).length === 1;

	it('describes the article as a NewsArticle whose parts are its sections, at their anchors', () => {
		const article = graph.find((node) => node['@type'] === 'NewsArticle')!;
		expect(article['@id']).toBe(`${SITE}/${SLUG}/`);
		const parts = article.hasPart as { '@id': string }[];
		expect(parts.map((part) => part['@id'])).toEqual($('.article-body section > h2').map((_, h) => `${SITE}/${SLUG}/#${$(h).attr('id')}`).get());
		expect((article.citation as unknown[]).length).toBeGreaterThan(20);
		for (const mention of article.mentions as { '@id': string }[]) expect(onPage(mention['@id']), mention['@id']).toBe(true);
	});

	it('has a Quotation for every quote and an Event for every event, each at its anchor', () => {
		const quotes = graph.filter((node) => node['@type'] === 'Quotation');
		const events = graph.filter((node) => node['@type'] === 'Event');
		expect(quotes.length).toBe($('.quote-card').length);
		expect(events.length).toBe($('.timeline-event').length);
		for (const node of [...quotes, ...events]) expect(onPage(node['@id']), node['@id']).toBe(true);
		const prologue = quotes.find((q) => q['@id'].endsWith('#q-medvedev-prologue'))!;
		expect(prologue).toMatchObject({ spokenByCharacter: { '@id': `${SITE}/${SLUG}/#person-medvedev` }, dateCreated: '2022-09-13', inLanguage: 'en' });
	});
});

describe('previews on every page', () => {
	for (const path of builtPages()) {
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
	it('lists the article on the home page with its date and reading time', () => {
		const $ = page('');
		expect($('.article-list li').text()).toMatch(/14 September 2022 · \d+ min read/);
	});

	it('has a page per person with every quote of theirs, linked in context', () => {
		const $ = page('people/medvedev');
		expect($('h1').text()).toBe('Dmitry Medvedev');
		const links = $('.quote-context a').map((_, a) => $(a).attr('href')).get();
		expect(links.length).toBe(page(SLUG)('#speaker-medvedev').parent().find('.quote-card').length);
		for (const link of links) expect(link).toMatch(new RegExp(`^/${SLUG}/#q-medvedev-`));
	});

	it('lists every section, quote and event on the contents page, for readers without JavaScript', () => {
		const article = page(SLUG);
		const hrefs = page('contents')('a').map((_, a) => page('contents')(a).attr('href')).get();
		const ids = [...article('.article-body section > h2').map((_, h) => article(h).attr('id')).get(), ...article('.quote-card').map((_, c) => article(c).attr('id')!.replace(/^panel-/, '')).get(), ...article('.timeline-event').map((_, e) => article(e).attr('id')).get()];
		for (const id of ids) expect(hrefs, id).toContain(`/${SLUG}/#${id}`);
	});

	it('ships a search index', () => {
		expect(read('pagefind/pagefind.js').length).toBeGreaterThan(1000);
	});
});
