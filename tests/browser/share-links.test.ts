import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { hasBrowser, useSite } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const CONTENT = join(ROOT, 'content');
const SLUGS = readdirSync(CONTENT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

interface Passage {
	slug: string;
	kind: 'section' | 'quote' | 'event';
	id: string;
	/** Words the passage's share page must show. */
	words: string;
}

const load = (path: string) => cheerio.load(readFileSync(join(DIST, path), 'utf8'));
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every section, quote and event of every article, counted from its markdown and found on its built page. */
function passages(): Passage[] {
	return SLUGS.flatMap((slug) => {
		const markdown = readFileSync(join(CONTENT, slug, 'index.md'), 'utf8');
		const $ = load(`${slug}/index.html`);
		const text = (element: Parameters<typeof $>[0]) => {
			const clone = $(element).clone();
			clone.find('[data-editorial]').remove();
			return fold(clone.text()).replace(/^"|"$/g, '');
		};
		const sections = $('.article-body h2[id]').map((_, h2) => ({ slug, kind: 'section' as const, id: $(h2).attr('id')!, words: text(h2) })).get();
		const quotes = $('.article-body .quote[id]').map((_, quote) => ({ slug, kind: 'quote' as const, id: $(quote).attr('id')!, words: text(quote).slice(0, 40) })).get();
		const events = $('.timeline-event[id]').map((_, event) => ({ slug, kind: 'event' as const, id: $(event).attr('id')!, words: fold($(event).find('.event-title').text()).replace(/\s*#$/, '') })).get();
		expect(sections.length).toBe((markdown.match(/^## /gm) ?? []).length);
		expect(quotes.length).toBe((markdown.match(/:quote\[|:::quote\{/g) ?? []).length);
		expect(events.length).toBe((markdown.split('\n---\n')[0]!.match(/^ {2}- id: e-/gm) ?? []).length);
		return [...sections, ...quotes, ...events];
	});
}

/**
 * The passages the browser walks through: the first of each kind (section, quote, event) in
 * every article. Every share page and every control is one template and one script; what
 * differs from passage to passage (addresses, titles, words, landing target) is checked on
 * every built page by tests/build/sharing.test.ts.
 */
function sample(all: Passage[]): Passage[] {
	const firsts = new Map<string, Passage>();
	for (const passage of all) if (!firsts.has(`${passage.slug} ${passage.kind}`)) firsts.set(`${passage.slug} ${passage.kind}`, passage);
	return [...firsts.values()];
}

describe.runIf(hasBrowser)('one link per passage, in Chromium', () => {
	const site = useSite();
	const all = passages();
	const some = sample(all);

	it('walks through a passage of each kind in every article', () => {
		expect(all.length).toBeGreaterThan(SLUGS.length * 3);
		expect(some.length).toBe(SLUGS.length * 3);
	});

	it('copies from every control of a passage of each kind the link the share sheet gets: the passage share page, titled as that page', async () => {
		await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await site.browser.newPage();
		// The share sheet, where a browser has one: record what it is given.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void ((window as unknown as { shared: ShareData }).shared = data) });
		});
		let controls = 0;
		for (const slug of SLUGS) {
			await page.goto(`${site.url}/${slug}/?utm_source=test`);
			const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
			for (const { id } of some.filter((p) => p.slug === slug)) {
				const expected = `${origin}/${slug}/s/${id}/`;
				const title = load(`${slug}/s/${id}/index.html`)('meta[property="og:title"]').attr('content');
				const found = page.locator(`a.link-control[href="#${id}"]`);
				expect(await found.count(), id).toBeGreaterThan(0);
				for (const control of await found.all()) {
					// A timeline entry keeps its details, control included, behind its one-line summary: open it as a reader would.
					const summary = control.locator('xpath=ancestor::details[not(@open)]/summary');
					for (const closed of (await summary.all()).reverse()) await closed.click();
					await control.scrollIntoViewIfNeeded();
					await expect.poll(() => control.isVisible()).toBe(true);
					expect(await control.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
					await control.focus();
					await page.keyboard.press('Enter');
					await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(expected);
					expect(await page.evaluate(() => navigator.clipboard.readText()), id).toBe(expected);
					expect(await page.evaluate(() => (window as unknown as { shared: ShareData }).shared.title), id).toBe(title);
					expect(await page.getByRole('status').textContent()).toBe(`Link copied: ${expected}`);
					expect(new URL(page.url()).hash).toBe('');
					await page.evaluate(() => delete (window as unknown as { shared?: ShareData }).shared);
					controls++;
				}
			}
		}
		expect(controls).toBeGreaterThanOrEqual(some.length);
		await page.close();
	}, 120_000);

	it('lands a person who opens a share page on the passage in the article, in view and highlighted', async () => {
		const page = await site.browser.newPage();
		for (const { slug, id } of some) {
			await page.goto(`${site.url}/${slug}/s/${id}/`);
			await page.waitForURL((url) => url.hash !== '', { timeout: 5000 });
			expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(`/${slug}/#${id}`);
			const landed = await page.evaluate((id) => {
				const target = document.getElementById(id)!;
				const box = target.getBoundingClientRect();
				return { inView: box.top >= 0 && box.top < innerHeight, highlighted: target.matches(':target') };
			}, id);
			expect(landed, id).toEqual({ inView: true, highlighted: true });
		}
		await page.close();
	}, 60_000);

	it('shows the passage and a link into the article on the share page without JavaScript', async () => {
		const page = await site.noScript.newPage();
		for (const { slug, id, words } of some) {
			await page.goto(`${site.url}/${slug}/s/${id}/`);
			expect(new URL(page.url()).pathname).toBe(`/${slug}/s/${id}/`);
			expect(fold(await page.locator('main').innerText()), id).toContain(words);
			const link = page.locator(`main a[href="/${slug}/#${id}"]`);
			await expect.poll(() => link.isVisible()).toBe(true);
		}
		const { slug, id } = some.at(-1)!;
		await page.locator(`main a[href="/${slug}/#${id}"]`).click();
		expect(new URL(page.url()).hash).toBe(`#${id}`);
		await page.close();
	}, 60_000);

	it('copies a link to the words a reader selects, which previews as their passage and lands on them', async () => {
		await site.browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const page = await site.browser.newPage();
		const { slug, id } = all[0]!;
		await page.goto(`${site.url}/${slug}/`);
		const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
		// Select the first six words of the section's first paragraph.
		const words = await page.evaluate((id) => {
			const paragraph = document.getElementById(id)!.closest('section')!.querySelector('p[id]')!;
			const text = paragraph.firstChild as Text;
			const chosen = text.data.split(' ').slice(0, 6).join(' ');
			const range = document.createRange();
			range.setStart(text, 0);
			range.setEnd(text, chosen.length);
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
			return chosen;
		}, id);
		const button = page.getByRole('button', { name: 'Copy a link to the selected words' });
		await button.click();
		const link = await page.evaluate(() => navigator.clipboard.readText());
		expect(link).toBe(`${origin}/${slug}/s/${id}/#:~:text=${encodeURIComponent(words).replace(/-/g, '%2D').replace(/,/g, '%2C')}`);
		// Opened here, it goes on to the passage in the article with the words' fragment.
		await page.goto(`${site.url}${new URL(link).pathname}${new URL(link).hash}`);
		await page.waitForURL((url) => url.pathname === `/${slug}/`, { timeout: 5000 });
		expect(page.url()).toBe(`${site.url}/${slug}/#${id}:~:text=${new URL(link).hash.split('text=')[1]}`);
		await page.close();
	});
});
