import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderArticle } from '../src/lib/pipeline';
import { readArticle } from '../src/lib/read-article';

const fixtures = join(import.meta.dirname, 'fixtures');

/** The message an author sees: `input.md:line:column: reason`, then the hint. */
async function authorError(path: string): Promise<string> {
	try {
		await renderArticle({ text: await readArticle(path, 'input.md'), path: 'input.md' });
	} catch (error) {
		if (error instanceof VFileMessage) return `input.md:${error.line}:${error.column}: ${error.reason}\n${error.note ?? ''}\n`;
		throw error;
	}
	throw new Error(`${path} rendered without an error`);
}

describe('renderArticle', () => {
	for (const name of readdirSync(join(fixtures, 'pipeline'))) {
		it(`renders the fixture "${name}" to the expected HTML and data`, async () => {
			const dir = join(fixtures, 'pipeline', name);
			const { html, data } = await renderArticle({ text: await readArticle(join(dir, 'index.md')), path: 'input.md' });
			await expect(html).toMatchFileSnapshot(join(dir, 'output.html'));
			const extracted = { sections: data.sections, quotes: data.quotes, references: data.references, citedBy: data.citedBy, trust: data.trust, sources: data.sources.map((source) => `${source.number}: ${source.id}`) };
			await expect(JSON.stringify(extracted, null, '\t') + '\n').toMatchFileSnapshot(join(dir, 'data.json'));
		});
	}
});

describe('heading ids', () => {
	const base = join(fixtures, 'pipeline', 'all-annotations', 'index.md');

	it('come from one slugger for every level: "## Background" then "### Background" get two ids', async () => {
		const text = `${await readArticle(base)}\n## Background\n\nText.\n\n### Background\n\nMore text.\n`;
		const { html, data } = await renderArticle({ text, path: 'input.md' });
		expect(data.sections.at(-1)?.id).toBe('background');
		expect(html).toContain('<h2 id="background" data-editorial>Background ');
		expect(html).toContain('<h3 id="background-1">Background</h3>');
	});

	it('keep an explicit {#id} at any level, whatever the words', async () => {
		const text = `${await readArticle(base)}\n## Background {#context}\n\nText.\n\n### Background {#details}\n\nMore text.\n`;
		const { html, data } = await renderArticle({ text, path: 'input.md' });
		expect(data.sections.at(-1)?.id).toBe('context');
		expect(html).toContain('<h3 id="details">Background</h3>');
	});
});

describe('accepted variants of the same text', () => {
	it('gives the same page for a byte-order mark, CRLF line endings and decomposed (NFD) characters', async () => {
		const render = async (name: string) => (await renderArticle({ text: await readArticle(join(fixtures, 'pipeline', name, 'index.md')), path: 'input.md' })).html;
		expect(await render('bom-crlf-nfd')).toBe(await render('all-annotations'));
	});
});

describe('author errors', () => {
	const cases = readdirSync(join(fixtures, 'errors')).filter((file) => file.endsWith('.md'));
	it('cover every error case', () => expect(cases.length).toBeGreaterThanOrEqual(30));

	for (const name of cases) {
		it(`reports "${name.replace(/\.md$/, '')}" with its position, what is wrong and how to fix it`, async () => {
			const path = join(fixtures, 'errors', name);
			await expect(await authorError(path)).toMatchFileSnapshot(path.replace(/\.md$/, '.txt'));
		});
	}
});
