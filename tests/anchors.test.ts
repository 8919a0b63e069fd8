import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VFileMessage } from 'vfile-message';
import { renderArticle } from '../src/lib/pipeline';
import { AuthorErrors } from '../src/lib/author-error';
import { record, shareableIds } from '../src/lib/anchor-registry';

const input = readFileSync(join(import.meta.dirname, 'fixtures', 'pipeline', 'all-annotations', 'index.md'), 'utf8');
const render = (text: string, registry?: object) =>
	renderArticle({ text, path: 'input.md' }, { registry: registry && { text: JSON.stringify(registry, null, '\t'), path: 'anchors.json' } });

async function failure(text: string, registry: object): Promise<VFileMessage> {
	try {
		await render(text, registry);
	} catch (error) {
		if (error instanceof AuthorErrors && error.messages[0]) return error.messages[0];
		throw error;
	}
	throw new Error('rendered without an error');
}

describe('section ids', () => {
	it('stay the same when a heading’s words change', async () => {
		const before = await render(input);
		const after = await render(input.replace('## The meeting {#meeting}', '## What the meeting decided {#meeting}'));
		expect(after.data.sections.map((s) => s.id)).toEqual(before.data.sections.map((s) => s.id));
		expect(after.html).toContain('<h2 id="meeting"');
	});

	it('come from github-slugger for headings without one, Cyrillic included', async () => {
		expect((await render(input)).data.sections[1]!.id).toBe('без-идентификатора');
	});

	it('cannot be empty', async () => {
		await expect(render(input.replace('## Без идентификатора', '## 🚀'))).rejects.toThrow(/gives an empty id/);
	});
});

describe('the anchor registry', () => {
	it('passes when every published id is still on the page', async () => {
		const registry = record({ published: [], aliases: {} }, shareableIds((await render(input)).data));
		expect(registry.published).toEqual(expect.arrayContaining(['meeting', 'meeting-p1', 'q-ada-quorum', 'e-2020-05-16-meeting']));
		// Without aliases the registry only checks: the page is the same as without it.
		expect((await render(input, registry)).html).toBe((await render(input)).html);
	});

	it('fails, naming the id and where it is listed, when a published id disappears without an alias', async () => {
		const registry = { published: ['meeting', 'the-meeting-old'], aliases: {} };
		const error = await failure(input, registry);
		expect(error.reason).toBe('The published id "the-meeting-old" is no longer on the page, so shared links to #the-meeting-old would break.');
		expect(error.file).toBe('anchors.json');
		expect([error.line, error.column]).toEqual([4, 4]);
		expect(error.note).toContain('"the-meeting-old": "<the id that replaces it>"');
	});

	it('renders an alias as an extra target inside the element it points to', async () => {
		const current = shareableIds((await render(input)).data);
		const { html, data } = await render(input, { published: ['the-meeting-old', ...current], aliases: { 'the-meeting-old': 'meeting' } });
		expect(html).toContain('<h2 id="meeting" data-editorial><span id="the-meeting-old" class="anchor-alias"></span>The meeting');
		expect(data.aliases).toEqual({ 'the-meeting-old': 'meeting' });
	});

	it('refuses an alias to an id the page does not have, and an alias that hides a current id', async () => {
		expect((await failure(input, { published: [], aliases: { old: 'meetnig' } })).reason).toMatch(/points to "meetnig", which is not on the page. Did you mean "meeting"\?/);
		expect((await failure(input, { published: [], aliases: { meeting: 'meeting-p1' } })).reason).toMatch(/The alias "meeting" is an id on the page again/);
	});

	it('fails, at the end of the published list, when an id on the page is not recorded', async () => {
		const current = shareableIds((await render(input)).data);
		expect(current.length).toBeGreaterThan(3);
		const error = await failure(input, { published: current.filter((id) => id !== 'q-ada-quorum'), aliases: {} });
		expect(error.reason).toBe('The page has an id that anchors.json does not record: "q-ada-quorum".');
		expect(error.file).toBe('anchors.json');
		// "{", '"published": [', one line per recorded id, then the closing bracket.
		expect(error.line).toBe(2 + (current.length - 1) + 1);
		expect(error.note).toContain('npm run anchors');
	});

	it('holds an article with an empty registry, not yet published, to nothing yet', async () => {
		await expect(render(input, { published: [], aliases: {} })).resolves.toBeDefined();
	});

	it('only ever adds ids when recording', () => {
		const prints = new Map([['b', '0123456789ab'], ['c', 'ba9876543210']]);
		expect(record({ published: ['a', 'b'], aliases: { a: 'c' }, fingerprints: { b: 'ffffffffffff' } }, ['c', 'b'], prints)).toEqual({
			published: ['a', 'b', 'c'],
			aliases: { a: 'c' },
			fingerprints: { b: 'ffffffffffff', c: 'ba9876543210' },
		});
	});
});
