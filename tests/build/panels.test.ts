import { describe, expect, it } from 'vitest';
import { ARTICLES, citations, references, speakerOf } from '../content';
import { byId, fold, isFirstWordsOf, labelOf, originalTextOf, page } from './site';

for (const article of ARTICLES) {
	const { slug, frontmatter } = article;
	const events = frontmatter.events ?? [];
	const sources = frontmatter.sources ?? [];
	const $ = page(slug);

	describe(`/${slug}/: the timeline`, () => {
		const items = $('.timeline-event');

		it('lists every event of the frontmatter, in chronological order', () => {
			const dates = items.map((_, li) => $(li).find('time.event-date').attr('datetime')).get();
			expect(items.map((_, li) => $(li).attr('id')).get().sort()).toEqual(events.map((e) => e.id).sort());
			expect(dates).toEqual([...dates].sort());
		});

		it('shows each event with the date and title the frontmatter gives it', () => {
			expect(items.length).toBe(events.length);
			for (const event of events) {
				const li = byId($, event.id);
				expect(li.find('time.event-date').attr('datetime'), event.id).toBe(String(event.date));
				expect(labelOf($, li.find('.event-title')), event.id).toBe(event.title);
			}
		});

		it('splits before from after at the article’s publication, and says how far each event lies from it', () => {
			const list = $('.timeline-list > li');
			expect(list.length).toBe(events.length + 1);
			const marker = list.index($('#publication'));
			list.each((index, li) => {
				if (index === marker) return;
				const distance = $(li).find('.event-distance').text();
				expect(distance, $(li).attr('id')).toMatch(index < marker ? /before publication$/ : /(after|the day of) publication$/);
			});
			expect($('#publication time').attr('datetime')).toBe(frontmatter.published);
		});
	});

	describe(`/${slug}/: links between the text and the panels`, () => {
		it('links every event mentioned in the text to its timeline entry, which opens in place, and back', () => {
			const refs = $('.article-body button.event-ref');
			expect(refs.length).toBe(references(article, 'event').length);
			refs.each((_, a) => {
				const entry = byId($, $(a).attr('popovertarget')!);
				expect(entry.hasClass('timeline-event')).toBe(true);
				expect(entry.attr('popover')).toBe('');
				expect(entry.find(`.backlinks a[href="#${$(a).attr('id')}"]`).length).toBe(1);
			});
		});

		it('links every citation to its source’s entry, which opens in place, and back, numbered by the source’s place in the list', () => {
			const links = $('.article-body .cite button');
			expect(links.length).toBe(citations(article).length);
			links.each((_, a) => {
				const entry = byId($, $(a).attr('popovertarget')!);
				expect(entry.parent().hasClass('source-list')).toBe(true);
				expect(entry.attr('popover')).toBe('');
				expect(entry.find(`.cited-by a[href="#${$(a).attr('id')}"]`).length).toBe(1);
				expect(entry.index() + 1).toBe(Number(fold($(a).text()).replace(/\D/g, '')));
			});
		});

		it('links every quote to its entry in the quote panel and back, in the article’s words', () => {
			expect($('.quote-card')).toHaveLength(article.quotes.length);
			for (const quote of article.quotes) {
				const card = byId($, `panel-${quote.id}`);
				const attribution = $('.article-body .attribution').filter((_, p) => $(p).attr('data-quotes')!.split(' ').includes(quote.id));
				expect(attribution.find(`a[href^="#panel-"]`).length, quote.id).toBe(1);
				expect(byId($, quote.id).find('[data-editorial]').length, quote.id).toBe(0);
				expect(card.find(`.quote-context a[href="#${quote.id}"]:not(.link-control)`).length, quote.id).toBe(1);
				expect(isFirstWordsOf(fold(card.find('blockquote').text()), quote.text), quote.id).toBe(true);
			}
		});

		it('describes each quoted statement once, and does not repeat a long quote in full beside the text', () => {
			const quoted = new Set(article.quotes.map((quote) => quote.statement));
			expect(quoted.size).toBeGreaterThan(0);
			const languages = $('.quote-panel .quote-language').map((_, p) => fold($(p).text())).get();
			expect(languages.sort()).toEqual((frontmatter.statements ?? []).filter((s) => quoted.has(s.id)).map((s) => s.language).sort());
			// A quote of three lines and more (about 200 characters) shows its first words only.
			const long = article.quotes.filter((quote) => quote.text.length > 200);
			for (const quote of long) expect(fold(byId($, `panel-${quote.id}`).find('blockquote').text()), quote.id).not.toBe(quote.text);
		});

		it('keeps every quote’s words in the article’s text', () => {
			const text = originalTextOf($);
			expect(article.quotes.length).toBe(article.directives.filter((d) => d.name === 'quote').length);
			for (const quote of article.quotes) expect(text).toContain(quote.text);
		});

		it('groups the quotes by speaker, in the order they first speak, with each speaker’s role', () => {
			const speakers = [...new Set(article.quotes.map((quote) => speakerOf(article, quote)))];
			expect(speakers.length).toBeGreaterThan(0);
			expect($('.quote-panel .speaker h3').map((_, h) => fold($(h).text())).get()).toEqual(speakers.map((speaker) => speaker?.name));
			expect($('.quote-panel .speaker-role').map((_, role) => fold($(role).text())).get()).toEqual(speakers.map((speaker) => speaker?.role));
		});
	});

	describe(`/${slug}/: the source list`, () => {
		it('lists every source of the frontmatter once', () => {
			expect($('.source-list > li').map((_, li) => $(li).attr('id')).get().sort()).toEqual(sources.map((s) => `src-${s.id}`).sort());
		});

		it('gives no address for a source that was not located, and says so', () => {
			const notLocated = sources.filter((s) => s.status === 'not-located');
			expect($('.source-list > li').filter((_, li) => /Not independently located/.test($(li).text())).length).toBe(notLocated.length);
			for (const source of notLocated) {
				const entry = byId($, `src-${source.id}`);
				expect(entry.find('a[href^="http"]').length, source.id).toBe(0);
				expect(entry.text()).toMatch(/Not independently located/);
			}
		});

		it('links to no external address that the frontmatter does not define', () => {
			const defined = new Set([frontmatter.original.url, ...sources.flatMap((s) => (s.url ? [s.url] : []))]);
			const external = $('a[href^="http"]').map((_, a) => $(a).attr('href')).get();
			expect(external.length).toBeGreaterThanOrEqual(sources.filter((s) => s.url).length);
			expect(external.filter((href) => !defined.has(href))).toEqual([]);
		});
	});
}

