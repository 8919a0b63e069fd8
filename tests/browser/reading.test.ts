import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../content';
import { hasBrowser, isOpen, useSite } from './browser';

const ARTICLE = '/kyiv-security-compact/';

describe.runIf(hasBrowser)('reading the article in Chromium', () => {
	const site = useSite();

	it('fits every article on 320, 390 and 1280 px wide screens without sideways scrolling, and keeps its text to a readable measure at 1280', async () => {
		const page = await site.browser.newPage();
		let checked = 0;
		for (const { slug, sections } of ARTICLES) {
			await page.goto(`${site.url}/${slug}/`);
			// One load an article, laid out again at each width (media queries apply as on a load).
			for (const width of [320, 390, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${slug} at ${width}px`).toBeLessThanOrEqual(0);
			}
			const paragraph = sections.flatMap((section) => section.paragraphs)[0]!;
			const charsPerLine = await page.locator(`[id="${paragraph}"]`).evaluate((p) => {
				const probe = document.createElement('span');
				probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
				probe.style.font = getComputedStyle(p).font;
				document.body.append(probe);
				const perChar = probe.getBoundingClientRect().width / 104;
				probe.remove();
				return p.getBoundingClientRect().width / perChar;
			});
			expect(charsPerLine, slug).toBeGreaterThan(55);
			expect(charsPerLine, slug).toBeLessThan(90);
			checked += 1;
		}
		expect(checked).toBe(ARTICLES.length);
		await page.close();
	});

	it('opens a gloss from the keyboard and closes it with Escape, with JavaScript off', async () => {
		const page = await site.noScript.newPage();
		await page.goto(site.url + ARTICLE);
		const tip = page.locator('#gloss-camarilla');
		expect(await isOpen(tip)).toBe(false);
		await page.locator('#ref-gloss-camarilla-1').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => isOpen(tip)).toBe(true);
		expect(await tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toMatch(/scheming advisers/);
		await page.keyboard.press('Escape');
		await expect.poll(() => isOpen(tip)).toBe(false);
		await page.close();
	});

	it('follows the reader’s dark colour scheme', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + ARTICLE);
		const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		await page.emulateMedia({ colorScheme: 'dark' });
		const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(dark).not.toBe(light);
		await page.close();
	});
});
