import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, launch, serveSite } from './browser';

const ARTICLE = '/kyiv-security-compact/';

describe.runIf(hasBrowser)('reading the article in Chromium', () => {
	let site: Awaited<ReturnType<typeof serveSite>>;
	beforeAll(async () => {
		site = await serveSite();
	});
	afterAll(async () => {
		await site?.stop();
	});

	for (const width of [320, 390, 1280]) {
		it(`fits a ${width}px wide screen without sideways scrolling`, async () => {
			const browser = await launch();
			try {
				const page = await browser.newPage();
				await page.setViewportSize({ width, height: 800 });
				await page.goto(site.url + ARTICLE);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
			} finally {
				await browser.dispose();
			}
		});
	}

	it('keeps its text to a readable measure on wide screens', async () => {
		const browser = await launch();
		try {
			const page = await browser.newPage();
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(site.url + ARTICLE);
			const charsPerLine = await page.$eval('#the-proposal-p1', (p) => {
				const style = getComputedStyle(p);
				const probe = document.createElement('span');
				probe.textContent = 'abcdefghijklmnopqrstuvwxyz'.repeat(4);
				probe.style.font = style.font;
				document.body.append(probe);
				const perChar = probe.getBoundingClientRect().width / 104;
				probe.remove();
				return p.getBoundingClientRect().width / perChar;
			});
			expect(charsPerLine).toBeGreaterThan(55);
			expect(charsPerLine).toBeLessThan(90);
		} finally {
			await browser.dispose();
		}
	});

	it('shows a gloss when its term gets keyboard focus, with JavaScript off', async () => {
		const browser = await launch({ javaScriptEnabled: false });
		try {
			const page = await browser.newPage();
			await page.goto(site.url + ARTICLE);
			const tip = page.locator('#tip-camarilla-1');
			await expect.poll(() => tip.isVisible()).toBe(false);
			await page.locator('#ref-gloss-camarilla-1').focus();
			await expect.poll(() => tip.isVisible()).toBe(true);
			expect(await tip.textContent()).toMatch(/scheming advisers/);
		} finally {
			await browser.dispose();
		}
	});

	it('follows the reader’s dark colour scheme', async () => {
		const colours = [];
		for (const colorScheme of ['light', 'dark'] as const) {
			const browser = await launch({ colorScheme });
			try {
				const page = await browser.newPage();
				await page.goto(site.url + ARTICLE);
				colours.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
			} finally {
				await browser.dispose();
			}
		}
		expect(colours[0]).not.toBe(colours[1]);
	});
});
