import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byId, fold, labelOf, originalTextOf, page } from './site';

const ARTICLE = 'kyiv-security-compact/';
const received = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'kyiv-security-compact', 'original.txt'), 'utf8');

/** The received file starts with a metadata field, " date 2022-09-14", before the article's first word. */
const [, receivedDate, receivedBody] = /^\s*date (\d{4}-\d{2}-\d{2})\s+([\s\S]*)$/.exec(received)!;
const paragraphs = receivedBody.split(/\n\s*\n/).map(fold).filter(Boolean);

describe('the article page', () => {
	const $ = page(ARTICLE);
	const text = originalTextOf($);

	it('carries every paragraph of the text as received, word for word and in order', () => {
		expect(paragraphs.length).toBe(12);
		let from = 0;
		for (const paragraph of paragraphs) {
			const at = text.indexOf(paragraph, from);
			if (at < 0) {
				// Name the first sentence that is missing, so a failure says where to look.
				const missing = paragraph.split(/(?<=[.!?:"”])\s+/).find((sentence) => !text.includes(sentence));
				expect.fail(`not on the page, or out of order: "${missing ?? paragraph}"`);
			}
			from = at + paragraph.length;
		}
	});

	it('keeps the article’s own spelling, "Kiev" included', () => {
		expect(text).toContain('Kiev officials stressed');
		expect(text).toContain('pumping of the Kiev regime');
	});

	it('shows the date of the received text as its dateline', () => {
		expect($('.dateline time').attr('datetime')).toBe(receivedDate);
		expect(fold($('.dateline').text())).toContain('14 September 2022');
	});

	it('lists in its table of contents exactly the sections of the body, in order', () => {
		const toc = $('.toc-sections a')
			.map((_, a) => ({ href: $(a).attr('href'), title: fold($(a).text()) }))
			.get();
		const sections = $('.article-body section > h2')
			.map((_, h) => ({ href: `#${$(h).attr('id')}`, title: labelOf($, h) }))
			.get();
		expect(sections.length).toBeGreaterThan(2);
		expect(toc).toEqual(sections);
	});

	it('shows every quotation of the quote panel in the article’s words', () => {
		const quotes = $('.quote-card blockquote').map((_, q) => fold($(q).text())).get();
		expect(quotes.length).toBeGreaterThanOrEqual(10);
		for (const quote of quotes) expect(text).toContain(quote);
	});

	it('attributes every quotation in the text to its speaker and date, beside the text and not inside it', () => {
		const quotes = $('.article-body span.quote, .article-body figure.quote');
		expect(quotes.length).toBeGreaterThanOrEqual(10);
		quotes.each((_, quote) => {
			const id = $(quote).attr('id')!;
			const attribution = $('.article-body .margin .attribution').filter((_, p) => $(p).attr('data-quotes')!.split(' ').includes(id));
			expect(labelOf($, attribution[0]), id).toMatch(/^(Dmitry Medvedev|Newsweek|Bojan Pancevski), .+, (\d{1,2} \w{3} \d{4}|date not known)$/);
			expect($(quote).closest('p, figure').find('.attribution, [data-editorial]:not(.link-control)').length, id).toBe(0);
		});
	});

	it('links every citation to an entry of the source list', () => {
		const citations = $('.article-body .cite a');
		expect(citations.length).toBeGreaterThan(10);
		citations.each((_, link) => {
			const target = $(link).attr('href')!.slice(1);
			expect(byId($, target).closest('.source-list').length, target).toBe(1);
		});
	});

	it('says the image is missing instead of showing one, and keeps its caption', () => {
		expect($('.article-body img').length).toBe(0);
		expect(fold($('#fig-medvedev figcaption').text())).toBe('Dmitry Medvedev, via Shutterstock');
		expect($('#fig-medvedev .figure-placeholder').text()).toMatch(/not reproduced/);
	});

	it('shows the tweet as a static quotation with its author and date, and loads no embed', () => {
		expect(fold($('#q-pancevski-tweet figcaption').text())).toContain('— Bojan Pancevski (@bopanc) September 13, 2022');
		$('script[src]').each((_, script) => expect($(script).attr('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/));
		expect($('iframe').length).toBe(0);
	});
});

describe('the home page', () => {
	it('links to the article', () => {
		const $ = page('');
		expect($(`a[href="/${ARTICLE}"]`).length).toBe(1);
	});
});
