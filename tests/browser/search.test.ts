import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from './browser';

describe.runIf(hasBrowser)('search in Chromium', () => {
	const site = useSite();

	it('finds the quote for "camarilla" and lands on it in the article', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/`);
		await page.getByLabel('Search the articles').fill('camarilla');
		const first = page.locator('.search-results a').first();
		await expect.poll(() => first.getAttribute('href'), { timeout: 10_000 }).toBe('/kyiv-security-compact/#q-medvedev-camarilla');
		await first.click();
		await page.waitForURL(/#q-medvedev-camarilla$/);
		expect(await page.locator('#q-medvedev-camarilla').isVisible()).toBe(true);
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
