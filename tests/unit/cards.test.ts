import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/pipeline';
import { readArticle } from '../../src/lib/read-article';
import { readSite } from '../../src/lib/site-files';
import { renderCard } from '../../src/lib/cards/render-card';
import { passageCard, sharePassages } from '../../src/lib/view/share';
import type { Article } from '../../src/schemas/article';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const SLUGS = readdirSync(CONTENT, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/** Where the drawn cards are left for a person to look at. */
const OUT = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'card-test');

const articles = new Map<string, Article>();
beforeAll(async () => {
	const { site } = await readSite(CONTENT, (path) => path);
	for (const slug of SLUGS) {
		const text = await readArticle(join(CONTENT, slug, 'index.md'));
		articles.set(slug, (await renderArticle({ text, path: 'index.md' }, { site })).data);
	}
	mkdirSync(OUT, { recursive: true });
});

/** Quotations as written in the article's markdown: the words inside :quote["…"] or a :::quote block. */
function quotationsIn(markdown: string): number {
	return (markdown.match(/:quote\[|:::quote\{/g) ?? []).length;
}

/** Whether `shown` (the card's words) is `whole`, or its start up to a sentence or clause boundary. */
function endsAtBoundary(shown: string, whole: string): boolean {
	if (shown === whole) return true;
	const kept = shown.replace(/\s?…$/, '');
	if (!shown.endsWith('…') || !whole.startsWith(kept) || kept.length === 0) return false;
	const rest = whole.slice(kept.length);
	return /[.!?]["'’”]?$/.test(kept) || /^[,;:]|^\s[–—]/.test(rest);
}

describe('quote cards', () => {
	it('show each quote whole, or cut after a sentence or clause with an ellipsis', async () => {
		let count = 0;
		for (const slug of SLUGS) {
			const article = articles.get(slug)!;
			const quotes = sharePassages(article).filter((passage) => passage.kind === 'quote');
			expect(quotes.length).toBe(quotationsIn(readFileSync(join(CONTENT, slug, 'index.md'), 'utf8')));
			for (const quote of quotes) {
				const drawn = await renderCard(passageCard(quote, article));
				writeFileSync(join(OUT, `${slug}--${quote.id}.png`), drawn.png);
				expect(endsAtBoundary(drawn.text, quote.quote.text), `${quote.id}: ${drawn.text}`).toBe(true);
				expect(drawn.size).toBeGreaterThanOrEqual(34);
				expect(drawn.warnings).toEqual([]);
				count++;
			}
		}
		expect(count).toBeGreaterThan(0);
	});
});

describe('card fonts', () => {
	const card = (text: string) => ({ kicker: 'Kicker', text, quote: false, details: ['Detail'] });

	it('draw Cyrillic and Greek letters, not empty boxes', async () => {
		// Boxes would look alike whatever the letters; drawn glyphs differ.
		for (const [a, b] of [
			['Щука и жаба', 'Жаба и щука'],
			['Αθήνα και Σπάρτη', 'Σπάρτη και Αθήνα'],
		]) {
			const [first, second] = [await renderCard(card(a!)), await renderCard(card(b!))];
			expect(first.warnings).toEqual([]);
			expect(second.warnings).toEqual([]);
			expect(Buffer.from(first.png).equals(Buffer.from(second.png))).toBe(false);
			writeFileSync(join(OUT, `script-${a}.png`), first.png);
		}
	});

	it('leave emoji out, with a warning', async () => {
		const drawn = await renderCard(card('Launch day 🚀 at the port'));
		expect(drawn.text).toBe('Launch day at the port');
		expect(drawn.warnings).toEqual(['emoji left out: 🚀']);
	});
});
