import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLES, SLUGS } from '../content';
import { pagesByTemplate, samplePages, SHARE_TEMPLATE, templates } from '../build/site';
import { hasBrowser, useSite } from './browser';

/**
 * One page of each template and every article page (that no page's markup loads anything from
 * another host is checked on every built file, in tests/build/security.test.ts). A share page,
 * which with JavaScript sends a person on to the article at once, is opened both ways: with its
 * script, and as a person without JavaScript sees it.
 */
const PAGES = samplePages();
const SHARE_PAGE = `/${pagesByTemplate().get(SHARE_TEMPLATE)![0]!}/`;

describe.runIf(hasBrowser)('quality gates in Chromium', () => {
	const site = useSite();

	it('makes no request to another host, and breaks no rule of its security policy, on a page of each template and every article', async () => {
		const foreign: string[] = [];
		const refused: string[] = [];
		const watched = async (context: BrowserContext) => {
			const page = await context.newPage();
			page.on('request', (request) => {
				if (!request.url().startsWith(site.url) && !request.url().startsWith('data:')) foreign.push(`${page.url()}: ${request.url()}`);
			});
			page.on('console', (message) => {
				if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(`${page.url()}: ${message.text()}`);
			});
			return page;
		};
		const [withScript, withoutScript] = [await watched(site.browser), await watched(site.noScript)];
		expect(PAGES.length).toBe(templates().length - 1 + SLUGS.length);
		let visited = 0;
		for (const path of PAGES) {
			await withScript.goto(site.url + path);
			visited += 1;
		}
		await withoutScript.goto(site.url + SHARE_PAGE);
		expect(visited).toBe(PAGES.length);
		expect(PAGES).toContain(SHARE_PAGE);
		expect(foreign).toEqual([]);
		expect(refused).toEqual([]);
		await withScript.close();
		await withoutScript.close();
	}, 60_000);

	for (const { slug, frontmatter, sections } of ARTICLES) {
		it(`/${slug}/: lets a keyboard reach every control, each with a visible focus, starting with the skip link`, async () => {
			const page = await site.browser.newPage();
			await page.goto(`${site.url}/${slug}/`);
			const focusable = await page.locator('a[href]:visible, button:visible, summary:visible').count();
			expect(focusable).toBeGreaterThan(SLUGS.length);
			// Each element the keyboard reaches, as it gets the focus (read in the page, not one round trip a key).
			await page.evaluate(() => {
				const reached: { name: string; visible: boolean }[] = ((window as unknown as { reached: unknown }).reached = []);
				document.addEventListener('focusin', ({ target }) => {
					const element = target as HTMLElement;
					const style = getComputedStyle(element);
					const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.opacity !== '0';
					reached.push({ name: `${element.tagName} ${element.getAttribute('href') ?? element.textContent}`, visible });
				});
			});
			// One Tab per control and one more, which leaves the page: the keyboard reached every control,
			// and no other stop. The presses are sent without waiting for each (the browser handles them
			// in order), which spares a round trip and a frame a key.
			await Promise.all(Array.from({ length: focusable + 1 }, () => page.keyboard.press('Tab')));
			expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
			const reached = await page.evaluate(() => (window as unknown as { reached: { name: string; visible: boolean }[] }).reached);
			// The skip link leads past the header, the guide and the contents to the text's first heading.
			expect(reached[0]?.name).toBe(`A #${sections[0]!.id}`);
			expect(reached.length).toBe(focusable);
			for (const focus of reached) expect(focus.visible, focus.name).toBe(true);
			await page.close();
		}, 60_000);

		it(`/${slug}/: shows all text, the timeline, the quotes and the sources without JavaScript`, async () => {
			const page = await site.noScript.newPage();
			await page.goto(`${site.url}/${slug}/`);
			for (const selector of ['.article-body', '#timeline', '#quotes', '#sources', '#people', '#glossary']) {
				expect(await page.locator(selector).isVisible(), selector).toBe(true);
			}
			expect(await page.locator('.timeline-event:visible').count()).toBe(frontmatter.events?.length ?? 0);
			await page.close();
		});

		it(`/${slug}/: prints without controls, writing out the address of every source`, async () => {
			const page = await site.browser.newPage();
			await page.goto(`${site.url}/${slug}/`);
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.link-control:visible, .timeline-filter:visible, .skip-link:visible').count()).toBe(0);
			const urls = await page.locator('.source-url a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), (a as HTMLElement).innerText]));
			for (const [href, text] of urls) expect(text).toBe(href);
			expect(urls.length).toBe((frontmatter.sources ?? []).filter((source) => source.url).length);
			expect((await page.pdf()).length).toBeGreaterThan(10_000);
			await page.close();
		});

		it(`/${slug}/: prints a source whose preview was left open in its place in the list`, async () => {
			const sourceCount = frontmatter.sources?.length ?? 0;
			expect(sourceCount).toBeGreaterThan(0);
			const page = await site.browser.newPage();
			await page.goto(`${site.url}/${slug}/`);
			const citation = page.locator('.article-body .cite-ref').first();
			const target = (await citation.getAttribute('popovertarget'))!;
			await citation.click();
			expect(await page.locator(`#${target}:popover-open`).count()).toBe(1);
			// Printing closes it, so that it prints in the list (printing fires beforeprint).
			await page.pdf();
			expect(await page.locator(':popover-open').count()).toBe(0);
			await page.emulateMedia({ media: 'print' });
			expect(await page.locator('.source-list > li:visible').count()).toBe(sourceCount);
			await page.close();
		});

		it(`/${slug}/: highlights a landed fragment without motion when the reader asks for reduced motion`, async () => {
			const [first, second = first] = sections.map((section) => section.id);
			const page = await site.browser.newPage();
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`${site.url}/${slug}/#${first}`);
			expect(await page.locator(`[id="${first}"]`).evaluate((h) => getComputedStyle(h).animationName)).toBe('none');
			await page.emulateMedia({ reducedMotion: 'no-preference' });
			await page.goto(`${site.url}/${slug}/?again#${second}`);
			expect(await page.locator(`[id="${second}"]`).evaluate((h) => getComputedStyle(h).animationName)).toBe('target-flash');
			await page.close();
		});
	}
});
