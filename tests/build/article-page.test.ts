import { describe, expect, it } from 'vitest';
import { ARTICLES, citations, speakerOf } from '../content';
import { byId, fold, labelOf, originalTextOf, page } from './site';

for (const article of ARTICLES) {
	const { slug, frontmatter } = article;

	describe(`the article page /${slug}/`, () => {
		const $ = page(slug);
		const text = originalTextOf($);

		it('shows the date of publication as its dateline', () => {
			expect($('.dateline time').attr('datetime')).toBe(frontmatter.published);
		});

		it('lists in its table of contents exactly the sections of the text, in order', () => {
			const toc = $('.toc-sections a')
				.map((_, a) => ({ href: $(a).attr('href'), title: fold($(a).text()) }))
				.get();
			const headings = $('.article-body section > h2')
				.map((_, h) => ({ href: `#${$(h).attr('id')}`, title: labelOf($, h) }))
				.get();
			const sections = article.sections.map((s) => ({ href: `#${s.id}`, title: s.title }));
			expect(toc).toEqual(sections);
			expect(headings).toEqual(sections);
		});

		it('shows every quotation of the quote panel in the article’s words (a long one by its first words)', () => {
			const quotes = $('.quote-card blockquote').map((_, q) => fold($(q).text()).replace(/…$/, '')).get();
			expect(quotes.length).toBe(article.quotes.length);
			for (const quote of quotes) expect(text).toContain(quote);
		});

		it('attributes every quotation in the text to its speaker and date, beside the text and not inside it', () => {
			expect($('.article-body span.quote, .article-body figure.quote').length).toBe(article.quotes.length);
			for (const quote of article.quotes) {
				const beside = $('.article-body .margin .attribution').filter((_, p) => $(p).attr('data-quotes')!.split(' ').includes(quote.id));
				expect(beside.length, quote.id).toBe(1);
				expect(byId($, quote.id).closest('p, figure').find('.attribution').length, quote.id).toBe(0);
				const attribution = labelOf($, beside[0]);
				expect(attribution, quote.id).toMatch(/, (\d{1,2} \w{3} \d{4}|\w+ \d{4}|\d{4}|date not known)/);
				expect(attribution.startsWith(`${speakerOf(article, quote)?.name}, `), `${quote.id}: ${attribution}`).toBe(true);
			}
		});

		it('opens with every citation, in place, an entry of the source list', () => {
			const links = $('.article-body .cite button');
			expect(links.length).toBe(citations(article).length);
			links.each((_, button) => {
				const entry = byId($, $(button).attr('popovertarget')!);
				expect(entry.parent('.source-list').length, $(button).attr('popovertarget')).toBe(1);
				expect(entry.attr('popover'), $(button).attr('popovertarget')).toBe('');
			});
		});

		it('loads scripts from the site only, and no embed', () => {
			$('script[src]').each((_, script) => expect($(script).attr('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/));
			expect($('iframe').length).toBe(0);
		});
	});
}

describe('the Kyiv article page', () => {
	const $ = page('kyiv-security-compact');
	const text = originalTextOf($);

	it('keeps the article’s own spelling, "Kiev" included', () => {
		expect(text).toContain('Kiev officials stressed');
		expect(text).toContain('pumping of the Kiev regime');
	});

	it('writes its dateline out in words', () => {
		expect(fold($('.dateline').text())).toContain('14 September 2022');
	});

	it('says the image is missing instead of showing one, and keeps its caption', () => {
		expect($('.article-body img').length).toBe(0);
		expect(fold($('#fig-medvedev figcaption').text())).toBe('Dmitry Medvedev, via Shutterstock');
		expect($('#fig-medvedev .figure-placeholder').text()).toMatch(/not reproduced/);
	});

	it('shows the tweet as a static quotation with its author and date', () => {
		expect(fold($('#q-pancevski-tweet figcaption').text())).toContain('— Bojan Pancevski (@bopanc) September 13, 2022');
	});
});