describe('/kyiv-security-compact/: what the fact sheet requires', () => {
	const $ = page('kyiv-security-compact');

	it('shows its long quotes in the quote panel by their first words', () => {
		const article = ARTICLES.find((a) => a.slug === 'kyiv-security-compact')!;
		const long = article.quotes.filter((quote) => quote.text.length > 200);
		expect(long.length).toBeGreaterThanOrEqual(3);
		for (const quote of long) expect(fold(byId($, `panel-${quote.id}`).find('blockquote').text()), quote.id).toMatch(/…$/);
	});

	it('holds the events of the fact sheet', () => {
		const dates = $('.timeline-event time.event-date').map((_, time) => $(time).attr('datetime')).get();
		for (const date of ['1949-04-04', '2014-03-16', '2014-03-18', '2014-04', '2022-02-24', '2022-09-06', '2022-09-08', '2022-09-10', '2022-09-13', '2022-09-14', '2022-09-21', '2022-09-30', '2023-07-12', '2024-01-12', '2024-06-13', '2024-07-11']) {
			expect(dates).toContain(date);
		}
	});

	it('says where the sources disagree on a date', () => {
		expect(fold($('#e-2022-09-06-kharkiv-counteroffensive .event-date-note').text())).toContain('7 September');
	});

	it('names the three sources that were not located', () => {
		for (const id of ['newsweek-ksc', 'pancevski-tweet', 'medvedev-telegram-post']) expect(byId($, `src-${id}`).text(), id).toMatch(/Not independently located/);
	});
});
