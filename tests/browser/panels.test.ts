import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from './browser';

const ARTICLE = '/kyiv-security-compact/';

describe.runIf(hasBrowser)('panels in Chromium', () => {
	const site = useSite();

	it('filters the timeline by kind, announcing how many events show', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + ARTICLE);
		const all = await page.locator('.timeline-event').count();
		await page.getByRole('button', { name: 'What happened next' }).click();
		const shown = await page.locator('.timeline-event:visible').count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(all);
		expect(await page.locator('.timeline-count').textContent()).toBe(`${shown} of ${all} events shown`);
		await page.getByRole('button', { name: 'All' }).click();
		expect(await page.locator('.timeline-event:visible').count()).toBe(all);
		await page.close();
	});

	it('shows the whole timeline, and no filter, without JavaScript', async () => {
		const page = await site.noScript.newPage();
		await page.goto(site.url + ARTICLE);
		expect(await page.locator('.timeline-filter').isVisible()).toBe(false);
		expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
		await page.close();
	});

	for (const [name, context] of [['with', () => site.browser], ['without', () => site.noScript]] as const) {
		it(`goes from a quote to the panel and back, and from an event’s preview to the timeline and back, ${name} JavaScript`, async () => {
			const page = await context().newPage();
			await page.goto(site.url + ARTICLE);
			await page.locator('.attribution[data-quotes~="q-medvedev-prologue"] a').first().click();
			expect(new URL(page.url()).hash).toBe('#panel-q-medvedev-prologue');
			await page.locator('#panel-q-medvedev-prologue .quote-context a:not(.link-control)').click();
			expect(new URL(page.url()).hash).toBe('#q-medvedev-prologue');
			await expect.poll(() => page.locator('#q-medvedev-prologue').isVisible()).toBe(true);

			await page.locator('#ref-e-2022-09-13-compact-1').click();
			await page.locator('#preview-e-2022-09-13-compact .preview-more a').click();
			expect(new URL(page.url()).hash).toBe('#e-2022-09-13-compact');
			await page.locator('#e-2022-09-13-compact summary').click();
			await page.locator('#e-2022-09-13-compact .backlinks a').first().click();
			expect(new URL(page.url()).hash).toBe('#ref-e-2022-09-13-compact-1');
			await page.close();
		});
	}
});
