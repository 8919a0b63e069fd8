import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../content';
import { hasBrowser, isOpen, useSite } from './browser';

const ARTICLE = '/kyiv-security-compact/';

describe.runIf(hasBrowser)('reading the article in Chromium', () => {
	const site = useSite();

	for (const width of [320, 390, 1280]) {
		it(`fits every article on a ${width}px wide screen without sideways scrolling`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width, height: 800 });
			for (const { slug } of ARTICLES) {
				await page.goto(`${site.url}/${slug}/`);
				expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), slug).toBeLessThanOrEqual(0);
			}
			await page.close();
		});
	}

	it('keeps the text of every article to a readable measure on wide screens', async () => {
		const page = await site.browser.newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		for (const { slug, sections } of ARTICLES) {
			const paragraph = sections.flatMap((section) => section.paragraphs)[0]!;
			await page.goto(`${site.url}/${slug}/`);
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
		}
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
