import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLES } from '../content';
import { hasBrowser, isOpen, useSite } from './browser';

/**
 * The reading promises of issue #11, on every article in content/: the story on the first
 * screen, the article's paragraphs copied exactly as received, previews that keep the reader
 * in place, attributions beside their quotes, a distinct target, a short print and honest
 * distances. Expected values come from each article's original.txt and its built page.
 */
const articles = ARTICLES.filter((article) => article.original);

/** The paragraphs of original.txt, after what precedes the article's first word (`original.preamble`, e.g. " date 2022-09-14"). */
function receivedParagraphs(original: string, preamble = ''): string[] {
	return fold(original).startsWith(preamble) ? original.trim().slice(preamble.length).split(/\n\s*\n/).map(fold).filter(Boolean) : [];
}

function fold(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** The article's own passages: every child of a section but its heading and our additions. */
const PASSAGES = '.article-body section > :not(h2, [data-editorial])';

/** A definition's reference of each kind, as the text carries it. */
const REFERENCES = { gloss: 'button.gloss', mention: 'button.mention', event: 'button.event-ref' };

/** What a copy of the whole element gives: the reader's selection, as the clipboard gets it. */
function copied(page: Page, index: number) {
	return page.locator(PASSAGES).nth(index).evaluate((element) => {
		const range = document.createRange();
		range.selectNodeContents(element);
		const selection = getSelection()!;
		selection.removeAllRanges();
		selection.addRange(range);
		return selection.toString();
	});
}

/** Page count of a PDF: one "/Type /Page" object per page. */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

describe.runIf(hasBrowser)('reading layout in Chromium', () => {
	const site = useSite();

	it('finds the articles to check', () => {
		expect(articles.length).toBeGreaterThanOrEqual(1);
	});

	for (const { slug, original, frontmatter, directives } of articles) {
		const url = () => `${site.url}/${slug}/`;
		const paragraphs = receivedParagraphs(original, frontmatter.original.preamble);

		it(`${slug}: at 320 and 390 px no link control, citation mark or dot between "cited by" links starts a line of its own, and each control is a target of 24 px at least`, async () => {
			const page = await site.browser.newPage();
			for (const width of [320, 390]) {
				await page.setViewportSize({ width, height: 844 });
				await page.goto(url());
				// For each shown control or mark: how far its top stands from the top of the last character before it in its block.
				const offsets = await page.locator('.link-control, .cite').evaluateAll((controls) =>
					controls.flatMap((control) => {
						const box = control.getBoundingClientRect();
						if (box.width === 0) return [];
						const block = control.closest('p, h2, li')!;
						const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
						let last: Text | undefined;
						for (let node = walker.nextNode(); node && !control.contains(node); node = walker.nextNode()) if (node.textContent!.trim()) last = node as Text;
						if (!last) return [];
						const end = last.textContent!.trimEnd().length;
						const range = document.createRange();
						range.setStart(last, end - 1);
						range.setEnd(last, end);
						return [{ label: control.getAttribute('aria-label') ?? control.textContent, apart: Math.abs(range.getBoundingClientRect().top - box.top), target: control.matches('.link-control') ? Math.min(box.width, box.height) : undefined }];
					}),
				);
				expect(offsets.length, `${width} px: controls and marks shown`).toBeGreaterThan(0);
				// Nor does a line of a list of "cited by" links start with the dot between two links.
				const dots = await page.locator('.cited-by').evaluateAll((lists) =>
					lists.flatMap((list) => {
						const shown: { character: string; top: number }[] = [];
						const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							for (let index = 0; index < node.textContent!.length; index++) {
								if (!node.textContent![index]!.trim()) continue;
								const range = document.createRange();
								range.setStart(node, index);
								range.setEnd(node, index + 1);
								shown.push({ character: node.textContent![index]!, top: range.getBoundingClientRect().top });
							}
						}
						return shown.flatMap(({ character, top }, index) => (character === '·' ? [Math.abs(top - shown[index - 1]!.top)] : []));
					}),
				);
				expect(dots.length, `${width} px: dots between links`).toBeGreaterThan(0);
				for (const apart of dots) expect(apart, `${width} px: a dot starts a line`).toBeLessThan(4);
				// On the same line the two tops differ by the control's padding, a few pixels; a line below, by a whole line.
				for (const { label, apart, target } of offsets) {
					expect(apart, `${width} px: ${label}`).toBeLessThan(10);
					// A control is a target of 24 by 24 px at least (WCAG 2.5.8).
					if (target !== undefined) expect(target, `${width} px: ${label}`).toBeGreaterThanOrEqual(24);
				}
			}
			await page.close();
		});

		it(`${slug}: the first paragraph begins on a 390x844 phone's first screen and ends on a 1280x800 one`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(url());
			const first = page.locator(PASSAGES).first();
			expect(fold((await first.textContent())!)).toBe(paragraphs[0]);
			const phone = (await first.boundingBox())!;
			const line = await first.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
			expect(phone.y + line).toBeLessThanOrEqual(844);
			await page.setViewportSize({ width: 1280, height: 800 });
			const wide = (await first.boundingBox())!;
			expect(wide.y + wide.height).toBeLessThanOrEqual(800);
			await page.close();
		});

		it(`${slug}: at 1280 px the guide beside the header leaves the first heading with its text, and its contents show only when they read as open`, async () => {
			const page = await site.noScript.newPage();
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(url());
			const heading = page.locator('.article-body section > h2').first();
			const gap = await heading.evaluate((h2) => h2.nextElementSibling!.getBoundingClientRect().top - h2.getBoundingClientRect().bottom);
			expect(gap).toBeLessThanOrEqual(24); // 1.5rem: the heading's own margin, not rows stretched by the margin beside it
			const contents = page.locator('.toc');
			for (const open of [false, true]) {
				if (open) await contents.locator('summary').click();
				expect(await contents.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(open);
				expect(await contents.locator('.toc-sections a').first().isVisible()).toBe(open);
			}
			await page.close();
		});

		it(`${slug}: copying each whole paragraph gives that paragraph of original.txt`, async () => {
			const page = await site.browser.newPage();
			await page.goto(url());
			expect(paragraphs.length).toBeGreaterThan(3);
			expect(await page.locator(PASSAGES).count()).toBe(paragraphs.length);
			for (const [index, paragraph] of paragraphs.entries()) expect(fold(await copied(page, index))).toBe(paragraph);
			await page.close();
		});

		for (const [name, context] of [['with', () => site.browser], ['without', () => site.noScript]] as const) {
			for (const [width, height] of [
				[390, 844],
				[1280, 800],
			] as const) {
				it(`${slug}: a gloss, a mention and an event open in place at ${width} px, ${name} JavaScript, by click and by tap`, async () => {
					const page = await context().newPage();
					await page.setViewportSize({ width, height });
					await page.goto(url());
					const cdp = await page.context().newCDPSession(page);
					await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
					for (const selector of Object.values(REFERENCES)) {
						const trigger = page.locator(`.article-body ${selector}`).first();
						const preview = page.locator(`#${await trigger.getAttribute('popovertarget')}`);
						for (const how of ['click', 'tap'] as const) {
							await trigger.evaluate((element) => element.scrollIntoView({ block: 'center' }));
							const before = await page.evaluate(() => window.scrollY);
							const box = (await trigger.boundingBox())!;
							if (how === 'click') await trigger.click();
							else {
								const point = { x: box.x + Math.min(box.width / 2, 20), y: box.y + box.height / 2 };
								await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
								await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
							}
							await expect.poll(() => isOpen(preview), { message: `${selector} ${how}` }).toBe(true);
							expect(await preview.isVisible(), `${selector} ${how}`).toBe(true);
							expect(await page.evaluate(() => window.scrollY), `${selector} ${how}`).toBe(before);
							const shown = (await preview.boundingBox())!;
							expect(shown.y, selector).toBeGreaterThanOrEqual(0);
							expect(shown.x, selector).toBeGreaterThanOrEqual(0);
							expect(shown.y + shown.height, selector).toBeLessThanOrEqual(height);
							expect(shown.x + shown.width, selector).toBeLessThanOrEqual(width);
							// It leaves the line being read uncovered.
							const covers = shown.y < box.y + box.height && box.y < shown.y + shown.height;
							expect(covers, `${selector} covers its own line`).toBe(false);
							await page.keyboard.press('Escape');
							await expect.poll(() => isOpen(preview)).toBe(false);
						}
					}
					await page.close();
				});
			}
		}

		it(`${slug}: at 1280 px every quote inside a sentence has its attribution beside it, outside the text column`, async () => {
			const page = await site.browser.newPage();
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.goto(url());
			const quotes = await page.locator('.article-body span.quote').evaluateAll((spans) =>
				spans.map((span) => {
					const attribution = [...document.querySelectorAll<HTMLElement>('.attribution')].find((p) => p.dataset.quotes!.split(' ').includes(span.id));
					const column = span.closest('p')!.getBoundingClientRect();
					return { id: span.id, top: span.getClientRects()[0]!.top, column: column.right, at: attribution?.getBoundingClientRect() };
				}),
			);
			expect(quotes.length).toBeGreaterThan(0);
			for (const quote of quotes) {
				expect(quote.at, quote.id).toBeDefined();
				expect(Math.abs(quote.at!.top - quote.top), quote.id).toBeLessThanOrEqual(120);
				expect(quote.at!.left, quote.id).toBeGreaterThanOrEqual(quote.column);
			}
			await page.close();
		});

		it(`${slug}: context notes stand open; on a 390 px phone each collapses to its label and opens again, without JavaScript; at 1280 px they stay open beside the text`, async () => {
			const notes = directives.filter((directive) => directive.name === 'note').length;
			expect(notes).toBeGreaterThan(0);
			const page = await site.noScript.newPage();
			/**
			 * A note label's words, and how Chromium's accessibility tree gives them at a width: how
			 * many disclosure controls and how many plain texts bear them (case aside: the label is
			 * shown in capitals).
			 */
			const labelRoles = async (width: number) => {
				const reader = await site.browser.newPage();
				await reader.setViewportSize({ width, height: 844 });
				await reader.goto(url());
				const words = (await reader.locator('.article-body .note > summary').first().textContent())!.trim().toLowerCase();
				const cdp = await reader.context().newCDPSession(reader);
				const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[] };
				const bearing = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role && node.name?.value.trim().toLowerCase() === words).length;
				const roles = { words, disclosures: bearing('DisclosureTriangle'), texts: bearing('StaticText') };
				await reader.close();
				return roles;
			};
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(url());
			// On a phone each label is a control that folds its note.
			const phone = await labelRoles(390);
			expect(phone.words.length).toBeGreaterThan(0);
			expect(phone.disclosures).toBe(notes);
			const all = page.locator('.article-body .note');
			expect(await all.count()).toBe(notes);
			for (let index = 0; index < notes; index++) {
				const note = all.nth(index);
				const label = note.locator('summary');
				const text = note.locator('p').first();
				expect(await text.isVisible(), `note ${index}`).toBe(true);
				await label.scrollIntoViewIfNeeded();
				const before = (await note.boundingBox())!.height;
				await label.click();
				await expect.poll(() => text.isVisible(), { message: `note ${index} closed` }).toBe(false);
				expect((await note.boundingBox())!.height, `note ${index}`).toBeLessThan(before / 2);
				await label.click();
				await expect.poll(() => text.isVisible(), { message: `note ${index} open` }).toBe(true);
			}
			await page.setViewportSize({ width: 1280, height: 800 });
			const column = (await page.locator(PASSAGES).first().boundingBox())!;
			for (let index = 0; index < notes; index++) {
				const note = all.nth(index);
				expect(await note.locator('p').first().isVisible(), `note ${index} at 1280`).toBe(true);
				expect((await note.boundingBox())!.x, `note ${index} at 1280`).toBeGreaterThanOrEqual(column.x + column.width);
			}
			// Beside the text a label is plain text: no control there, which would fold nothing or be announced as collapsed while its note shows.
			const wide = await labelRoles(1280);
			expect(wide.disclosures).toBe(0);
			expect(wide.texts).toBe(notes);
			await page.close();
		});

		it(`${slug}: a quote a link lands on looks unlike every other quote`, async () => {
			const page = await site.browser.newPage();
			const ids = await (async () => {
				await page.goto(url());
				return page.locator('.article-body span.quote').evaluateAll((spans) => spans.map((span) => span.id));
			})();
			expect(ids.length).toBeGreaterThan(1);
			const [target, other] = ids;
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`${url()}#${target}`);
			const style = (id: string) =>
				page.locator(`[id="${id}"]`).evaluate((element) => {
					const s = getComputedStyle(element);
					return [s.backgroundColor, s.outlineStyle, s.outlineColor, s.outlineWidth].join(' ');
				});
			expect(await style(target!)).not.toBe(await style(other!));
			await page.close();
		});

		it(`${slug}: prints on at most 8 A4 pages`, async () => {
			const page = await site.browser.newPage();
			await page.goto(url());
			await page.emulateMedia({ media: 'print' });
			const pages = pageCount(await page.pdf({ format: 'A4' }));
			expect(pages).toBeGreaterThan(1);
			expect(pages).toBeLessThanOrEqual(8);
			await page.close();
		});

		it(`${slug}: no distance label in the timeline is more than a month from the dates it measures`, async () => {
			const page = await site.browser.newPage();
			await page.goto(url());
			const published = await page.locator('.dateline time').getAttribute('datetime');
			const events = await page.locator('.timeline-event').evaluateAll((items) =>
				items.map((li) => ({ id: li.id, date: li.querySelector('time')!.getAttribute('datetime')!, label: li.querySelector('.event-distance')!.textContent! })),
			);
			expect(events.length).toBeGreaterThan(3);
			for (const event of events) {
				const error = labelError(event.date, published!, event.label);
				expect(error, `${event.id}: ${event.label}`).toBeLessThanOrEqual(31);
			}
			await page.close();
		});
	}
});

