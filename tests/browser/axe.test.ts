import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../content';
import { ARTICLE_TEMPLATE, pagesByTemplate, samplePages, SHARE_TEMPLATE, templates } from '../build/site';
import { hasBrowser, useSite } from './browser';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const byTemplate = pagesByTemplate();
const SAMPLES = samplePages(byTemplate);

/**
 * axe's violations, as "rule: the first offending element". Run in the page itself (legacy mode:
 * the pages hold no frames from elsewhere), which spares a blank page per run for putting frames'
 * results together; only violations are returned, not every element that passed.
 */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(TAGS).setLegacyMode().analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

describe.runIf(hasBrowser)('accessibility (axe, WCAG 2.2 AA and best practice)', () => {
	const site = useSite();

	it('has a built page for every template, and every article of content/ built', () => {
		expect([...byTemplate.keys()].sort()).toEqual(templates().sort());
		for (const [template, pages] of byTemplate) expect(pages.length, template).toBeGreaterThan(0);
		expect(byTemplate.get(ARTICLE_TEMPLATE)!.sort()).toEqual(SLUGS);
		expect(SAMPLES.length).toBe(templates().length - 1 + SLUGS.length);
	});

	for (const path of SAMPLES) {
		it(`finds no violation on ${path} at 1280 and 390 px, light and dark`, async () => {
			const page = await site.browser.newPage();
			// axe runs as a script, so the page keeps JavaScript; a share page's own scripts are served
			// empty, which leaves it as a person without JavaScript sees it instead of moving on to the article.
			if (byTemplate.get(SHARE_TEMPLATE)!.includes(path.slice(1, -1))) {
				await page.route('**/_astro/*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
			}
			const found: string[] = [];
			await page.goto(site.url + path);
			expect(new URL(page.url()).pathname, 'axe checks the page it opened').toBe(path);
			expect(page.frames(), 'no frame that axe in legacy mode would leave out').toHaveLength(1);
			// One load, laid out again at each width (media queries apply as they would on a load).
			for (const [width, height] of [
				[1280, 800],
				[390, 844],
			] as const) {
				await page.setViewportSize({ width, height });
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					found.push(...(await violations(page)).map((v) => `${width}px ${colorScheme}: ${v}`));
				}
				await page.emulateMedia({ colorScheme: 'light' });
			}
			expect(found).toEqual([]);
			await page.close();
		}, 120_000);
	}

	it('catches the faults of a deliberately broken page', async () => {
		const page = await site.browser.newPage();
		await page.setContent(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-page', 'index.html'), 'utf8'));
		expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
		await page.close();
	});
});
