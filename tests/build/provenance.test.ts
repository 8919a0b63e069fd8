import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { citations, CONTENT, contentArticles, speakerOf, type ContentArticle } from '../content';
import { byId, DIST, FIXTURE_DIST, FIXTURES, fold } from './site';

/** The site's own articles, and the small test articles built as a site of their own: the rule holds for any article. */
const sites = [
	{ name: 'content/', articles: contentArticles(CONTENT), dist: DIST },
	{ name: 'tests/fixtures/pipeline/', articles: contentArticles(FIXTURES), dist: FIXTURE_DIST },
];

/** Whether an element is or holds a link to `href`, or a button that opens in place the element `href` names, or one whose preview holds such a link. */
function linksTo($: cheerio.CheerioAPI, element: cheerio.Cheerio<any>, href: string): boolean {
	const controls = element.find('a, button').addBack('a, button');
	return controls.toArray().some((control) => {
		if ($(control).attr('href') === href) return true;
		const preview = $(control).attr('popovertarget');
		return preview !== undefined && (`#${preview}` === href || byId($, preview).find(`a[href="${href}"]`).length > 0);
	});
}

/** What cites each source, counted from the markdown and the frontmatter. */
function expectedPlaces(article: ContentArticle) {
	const { sources = [], events = [], glosses = [] } = article.frontmatter;
	const cited = citations(article);
	return sources.map(({ id }) => ({
		id,
		cites: cited.filter((source) => source === id).length,
		quotes: article.quotes.filter((quote) => quote.sources.includes(id)).map((quote) => quote.id),
		events: events.filter((event) => event.sources?.includes(id)),
		glosses: glosses.filter((gloss) => gloss.sources?.includes(id)),
	}));
}

describe.each(sites)('provenance on every article of $name', ({ articles, dist }) => {
	it('has articles to check', () => expect(articles.length).toBeGreaterThan(0));

	describe.each(articles.map((article) => [article.slug, article] as const))('%s', (slug, article) => {
		const load = () => cheerio.load(readFileSync(join(dist, slug, 'index.html'), 'utf8'));

		it('links every source entry to every place that cites it, and every such place back to the source', () => {
			const $ = load();
			const expected = expectedPlaces(article);
			const total = expected.reduce((sum, s) => sum + s.cites + s.quotes.length + s.events.length + s.glosses.length, 0);
			// The guard: at least every :cite of the body and every source of an event is counted.
			expect(total).toBeGreaterThanOrEqual(citations(article).length + (article.frontmatter.events ?? []).reduce((n, e) => n + (e.sources?.length ?? 0), 0));
			expect(total).toBeGreaterThan(0);
			let checked = 0;
			for (const source of expected) {
				const href = `#src-${source.id}`;
				const links = byId($, `src-${source.id}`).find('.cited-by a');
				expect(links.length, source.id).toBe(source.cites + source.quotes.length + source.events.length + source.glosses.length);
				const targets = links.map((_, a) => byId($, $(a).attr('href')!.slice(1))).get().map((element) => $(element));
				for (const target of targets) {
					expect(target.length, `${source.id}: ${target.attr('id')}`).toBe(1);
					expect(linksTo($, target, href), `${target.attr('id')} links to ${href}`).toBe(true);
					checked += 1;
				}
				const citing = targets.filter((t) => t.closest('.article-body .cite').length === 1);
				expect(citing.length, `${source.id}: citations in the text`).toBe(source.cites);
				for (const quote of source.quotes) expect(targets.filter((t) => t.attr('id') === quote || t.find(`a[href="#${quote}"]`).length > 0).length, `${source.id}: ${quote}`).toBe(1);
				for (const event of source.events) {
					const link = links.filter((_, a) => $(a).attr('href') === `#${event.id}`);
					expect(link.length, `${source.id}: ${event.id}`).toBe(1);
					expect(fold(link.text())).toMatch(new RegExp(`^timeline: .*${String(event.date).slice(0, 4)}$`));
				}
				for (const gloss of source.glosses) {
					const link = links.filter((_, a) => fold($(a).text()) === `gloss: ${gloss.term}`);
					expect(link.length, `${source.id}: ${gloss.id}`).toBe(1);
					expect(fold(byId($, $(link).attr('href')!.slice(1)).text())).toContain(gloss.term);
				}
			}
			expect(checked).toBe(total);
		});

		it('sums up the sources in a trust line whose figures are the source list’s, and lists what rests on unlocated sources', () => {
			const $ = load();
			const { sources = [] } = article.frontmatter;
			const entries = $('.source-list > li');
			expect(entries.length).toBe(sources.length);
			const listed = (label: string) => entries.filter((_, li) => fold($(li).find('.status').text()).replace(/^[^\p{L}]+/u, '') === label).length;
			const summary = fold($('.trust summary').text());
			const figure = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(summary)?.[1] ?? 0);
			expect(figure('sources?')).toBe(sources.length);
			for (const [status, label] of [['verified', 'Verified'], ['partial', 'Partly verified'], ['not-located', 'Not located']] as const) {
				const count = sources.filter((source) => source.status === status).length;
				expect(listed(label), label).toBe(count);
				expect(figure(label.toLowerCase()), label).toBe(count);
			}
			const unlocated = sources.filter((source) => source.status === 'not-located');
			expect($('.trust-unlocated > li')).toHaveLength(unlocated.length);
			for (const source of unlocated) {
				const item = $('.trust-unlocated > li').filter((_, li) => $(li).find(`a[href="#src-${source.id}"]`).length === 1);
				expect(item.length, source.id).toBe(1);
				const places = byId($, `src-${source.id}`).find('.cited-by a').map((_, a) => $(a).attr('href')).get();
				expect(item.find('a').map((_, a) => $(a).attr('href')).get().slice(1)).toEqual(places);
			}
		});

		it('lists on each speaker’s page the sources of each of their quotes, linked to the article’s source list', () => {
			expect(article.quotes.length).toBeGreaterThan(0);
			for (const quote of article.quotes) {
				const person = cheerio.load(readFileSync(join(dist, 'people', speakerOf(article, quote)!.id, 'index.html'), 'utf8'));
				const card = person('.quote-card').filter((_, li) => person(li).find(`a[href$="/${slug}/#${quote.id}"]`).length === 1);
				expect(card.length, quote.id).toBe(1);
				const links = card.find('.source-refs a').map((_, a) => person(a).attr('href')).get();
				expect(links, quote.id).toEqual(quote.sources.map((id) => `/${slug}/#src-${id}`));
			}
		});

		it('lists on the site-wide timeline the sources this article gives for each event, linked to its source list', () => {
			const timeline = cheerio.load(readFileSync(join(dist, 'timeline', 'index.html'), 'utf8'));
			const events = article.frontmatter.events ?? [];
			expect(timeline('.site-timeline > li').length).toBeGreaterThanOrEqual(events.length);
			for (const event of events) {
				const place = byId(timeline, event.id).find('.discussed-in > li').filter((_, li) => timeline(li).find(`a[href="/${slug}/#${event.id}"]`).length === 1);
				expect(place.length, event.id).toBe(1);
				const links = place.find('.source-refs a').map((_, a) => timeline(a).attr('href')).get();
				expect(links, event.id).toEqual((event.sources ?? []).map((id) => `/${slug}/#src-${id}`));
			}
		});
	});
});
