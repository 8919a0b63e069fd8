import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { contentArticles, siteEntries } from '../content';
import { FIXTURE_DIST as OUT, FIXTURES, fold } from './site';

/**
 * What is site-wide, proven on the test articles (tests/fixtures/pipeline: three articles, two of
 * them the same text; "ada" is quoted in two different ones, and defined once in the site file
 * people.yml, which ferry-fares refers to by id), built by the set-up as `npm run build` builds.
 * An article that names a person of the site file otherwise is tested with the other author
 * errors (article-rules.test.ts).
 */
const articles = contentArticles(FIXTURES);
const load = (path: string) => cheerio.load(readFileSync(join(OUT, path, 'index.html'), 'utf8'));

describe('a site of several articles', () => {
	it('lists the articles newest first, alike on the home page, the contents page and the feed', () => {
		expect(articles.length).toBe(3);
		const newestFirst = ['ferry-fares', 'all-annotations', 'bom-crlf-nfd'];
		const $home = load('');
		expect($home('.article-list h2 a').map((_, a) => $home(a).attr('href')).get()).toEqual(newestFirst.map((slug) => `/${slug}/`));
		const $contents = load('contents');
		expect($contents('.plain-page > section > h2 a').map((_, a) => $contents(a).attr('href')).get()).toEqual(newestFirst.map((slug) => `/${slug}/`));
		const items = [new XMLParser().parse(readFileSync(join(OUT, 'rss.xml'), 'utf8')).rss.channel.item].flat();
		expect(items.map((item: { link: string }) => new URL(item.link).pathname)).toEqual(newestFirst.map((slug) => `/${slug}/`));
	});

	it('has one page for a person quoted in two articles, listing the quotes of both', () => {
		const quoting = articles.filter((article) => article.quotes.some((quote) => article.frontmatter.statements?.find((s) => s.id === quote.statement)?.speaker === 'ada'));
		expect(quoting.length).toBe(3);
		const $ = load('people/ada');
		const inContext = $('.quote-context a').map((_, a) => $(a).attr('href')!.split('#')[0]).get();
		for (const article of quoting) expect(inContext).toContain(`/${article.slug}/`);
		// Her name is the site file's (ferry-fares writes only her id and role); her role is each article's.
		const defined = siteEntries(FIXTURES).people.find((person) => person.id === 'ada') as { name?: string } | undefined;
		expect(defined?.name).toBe('Ada Example');
		expect(fold($('h1').text())).toBe(defined?.name);
		const roles = $('.speaker-roles > li');
		expect(roles.length).toBe(quoting.length);
		for (const article of quoting) {
			const role = article.frontmatter.people!.find((person) => person.id === 'ada')!.role;
			const item = roles.filter((_, li) => $(li).children('a').attr('href') === `/${article.slug}/`);
			expect(item.length).toBe(1);
			expect(fold(item.text())).toBe(`${role} (${fold(item.children('a').text())})`);
		}
	});

	it('merges the events of every article on /timeline/, in date order, months and years after their known days', () => {
		const $ = load('timeline');
		const entries = $('.site-timeline > li');
		const events = new Set(articles.flatMap((article) => article.frontmatter.events?.map((event) => event.id) ?? []));
		expect(entries.length).toBe(events.size);
		expect(entries.map((_, li) => $(li).attr('id')).get()).toEqual(['e-2019-ferry-service', 'e-2019-founding', 'e-2020-05-16-meeting', 'e-2020-06-02-council-meeting', 'e-2020-06-fares-vote']);
		const vote = $('#e-2020-06-fares-vote');
		expect(vote.find('time').attr('datetime')).toBe('2020-06');
		expect(fold(vote.find('time').text())).toBe('June 2020');
		expect(fold($('#e-2019-founding time').text())).toBe('2019');
		expect($('#e-2020-05-16-meeting .discussed-in > li > a').map((_, a) => $(a).attr('href')).get()).toEqual(['/all-annotations/#e-2020-05-16-meeting', '/bom-crlf-nfd/#e-2020-05-16-meeting']);
	});
});

describe('an article without a byline', () => {
	it('shows no byline line, and does not call a byline that does not exist unverified', () => {
		const ferry = articles.find((article) => article.slug === 'ferry-fares')!;
		expect(ferry.frontmatter.original).not.toHaveProperty('byline');
		expect(ferry.frontmatter.original).not.toHaveProperty('bylineNote');
		const $ = load('ferry-fares');
		expect($('.byline-note').length).toBe(0);
		expect($('body').text()).not.toContain('Byline not verified');
	});
});
