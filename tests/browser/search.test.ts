import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from './browser';

describe.runIf(hasBrowser)('search in Chromium', () => {
	const site = useSite();

	it('finds the quote for "camarilla" in the article, not on a share page, and lands on its section', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/`);
		await page.getByLabel('Search the articles').fill('camarilla');
		const links = page.locator('.search-results a');
		// The quote stands in the section "The Article 5 comparison" of content/kyiv-security-compact/index.md.
		await expect.poll(() => links.first().getAttribute('href'), { timeout: 10_000 }).toBe('/kyiv-security-compact/#article-5-comparison');
		expect(await links.evaluateAll((all) => all.filter((a) => a.getAttribute('href')!.includes('/s/')).length)).toBe(0);
		await links.first().click();
		await page.waitForURL(/#article-5-comparison$/);
		expect(await page.locator('#q-medvedev-camarilla').count()).toBe(1);
		expect(await page.locator('#article-5-comparison').isVisible()).toBe(true);
		await page.close();
	});

	it('finds a section and lands on its heading', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/contents/`);
		await page.getByLabel('Search the articles').fill('Donbass');
		await expect.poll(() => page.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))), { timeout: 10_000 }).toContain('/kyiv-security-compact/#prospects');
		await page.close();
	});

	it('shows no search box without JavaScript; the contents page lists everything instead', async () => {
		const page = await site.noScript.newPage();
		await page.goto(`${site.url}/`);
		expect(await page.locator('.search').isVisible()).toBe(false);
		await page.getByRole('link', { name: 'Every section, quote and event' }).click();
		expect(await page.locator('a[href="/kyiv-security-compact/#q-medvedev-camarilla"]').count()).toBe(1);
		await page.close();
	});
});
