import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from './browser';

const SLUG = 'kyiv-security-compact';
const registry = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'content', SLUG, 'anchors.json'), 'utf8'));
const ids: string[] = [...registry.published, ...Object.keys(registry.aliases)];

describe.runIf(hasBrowser)('shared links in Chromium', () => {
	const site = useSite();

	for (const [width, height] of [
		[1280, 800],
		[390, 844],
	] as const) {
		it(`lands every published fragment in view and uncovered at ${width}x${height}`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width, height });
			const failures: string[] = [];
			for (const id of ids) {
				await page.goto('about:blank');
				await page.goto(`${site.url}/${SLUG}/#${id}`);
				const landed = await page.evaluate((id) => {
					const target = document.getElementById(id)!;
					const box = target.getBoundingClientRect();
					if (box.top < 0 || box.top >= innerHeight) return `top at ${Math.round(box.top)}px`;
					const x = Math.min(box.left + 4, innerWidth - 1);
					const y = box.top + Math.min(box.height / 2, 8);
					const hit = document.elementFromPoint(x, y);
					return hit && (target.contains(hit) || hit.contains(target) || target.parentElement?.contains(hit)) ? '' : `covered by ${hit?.outerHTML.slice(0, 60)}`;
				}, id);
				if (landed) failures.push(`#${id}: ${landed}`);
			}
			expect(failures).toEqual([]);
			await page.close();
		});
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
