import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLES, shareable } from '../content';
import { byId, DIST, fold, page } from './site';

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const article of ARTICLES) {
	const { slug, anchors } = article;
	const $ = page(slug);
	const events = article.frontmatter.events ?? [];
	/** Sections, quotes and events: what has a share page of its own, with words its page must show. */
	const passages = [
		...article.sections.map((s) => ({ id: s.id, words: s.title })),
		...article.quotes.map((q) => ({ id: q.id, words: fold(q.text).slice(0, 40) })),
		...events.map((e) => ({ id: e.id, words: e.title })),
	];
	const shared = passages.map((passage) => passage.id);

	describe(`/${slug}/: ids that last`, () => {
		it('has every section, paragraph, quote and event recorded in anchors.json (run "npm run anchors" after adding some)', () => {
			const ids = shareable(article);
			expect(ids.length).toBeGreaterThan(article.sections.length);
			expect(ids.filter((id) => !anchors.published.includes(id))).toEqual([]);
		});
	});

	describe(`/${slug}/: link controls`, () => {
		it('give each section heading, quote and event a link to its fragment, with an accessible name', () => {
			const controls = $('a.link-control');
			// Every quote has one in the text (beside its attribution) and one on its card.
			expect(controls.length).toBe(article.sections.length + 2 * article.quotes.length + events.length);
			for (const section of article.sections) expect(byId($, section.id).find('a.link-control').attr('aria-label')).toBe(`Link to section: ${section.title}`);
			controls.each((_, a) => {
				expect($(a).attr('aria-label')).toMatch(/^Link to (section|quote|event): ./);
				expect(byId($, $(a).attr('href')!.slice(1)).length).toBe(1);
				// The share sheet's title is the passage share page's own.
				expect($(a).attr('data-title'), $(a).attr('href')).toBe(page(`${slug}/s/${$(a).attr('href')!.slice(1)}`)('meta[property="og:title"]').attr('content'));
			});
		});
	});

	describe(`/${slug}/: share pages`, () => {
		it('exist for every section, quote and event, with their own preview tags, showing the passage and the one link a person is taken on by', () => {
			expect(shared.length).toBeGreaterThan(0);
			const titles = new Set<string>();
			for (const { id, words } of passages) {
				const share = page(`${slug}/s/${id}`);
				const meta = (key: string) => share(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
				const url = meta('og:url')!;
				expect(new URL(url).pathname).toBe(`/${slug}/s/${id}/`);
				expect(share('link[rel="canonical"]').attr('href')).toBe(url);
				expect(share('title').text()).toBe(meta('og:title'));
				// Titled as the passage: its heading, its words or its event's title, as the content gives them.
				expect(meta('og:title'), id).toContain(words.slice(0, 20));
				expect(meta('og:description')!.length).toBeGreaterThan(20);
				expect(meta('description')).toBe(meta('og:description'));
				expect(new URL(meta('og:image')!).pathname).toBe(`/${slug}/cards/${id}.png`);
				expect(meta('twitter:card')).toBe('summary_large_image');
				expect(share(`a[href="/${slug}/#${id}"]`).length, id).toBe(1);
				expect(share('a[data-landing]').attr('href'), id).toBe(`/${slug}/#${id}`);
				expect(fold(share('main').text()), id).toContain(words);
				titles.add(meta('og:title')!);
			}
			expect(titles.size).toBe(shared.length);
		});

		it('have 1200x630 PNG cards, and so does the article', () => {
			for (const id of shared) expect(pngSize(join(DIST, slug, 'cards', `${id}.png`)), id).toEqual([1200, 630]);
			expect(pngSize(join(DIST, slug, 'card.png'))).toEqual([1200, 630]);
			expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(`/${slug}/card.png`);
		});
	});
}

describe('/kyiv-security-compact/s/q-medvedev-prologue/', () => {
	it('shows a quote with its speaker, date and medium', () => {
		const share = page('kyiv-security-compact/s/q-medvedev-prologue');
		expect(share('blockquote').text()).toContain('really a prologue to the Third World War');
		expect(share('h1').text()).toBe('Dmitry Medvedev');
		expect(share('figcaption').text()).toMatch(/Deputy Chairman.*Telegram post, 13 September 2022/s);
	});
});
