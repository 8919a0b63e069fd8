import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page } from './site';

/** Every built page, as a path relative to dist/ ('' for the home page). */
const pages = (function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return walk(path);
		return entry.name === 'index.html' ? [relative(DIST, dir)] : [];
	});
})(DIST);

describe('links in the built site', () => {
	it('finds the pages', () => {
		expect(pages).toContain('');
		expect(pages).toContain('kyiv-security-compact');
	});

	for (const path of pages) {
		describe(`/${path}`, () => {
			const $ = page(path);
			const ids = $('[id]').map((_, element) => $(element).attr('id')).get();

			it('has no duplicate ids', () => {
				const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
				expect(duplicates).toEqual([]);
			});

			it('has every fragment link land on an element of the page', () => {
				const broken = $('a[href^="#"]')
					.map((_, a) => decodeURIComponent($(a).attr('href')!.slice(1)))
					.get()
					.filter((id) => !ids.includes(id));
				expect(broken).toEqual([]);
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
