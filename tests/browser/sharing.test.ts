import { describe, expect, it } from 'vitest';
import { ARTICLES } from '../content';
import { hasBrowser, useSite } from './browser';

/** The Kyiv article, for the controls of one page. */
const SLUG = 'kyiv-security-compact';

describe.runIf(hasBrowser)('shared links in Chromium', () => {
	const site = useSite();

	for (const [width, height] of [
		[1280, 800],
		[390, 844],
	] as const) {
		it(`lands every published fragment of every article in view and uncovered at ${width}x${height}`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width, height });
			const failures: string[] = [];
			for (const { slug, anchors } of ARTICLES) {
				const ids = [...anchors.published, ...Object.keys(anchors.aliases)];
				expect(ids.length, slug).toBeGreaterThan(0);
				// A shared link is a fresh page load; the other fragments are then followed within the
				// page (the same scroll to the target, without a reload for each of them).
				await page.goto(`${site.url}/${slug}/#${ids[0]}`);
				const landed = await page.evaluate(async (ids) => {
					const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
					const results: string[] = [];
					for (const [index, id] of ids.entries()) {
						if (index > 0) {
							scrollTo(0, 0);
							location.hash = id;
						}
						await frame();
						const target = document.getElementById(id)!;
						const box = target.getBoundingClientRect();
						if (box.top < 0 || box.top >= innerHeight) {
							results.push(`#${id}: top at ${Math.round(box.top)}px`);
							continue;
						}
						const x = Math.min(box.left + 4, innerWidth - 1);
						const y = box.top + Math.min(box.height / 2, 8);
						const hit = document.elementFromPoint(x, y);
						if (!(hit && (target.contains(hit) || hit.contains(target) || target.parentElement?.contains(hit)))) results.push(`#${id}: covered by ${hit?.outerHTML.slice(0, 60)}`);
					}
					return results;
				}, ids);
				failures.push(...landed.map((failure) => `/${slug}/${failure}`));
			}
			expect(failures).toEqual([]);
			await page.close();
		}, 120_000);
	}

	it('copies the share link of a section when its link control is activated, and says so', async () => {
		const page = await site.browser.newPage();
		await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		await page.goto(`${site.url}/${SLUG}/?utm_source=test`);
		await page.getByRole('link', { name: 'Link to section: The proposal' }).click();
		const expected = `https://annotated-news.example/${SLUG}/s/the-proposal/`;
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
		expect(await page.getByRole('status').textContent()).toBe(`Link copied: ${expected}`);
		expect(new URL(page.url()).hash).toBe('');
		await page.close();
	});

	it('leaves the link control an ordinary link to the fragment without JavaScript', async () => {
		const page = await site.noScript.newPage();
		await page.goto(`${site.url}/${SLUG}/`);
		await page.getByRole('link', { name: 'Link to section: The proposal' }).click();
		expect(new URL(page.url()).hash).toBe('#the-proposal');
		await page.close();
	});
});
