import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../build/site';
import { hasBrowser, useSite } from './browser';

const PAGES = builtPages().map((path) => (path ? `/${path}/` : '/'));
const ARTICLE = '/kyiv-security-compact/';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations, as "rule: the first offending element". */
async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`);
}

describe.runIf(hasBrowser)('quality gates in Chromium', () => {
	const site = useSite();

	it('checks every built page', () => {
		expect(PAGES.length).toBeGreaterThan(10);
	});

	for (const [width, height] of [
		[1280, 800],
		[390, 844],
	] as const) {
		it(`finds no accessibility violation on any page at ${width}px, light and dark`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width, height });
			const found: string[] = [];
			for (const path of PAGES) {
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					await page.goto(site.url + path);
					found.push(...(await violations(page)).map((v) => `${path} (${colorScheme}) ${v}`));
				}
			}
			expect(found).toEqual([]);
			await page.close();
		}, 180_000);
	}

	it('catches the faults of a deliberately broken page', async () => {
		const page = await site.browser.newPage();
		await page.setContent(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'broken-page', 'index.html'), 'utf8'));
		expect((await violations(page)).some((v) => v.startsWith('image-alt'))).toBe(true);
		await page.close();
	});

	it('makes no request to another host, and breaks no rule of its security policy, on any page', async () => {
		const page = await site.browser.newPage();
		const foreign: string[] = [];
		const refused: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(request.url());
		});
		page.on('console', (message) => {
			if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
		});
		for (const path of PAGES) await page.goto(site.url + path, { waitUntil: 'networkidle' });
		expect(foreign).toEqual([]);
		expect(refused).toEqual([]);
		await page.close();
	});

	it('lets a keyboard reach every control, each with a visible focus, starting with the skip link', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + ARTICLE);
		const focusable = await page.locator('a[href]:visible, button:visible, summary:visible').count();
		const reached: string[] = [];
		for (let step = 0; step < focusable + 10; step++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const element = document.activeElement as HTMLElement;
				if (element === document.body) return undefined;
				const style = getComputedStyle(element);
				const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.opacity !== '0';
				return { name: `${element.tagName} ${element.getAttribute('href') ?? element.textContent}`, visible };
			});
			if (!focus) break;
			expect(focus.visible, focus.name).toBe(true);
			reached.push(focus.name);
		}
		expect(reached[0]).toBe('A #article-text');
		expect(reached.length).toBe(focusable);
		await page.close();
	});

	it('keeps headings in order and the page in landmarks', async () => {
		const page = await site.browser.newPage();
		for (const path of PAGES) {
			await page.goto(site.url + path);
			const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (headings) => headings.map((h) => Number(h.tagName[1])));
			expect(levels[0], path).toBe(1);
			levels.forEach((level, index) => index > 0 && expect(level - levels[index - 1]!, path).toBeLessThanOrEqual(1));
			expect(await page.locator('main').count(), path).toBe(1);
			expect(await page.locator('body > header, body > footer').count(), path).toBe(2);
		}
		await page.close();
	});

	it('shows all text, the timeline, the quotes and the sources without JavaScript', async () => {
		const page = await site.noScript.newPage();
		await page.goto(site.url + ARTICLE);
		for (const selector of ['.article-body', '#timeline', '#quotes', '#sources', '#people', '#glossary']) {
			expect(await page.locator(selector).isVisible(), selector).toBe(true);
		}
		expect(await page.locator('.timeline-event:visible').count()).toBe(await page.locator('.timeline-event').count());
		await page.close();
	});

	it('prints without controls, writing out the address of every source', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + ARTICLE);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.link-control:visible, .timeline-filter:visible, .skip-link:visible').count()).toBe(0);
		const urls = await page.locator('.source-url a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), (a as HTMLElement).innerText]));
		for (const [href, text] of urls) expect(text).toBe(href);
		expect(urls.length).toBeGreaterThan(20);
		expect((await page.pdf()).length).toBeGreaterThan(10_000);
		await page.close();
	});

	it('highlights a landed fragment without motion when the reader asks for reduced motion', async () => {
		const page = await site.browser.newPage();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${site.url}${ARTICLE}#the-proposal`);
		expect(await page.locator('#the-proposal').evaluate((h) => getComputedStyle(h).animationName)).toBe('none');
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto(`${site.url}${ARTICLE}#medvedev-reaction`);
		expect(await page.locator('#medvedev-reaction').evaluate((h) => getComputedStyle(h).animationName)).toBe('target-flash');
		await page.close();
	});
});
