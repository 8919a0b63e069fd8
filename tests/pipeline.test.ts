import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { renderArticle } from '../src/lib/pipeline';
import { readArticle } from '../src/lib/read-article';
import { readSite } from '../src/lib/site-files';
import { AuthorErrors, formatMessage } from '../src/lib/author-error';
import { changedArticle, ERROR_CASES } from './fixtures/errors/cases';

const fixtures = join(import.meta.dirname, 'fixtures');
const scratch = mkdtempSync(join(tmpdir(), 'pipeline-test-'));

/** Every author error of an article, given as the bytes of its file. */
async function authorErrors(bytes: Uint8Array): Promise<VFileMessage[]> {
	const path = join(scratch, 'input.md');
	writeFileSync(path, bytes);
	try {
		await renderArticle({ text: await readArticle(path, 'input.md'), path: 'input.md' });
	} catch (error) {
		if (error instanceof AuthorErrors) return error.messages;
		throw error;
	}
	return [];
}

describe('renderArticle', () => {
	const articles = readdirSync(join(fixtures, 'pipeline'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
	it('has the test articles to render', () => expect(articles.length).toBe(3));
	for (const { name } of articles) {
		it(`renders the fixture "${name}" to the expected HTML and data, with the site files beside it`, async () => {
			const dir = join(fixtures, 'pipeline', name);
			const { site, messages } = await readSite(join(fixtures, 'pipeline'), (path) => path);
			expect(messages).toEqual([]);
			const original = { text: await readArticle(join(dir, 'original.txt')), path: 'original.txt' };
			const { html, data } = await renderArticle({ text: await readArticle(join(dir, 'index.md')), path: 'input.md' }, { original, site });
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
		expect(html).toContain('<h2 id="background" data-editorial>Background\u00a0<a');
		expect(html).toContain('<h3 id="background-1">Background</h3>');
	});

	it('keep an explicit {#id} at any level, whatever the words', async () => {
		const text = `${await readArticle(base)}\n## Background {#context}\n\nText.\n\n### Background {#details}\n\nMore text.\n`;
		const { html, data } = await renderArticle({ text, path: 'input.md' });
		expect(data.sections.at(-1)?.id).toBe('context');
		expect(html).toContain('<h3 id="details">Background</h3>');
	});
});

describe('citation marks', () => {
	const base = join(fixtures, 'pipeline', 'all-annotations', 'index.md');
	/** The page of the base article with its sentence "The group was founded in …" written otherwise. */
	const founded = async (sentence: string) => {
		const text = (await readArticle(base)).replace('The group was founded in :event[2019]{ref=e-2019-founding} :cite{ref=wire-report}.', sentence);
		return (await renderArticle({ text, path: 'input.md' })).html;
	};
	/** The runs kept on one line in that sentence: each `cite-join` span's text, our marks' numbers included. */
	const runs = (html: string) => {
		const $ = load(html);
		return $('p').filter((_, p) => $(p).text().startsWith('The group was founded')).find('.cite-join').map((_, run) => $(run).text()).get();
	};

	it('keeps a mark on one line with the word before it and the punctuation after it', async () => {
		expect(runs(await founded('The group was founded in 2019 :cite{ref=wire-report}.'))).toEqual(['2019[1].']);
	});

	it('keeps a mark with a short element before it, space between them or not', async () => {
		expect(runs(await founded('The group was founded in :event[2019]{ref=e-2019-founding} :cite{ref=wire-report}.'))).toEqual(['2019[1].']);
		expect(runs(await founded('The group was founded in :event[2019]{ref=e-2019-founding}:cite{ref=wire-report};'))).toEqual(['2019[1];']);
	});

	it('keeps two marks in a row in one run', async () => {
		expect(runs(await founded('The group was founded in 2019 :cite{ref=wire-report}:cite{ref=lost-post}.'))).toEqual(['2019[1][2]○.']);
	});

	it('leaves a long word free to break: an address could push a narrow page sideways', async () => {
		const html = await founded('The group was founded at https://news.example/a-long-address :cite{ref=wire-report}.');
		expect(runs(html)).toEqual(['[1].']);
		expect(html).toContain('founded at https://news.example/a-long-address<span class="cite-join">');
	});
});

describe('accepted variants of the same text', () => {
	it('gives the same page for a byte-order mark, CRLF line endings and decomposed (NFD) characters', async () => {
		const render = async (name: string) => (await renderArticle({ text: await readArticle(join(fixtures, 'pipeline', name, 'index.md')), path: 'input.md' })).html;
		expect(await render('bom-crlf-nfd')).toBe(await render('all-annotations'));
	});
});

describe('author errors', () => {
	it('has a case for every rule, each a change to the one base article', () => {
		expect(ERROR_CASES).toHaveLength(44);
		expect(new Set(ERROR_CASES.map((error) => error.rule)).size).toBe(26);
	});

	for (const error of ERROR_CASES) {
		it(`reports "${error.name}" with its rule, file, line, column, what is wrong and how to fix it`, async () => {
			const messages = await authorErrors(changedArticle([error.change]));
			const printed = messages.map((message) => formatMessage(message));
			expect(printed, printed.join('\n')).toHaveLength(error.count ?? 1);
			const [message] = messages;
			expect({ rule: message?.ruleId, file: message?.file, line: message?.line, column: message?.column }).toEqual({ rule: error.rule, file: 'input.md', line: error.line, column: error.column });
			expect(message?.reason).toContain(error.message);
			expect(message?.source).toBe('annotated-news');
			expect(message?.note?.length).toBeGreaterThan(10);
		});
	}

	it('reports three errors of one article in one run, in the order of the file', async () => {
		const names = ['unknown-speaker', 'misspelt-directive', 'raw-html-script'];
		const cases = ERROR_CASES.filter((error) => names.includes(error.name));
		expect(cases).toHaveLength(3);
		const messages = await authorErrors(changedArticle(cases.map((error) => error.change)));
		expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)).toEqual(['49:14 unknown-reference', '58:47 unknown-directive', '74:1 no-html']);
	});

	it('prints each as file:line:column: message (rule), then its hint', async () => {
		const [message] = await authorErrors(changedArticle([['speaker: ada', 'speaker: adda']]));
		expect(message && formatMessage(message, 'content/x/index.md')).toBe(
			'content/x/index.md:49:14: Frontmatter statements[0].speaker: unknown speaker "adda"; define it under people: or in people.yml (unknown-reference)\n  Did you mean "ada"? Known: ada, wire.',
		);
	});
});
