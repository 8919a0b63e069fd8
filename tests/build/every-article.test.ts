import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentArticles } from './content';
import { byId, fold, originalTextOf, page } from './site';

/** Every article of the site, as the content folder holds it: the rules hold for each, not for one. */
const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const articles = contentArticles(CONTENT);
const read = (slug: string, file: string) => readFileSync(join(CONTENT, slug, file), 'utf8');

describe('every article in content/', () => {
	it('is there', () => expect(articles.length).toBeGreaterThan(0));

	for (const { slug, frontmatter } of articles) {
		describe(slug, () => {
			const $ = page(`${slug}/`);

			it('prints the text of original.txt word for word and in order, after its declared preamble', () => {
				const preamble = fold(frontmatter.original.preamble ?? '');
				const received = fold(read(slug, 'original.txt'));
				expect(received.startsWith(preamble)).toBe(true);
				const expected = received.slice(preamble.length).trim();
				expect(expected.split(' ').length).toBeGreaterThan(20);
				expect(originalTextOf($)).toBe(expected);
			});

			it('keeps every id its anchors.json lists as published', () => {
				const registry = JSON.parse(read(slug, 'anchors.json'));
				expect(registry.published.length).toBeGreaterThan(0);
				for (const id of registry.published) expect(byId($, id).length, id).toBe(1);
			});

			it('is linked from the home page and the contents page', () => {
				expect(page('')(`a[href="/${slug}/"]`).length).toBe(1);
				expect(page('contents')(`a[href="/${slug}/"]`).length).toBe(1);
			});
		});
	}
});
