import { existsSync, readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, page } from './site';
import { brokenFragments, duplicateIds, inlineScript } from './checks';

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
	it('finds the pages', () => {
		expect(pages).toContain('');
		expect(pages).toContain('kyiv-security-compact');
	});

	for (const path of pages) {
		describe(`/${path}`, () => {
			const $ = page(path);

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
						const target = page(relative(DIST, join(DIST, decodeURIComponent(pathname!))));
						return target('[id]').filter((_, element) => target(element).attr('id') === decodeURIComponent(fragment)).length === 0;
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
