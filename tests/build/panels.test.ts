import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/pipeline';
import { readArticle } from '../../src/lib/read-article';
import type { Article } from '../../src/schemas/article';
import { byId, fold, labelOf, originalTextOf, page } from './site';

const $ = page('kyiv-security-compact');
let article: Article;

beforeAll(async () => {
	const path = join(import.meta.dirname, '..', '..', 'content', 'kyiv-security-compact', 'index.md');
	article = (await renderArticle({ text: await readArticle(path), path })).data;
});

describe('the timeline', () => {
	const items = $('.timeline-event');

	it('lists every event of the article, in chronological order', () => {
		const dates = items.map((_, li) => $(li).find('.event-date time').attr('datetime')).get();
		expect(dates).toHaveLength(article.events.length);
		expect(dates).toEqual([...dates].sort());
	});

	it('shows each event with the date and title of the article’s data', () => {
		items.each((_, li) => {
			const event = article.events.find((e) => e.id === $(li).attr('id'));
			expect(event, $(li).attr('id')).toBeDefined();
			expect($(li).find('.event-date time').attr('datetime')).toBe(event!.date);
			expect(labelOf($, $(li).find('.event-title'))).toBe(event!.title);
		});
	});

	it('holds the events the fact sheet requires', () => {
		const dates = items.map((_, li) => $(li).find('.event-date time').attr('datetime')).get();
		for (const date of ['1949-04-04', '2014-03-16', '2014-03-18', '2014-04', '2022-02-24', '2022-09-06', '2022-09-08', '2022-09-10', '2022-09-13', '2022-09-14', '2022-09-21', '2022-09-30', '2023-07-12', '2024-01-12', '2024-06-13', '2024-07-11']) {
			expect(dates).toContain(date);
		}
	});

	it('splits before from after at the article’s publication, and says how far each event lies from it', () => {
		const list = $('.timeline-list > li');
		const marker = list.index($('#publication'));
		list.each((index, li) => {
			if (index === marker) return;
			const distance = $(li).find('.event-distance').text();
			expect(distance, $(li).attr('id')).toMatch(index < marker ? /before publication$/ : /(after|the day of) publication$/);
		});
		expect(fold($('#publication').text())).toContain('14 September 2022');
	});

	it('says where the sources disagree on a date', () => {
		expect(fold($('#e-2022-09-06-kharkiv-counteroffensive .event-date-note').text())).toContain('7 September');
	});
});

describe('links between the text and the panels', () => {
	it('links every event mentioned in the text, through its preview, to the timeline and back', () => {
		const refs = $('.article-body button.event-ref');
		expect(refs.length).toBeGreaterThanOrEqual(4);
		refs.each((_, a) => {
			const preview = byId($, $(a).attr('popovertarget')!);
			const entry = byId($, preview.find('.preview-more a').attr('href')!.slice(1));
			expect(entry.hasClass('timeline-event')).toBe(true);
			expect(entry.find(`.backlinks a[href="#${$(a).attr('id')}"]`).length).toBe(1);
		});
	});

	it('links every citation to its source and back', () => {
		$('.article-body .cite a').each((_, a) => {
			const entry = byId($, $(a).attr('href')!.slice(1));
			expect(entry.parent().hasClass('source-list')).toBe(true);
			expect(entry.find(`.cited-by a[href="#${$(a).attr('id')}"]`).length).toBe(1);
			expect(entry.index() + 1).toBe(Number(fold($(a).text()).replace(/\D/g, '')));
		});
	});

	it('links every quote to its entry in the quote panel and back', () => {
		expect($('.quote-card')).toHaveLength(article.quotes.length);
		for (const quote of article.quotes) {
			const inText = byId($, quote.id);
			const card = byId($, `panel-${quote.id}`);
			const attribution = $('.article-body .attribution').filter((_, p) => $(p).attr('data-quotes')!.split(' ').includes(quote.id));
			expect(attribution.length, quote.id).toBe(1);
			expect(attribution.find(`a[href^="#panel-"]`).length, quote.id).toBe(1);
			expect(inText.find('[data-editorial]').length, quote.id).toBe(0);
			expect(card.find(`.quote-context a[href="#${quote.id}"]:not(.link-control)`).length, quote.id).toBe(1);
			expect(fold(card.find('blockquote').text())).toBe(fold(quote.text));
		}
	});

	it('keeps every quote’s words in the article’s text', () => {
		const text = originalTextOf($);
		for (const quote of article.quotes) expect(text).toContain(fold(quote.text));
	});

	it('groups the quotes by speaker, with each speaker’s role', () => {
		const speakers = $('.quote-panel .speaker h3').map((_, h) => fold($(h).text())).get();
		expect(speakers).toEqual(['Newsweek', 'Dmitry Medvedev', 'Bojan Pancevski']);
		expect($('.quote-panel .speaker-role').first().text()).toBe('US news magazine');
	});
});

describe('the source list', () => {
	it('lists every source once', () => {
		expect($('.source-list > li')).toHaveLength(article.sources.length);
	});

	it('gives no address for a source that was not located, and says so', () => {
		for (const source of article.sources.filter((s) => s.status === 'not-located')) {
			const entry = byId($, `src-${source.id}`);
			expect(entry.find('a[href^="http"]').length, source.id).toBe(0);
			expect(entry.text()).toMatch(/Not independently located/);
		}
		expect(article.sources.filter((s) => s.status === 'not-located').map((s) => s.id)).toEqual(expect.arrayContaining(['newsweek-ksc', 'pancevski-tweet', 'medvedev-telegram-post']));
	});

	it('links to no external address that the article’s data does not define', () => {
		const defined = new Set([article.original.url, ...article.sources.flatMap((s) => (s.url ? [s.url] : []))]);
		const external = $('a[href^="http"]').map((_, a) => $(a).attr('href')).get();
		expect(external.length).toBeGreaterThan(20);
		expect(external.filter((href) => !defined.has(href))).toEqual([]);
	});
});
