import { describe, expect, it } from 'vitest';
import { ARTICLES, citations } from '../content';
import { hasBrowser, isOpen, useSite } from './browser';

const STATUS_WORDS: Record<string, string> = { verified: 'Verified', partial: 'Partly verified', unverified: 'Not verified', 'not-located': 'Not located' };

/**
 * Each article, with one cited source of each status it has: what the previews must show. A
 * cited source's number is its place in the order of first citation.
 */
const cases = ARTICLES.flatMap((article) => {
	const cited = new Set(citations(article));
	const byStatus = new Map((article.frontmatter.sources ?? []).filter((source) => cited.has(source.id)).map((source) => [source.status, source]));
	return [...byStatus.values()].map((source) => ({ slug: article.slug, source, number: [...cited].indexOf(source.id) + 1 }));
});

describe.runIf(hasBrowser)('citation previews in Chromium', () => {
	const site = useSite();

	it('has citations of more than one status to preview', () => expect(cases.length).toBeGreaterThan(1));

	for (const javaScript of [true, false]) {
		it(`opens a citation’s preview in place, showing its source’s number and status, with JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
			const page = await (javaScript ? site.browser : site.noScript).newPage();
			await page.setViewportSize({ width: 390, height: 844 });
			let checked = 0;
			let loaded = '';
			for (const { slug, source, number } of cases) {
				// One load an article: each preview is closed again before the next is opened.
				if (slug !== loaded) await page.goto(`${site.url}/${(loaded = slug)}/`);
				const citation = page.locator(`.cite button[popovertarget="src-${source.id}"]`).first();
				const preview = page.locator(`#src-${source.id}`);
				expect(await isOpen(preview), source.id).toBe(false);
				// In the list, the list numbers the entry; the entry's text does not repeat it.
				expect((await preview.innerText()).trimStart(), source.id).not.toMatch(/^\[\d+\]/);
				await citation.scrollIntoViewIfNeeded();
				if (source.status !== 'verified') {
					expect(await citation.getAttribute('aria-label'), source.id).toMatch(new RegExp(`, ${STATUS_WORDS[source.status]!.toLowerCase()}$`));
					expect(await citation.locator('.status-mark').isVisible(), source.id).toBe(true);
				}
				const before = await page.evaluate(() => window.scrollY);
				await citation.click();
				await expect.poll(() => isOpen(preview), { message: source.id }).toBe(true);
				expect(await preview.isVisible(), source.id).toBe(true);
				expect(await page.evaluate(() => window.scrollY), source.id).toBe(before);
				const box = (await preview.boundingBox())!;
				expect(box.y, source.id).toBeGreaterThanOrEqual(0);
				expect(box.y + box.height, source.id).toBeLessThanOrEqual(844);
				expect((await preview.innerText()).trimStart(), source.id).toMatch(new RegExp(`^\\[${number}\\]`));
				const text = (await preview.textContent())!;
				expect(text, source.id).toContain(STATUS_WORDS[source.status]);
				expect(text, source.id).toContain(source.publisher);
				if (source.url) expect(await preview.locator(`a[href="${source.url}"]`).count(), source.id).toBe(1);
				await page.keyboard.press('Escape');
				await expect.poll(() => isOpen(preview), { message: source.id }).toBe(false);
				checked += 1;
			}
			expect(checked).toBe(cases.length);
			await page.close();
		});
	}
});