const DAY = 86_400_000;

/**
 * How many days a label ("1 year 9 months after publication") lies from the true distance
 * between a date (to the day or month) and the publication day, at the closest day the date
 * can mean. Years count 365.25 days, months 30.44.
 */
function labelError(date: string, published: string, label: string): number {
	const [y, m, d] = date.split('-').map(Number);
	const first = Date.UTC(y!, (m ?? 1) - 1, d ?? 1);
	const last = d ? first : m ? Date.UTC(y!, m, 0) : Date.UTC(y!, 11, 31);
	const reference = Date.parse(`${published}T00:00:00Z`);
	const at = Math.min(Math.max(reference, first), last);
	const truth = Math.abs(reference - at) / DAY;
	if (/^the (day|month|year) of/.test(label)) return truth;
	// A date known only to the year can be measured only in years, and says "about".
	if (label.startsWith('about ')) {
		expect(m, label).toBeUndefined();
		return 0;
	}
	const amount = (unit: string) => Number(new RegExp(`(\\d+) ${unit}`).exec(label)?.[1] ?? 0);
	const said = amount('year') * 365.25 + amount('month') * 30.44 + amount('day');
	expect(label).toMatch(/(before|after) publication$/);
	expect(label.endsWith('before publication')).toBe(at < reference);
	return Math.abs(said - truth);
}
