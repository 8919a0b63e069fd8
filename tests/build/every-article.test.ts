import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../content';
import { byId, fold, originalTextOf, page } from './site';

/** Every article of content/: the rules hold for each, not for one. */
describe('every article in content/', () => {
	it('is there', () => expect(ARTICLES.length).toBeGreaterThan(0));

	for (const { slug, frontmatter, original, anchors } of ARTICLES) {
		describe(slug, () => {
			const $ = page(`${slug}/`);

			it('prints exactly the text of original.txt after its declared preamble, and nothing else of the article’s', () => {
				const preamble = fold(frontmatter.original.preamble ?? '');
				const received = fold(original);
				expect(received.startsWith(preamble)).toBe(true);
				const expected = received.slice(preamble.length).trim();
				expect(expected.split(' ').length).toBeGreaterThan(20);
				expect(originalTextOf($)).toBe(expected);
			});

			it('keeps every id its anchors.json lists as published', () => {
				expect(anchors.published.length).toBeGreaterThan(0);
				for (const id of anchors.published) expect(byId($, id).length, id).toBe(1);
			});

			it('is linked from the home page and the contents page', () => {
				expect(page('')(`a[href="/${slug}/"]`).length).toBe(1);
				expect(page('contents')(`a[href="/${slug}/"]`).length).toBe(1);
			});
		});
	}
});
