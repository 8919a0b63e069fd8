import { describe, expect, it } from 'vitest';
import { ARTICLES, SLUGS } from '../content';
import { builtPages } from '../build/site';
import { hasBrowser, useSite } from './browser';

const PAGES = builtPages().map((path) => (path ? `/${path}/` : '/'));

describe.runIf(hasBrowser)('quality gates in Chromium', () => {
	const site = useSite();

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
		expect(PAGES.length).toBeGreaterThan(SLUGS.length);
		for (const path of PAGES) await page.goto(site.url + path);
		expect(foreign).toEqual([]);
		expect(refused).toEqual([]);
		await page.close();
	});

	for (const { slug, frontmatter, sections } of ARTICLES) {
		it(`/${slug}/: lets a keyboard reach every control, each with a visible focus, starting with the skip link`, async () => {
			const page = await site.browser.newPage();
			await page.goto(`${site.url}/${slug}/`);
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
			// The skip link leads past the header, the guide and the contents to the text's first heading.
			expect(reached[0]).toBe(`A #${sections[0]!.id}`);
			expect(reached.length).toBe(focusable);
			await page.close();
		});

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
