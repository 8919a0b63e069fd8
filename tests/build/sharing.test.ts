import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/pipeline';
import { readArticle } from '../../src/lib/read-article';
import { shareableIds } from '../../src/lib/anchor-registry';
import type { Article } from '../../src/schemas/article';
import { byId, DIST, page } from './site';

const SLUG = 'kyiv-security-compact';
const folder = join(import.meta.dirname, '..', '..', 'content', SLUG);
const $ = page(SLUG);
let article: Article;

beforeAll(async () => {
	article = (await renderArticle({ text: await readArticle(join(folder, 'index.md')), path: 'index.md' })).data;
});

/** Width and height from a PNG's header. */
function pngSize(path: string): [number, number] {
	const bytes = readFileSync(path);
	expect(bytes.subarray(1, 4).toString()).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('ids that last', () => {
	it('has every shareable id of the page recorded in the anchor registry (run "npm run anchors" after adding some)', () => {
		const registry = JSON.parse(readFileSync(join(folder, 'anchors.json'), 'utf8'));
		const unrecorded = shareableIds(article).filter((id) => !registry.published.includes(id));
		expect(unrecorded).toEqual([]);
	});

	it('gives every section, paragraph, quote and event its id on the page', () => {
		for (const id of shareableIds(article)) expect(byId($, id).length, id).toBe(1);
	});
});

describe('link controls', () => {
	it('give each section heading, quote (in the text and in the panel) and event a link to its fragment, with an accessible name', () => {
		const controls = $('a.link-control');
		expect(controls.length).toBe(article.sections.length + 2 * article.quotes.length + article.events.length);
		expect($('#the-proposal a.link-control').attr('aria-label')).toBe('Link to section: The proposal');
		controls.each((_, a) => {
			expect($(a).attr('aria-label')).toMatch(/^Link to (section|quote|event): ./);
			expect(byId($, $(a).attr('href')!.slice(1)).length).toBe(1);
		});
	});
});

describe('share pages', () => {
	const ids = () => [...article.sections.map((s) => s.id), ...article.quotes.map((q) => q.id), ...article.events.map((e) => e.id)];

	it('exist for every section, quote and event, with their own preview tags', () => {
		for (const id of ids()) {
			const share = page(`${SLUG}/s/${id}`);
			const meta = (key: string) => share(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
			const url = meta('og:url')!;
			expect(new URL(url).pathname).toBe(`/${SLUG}/s/${id}/`);
			expect(share('link[rel="canonical"]').attr('href')).toBe(url);
			expect(share('title').text()).toBe(meta('og:title'));
			expect(meta('og:description')!.length).toBeGreaterThan(20);
			expect(meta('description')).toBe(meta('og:description'));
			expect(new URL(meta('og:image')!).pathname).toBe(`/${SLUG}/cards/${id}.png`);
			expect(meta('twitter:card')).toBe('summary_large_image');
			expect(share(`a[href="/${SLUG}/#${id}"]`).length, id).toBe(1);
		}
	});

	it('show a quote with its speaker, date and medium', () => {
		const share = page(`${SLUG}/s/q-medvedev-prologue`);
		expect(share('blockquote').text()).toContain('really a prologue to the Third World War');
		expect(share('h1').text()).toBe('Dmitry Medvedev');
		expect(share('figcaption').text()).toMatch(/Deputy Chairman.*Telegram post, 13 September 2022/s);
	});

	it('have 1200x630 PNG cards, and so does the article', () => {
		for (const id of ids()) expect(pngSize(join(DIST, SLUG, 'cards', `${id}.png`))).toEqual([1200, 630]);
		expect(pngSize(join(DIST, SLUG, 'card.png'))).toEqual([1200, 630]);
		expect(new URL($('meta[property="og:image"]').attr('content')!).pathname).toBe(`/${SLUG}/card.png`);
	});
});
