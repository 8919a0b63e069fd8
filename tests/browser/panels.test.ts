import { describe, expect, it } from 'vitest';
import { ARTICLES, references } from '../content';
import { hasBrowser, isOpen, useSite } from './browser';

describe.runIf(hasBrowser)('panels in Chromium', () => {
	const site = useSite();

	for (const article of ARTICLES) {
		const { slug } = article;
		const events = article.frontmatter.events ?? [];
		const after = events.filter((event) => event.kind === 'after').length;

		it(`/${slug}/: filters the timeline by kind, announcing how many events show, and still opens a hidden event where the text refers to it`, async () => {
			expect(events.length).toBeGreaterThan(0);
			const page = await site.browser.newPage();
			await page.goto(`${site.url}/${slug}/`);
			// The content has events after publication, and the text refers to an event before it.
			expect(after).toBeGreaterThan(0);
			await page.getByRole('button', { name: 'What happened next' }).click();
			expect(await page.locator('.timeline-event:visible').count()).toBe(after);
			expect(await page.locator('.timeline-count').textContent()).toBe(`${after} of ${events.length} events shown`);
			const hidden = references(article, 'event').find((id) => events.find((event) => event.id === id)?.kind !== 'after');
			expect(hidden).toBeDefined();
			const entry = page.locator(`#${hidden}`);
			expect(await entry.isVisible()).toBe(false);
			await page.locator(`.article-body button[popovertarget="${hidden}"]`).first().click();
			await expect.poll(() => isOpen(entry)).toBe(true);
			expect(await entry.isVisible()).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(() => entry.isVisible()).toBe(false);
			await page.getByRole('button', { name: 'All' }).click();
			expect(await page.locator('.timeline-event:visible').count()).toBe(events.length);
			await page.close();
		});

		it(`/${slug}/: shows the whole timeline, and no filter, without JavaScript`, async () => {
			const page = await site.noScript.newPage();
			await page.goto(`${site.url}/${slug}/`);
			expect(await page.locator('.timeline-filter').isVisible()).toBe(false);
			expect(await page.locator('.timeline-event:visible').count()).toBe(events.length);
			await page.close();
		});

		for (const [name, context] of [['with', () => site.browser], ['without', () => site.noScript]] as const) {
			it(`/${slug}/: goes from a quote to the panel and back, and from an event to its timeline entry, opened in place, and back, ${name} JavaScript`, async () => {
				const quote = article.quotes[0]!.id;
				const event = references(article, 'event')[0]!;
				const page = await context().newPage();
				await page.goto(`${site.url}/${slug}/`);
				await page.locator(`.attribution[data-quotes~="${quote}"] a:not(.link-control)`).click();
				expect(new URL(page.url()).hash).toBe(`#panel-${quote}`);
				await page.locator(`#panel-${quote} .quote-context a:not(.link-control)`).click();
				expect(new URL(page.url()).hash).toBe(`#${quote}`);
				await expect.poll(() => page.locator(`#${quote}`).isVisible()).toBe(true);

				const mention = page.locator(`.article-body button.event-ref[popovertarget="${event}"]`).first();
				const mentionId = await mention.getAttribute('id');
				const entry = page.locator(`.timeline-list > #${event}`);
				await mention.click();
				await expect.poll(() => isOpen(entry)).toBe(true);
				await entry.locator(`.backlinks a[href="#${mentionId}"]`).click();
				expect(new URL(page.url()).hash).toBe(`#${mentionId}`);
				await page.keyboard.press('Escape');
				await expect.poll(() => isOpen(entry)).toBe(false);
				// Closed, it is back in the timeline, where the reader can open it and go back again.
				await page.goto(`${site.url}/${slug}/#${event}`);
				await entry.locator('summary').click();
				await entry.locator(`.backlinks a[href="#${mentionId}"]`).click();
				expect(new URL(page.url()).hash).toBe(`#${mentionId}`);
				await page.close();
			});
		}
	}
});
