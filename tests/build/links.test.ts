import { existsSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, idsIn, page } from './site';
import { brokenFragments, duplicateIds, inlineScript } from './checks';
import { SLUGS } from '../content';

const pages = builtPages();

describe('the checks themselves', () => {
	it('catch the faults of a deliberately broken page', () => {
		const broken = cheerio.load(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-page', 'index.html'), 'utf8'));
		expect(brokenFragments(broken)).toEqual(['nowhere']);
		expect(inlineScript(broken)).toEqual(['<button onclick="alert(1)">']);
		expect(duplicateIds(cheerio.load('<p id="a"></p><p id="a"></p>'))).toEqual(['a']);
	});
});

describe('links in the built site', () => {
	it('finds the home page and every article of content/ among the built pages', () => {
		expect(pages).toEqual(expect.arrayContaining(['', ...SLUGS]));
	});

	for (const path of pages) {
		describe(`/${path}`, () => {
			const $ = page(path);

			it('keeps its headings in order from one h1, and its parts in landmarks', () => {
				const levels = $('h1, h2, h3, h4, h5, h6').map((_, h) => Number(h.tagName[1])).get();
				expect(levels[0]).toBe(1);
				levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!, `h${level} after h${levels[index - 1]}`).toBeLessThanOrEqual(1));
				expect($('main').length).toBe(1);
				expect($('body > header, body > footer').length).toBe(2);
			});

			it('has no duplicate ids', () => {
				expect(duplicateIds($)).toEqual([]);
			});

			it('has every fragment link land on an element of the page', () => {
				expect(brokenFragments($)).toEqual([]);
			});

			it('has no inline script: no event-handler attributes, no javascript: addresses', () => {
				expect(inlineScript($)).toEqual([]);
			});

			it('has every link to another page of the site land on a built page and fragment', () => {
				const broken = $('a[href^="/"]')
					.map((_, a) => $(a).attr('href')!)
					.get()
					.filter((href) => {
						const [pathname, fragment] = href.split('#');
						const file = join(DIST, decodeURIComponent(pathname!), pathname!.endsWith('/') ? 'index.html' : '');
						if (!existsSync(file)) return true;
						if (!fragment) return false;
						return !idsIn(file).has(decodeURIComponent(fragment));
					});
				expect(broken).toEqual([]);
			});

			it('links outside the site only over http(s), and never opens them with the page’s privileges', () => {
				$('a[href]').each((_, a) => {
					const href = $(a).attr('href')!;
					if (href.startsWith('#') || href.startsWith('/')) return;
					expect(href).toMatch(/^https?:\/\//);
					expect($(a).attr('rel')).toBe('noopener noreferrer');
				});
			});
		});
	}
});
