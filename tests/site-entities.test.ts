import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderArticle } from '../src/lib/pipeline';
import { AuthorErrors, formatMessage } from '../src/lib/author-error';
import { checkSiteDefinitions } from '../src/lib/site-definitions';
import { readSite } from '../src/lib/site-files';
import { parse } from 'yaml';

/**
 * Site entities (docs/authoring.md, "Site entities"), on the test article ferry-fares and site
 * files written here: each case a folder of its own.
 */
const ARTICLE = readFileSync(join(import.meta.dirname, 'fixtures', 'pipeline', 'ferry-fares', 'index.md'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'site-entities-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let cases = 0;
/** A folder holding the given site files; returns what readSite makes of it, paths shown as their names. */
async function site(files: Record<string, string>) {
	const folder = join(scratch, `case-${++cases}`);
	mkdirSync(folder);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
	return readSite(folder, (path) => path.slice(folder.length + 1));
}

/** `line:column` of the first character of `needle` in a text. */
function placeOf(text: string, needle: string): string {
	const at = text.indexOf(needle);
	expect(at, needle).toBeGreaterThanOrEqual(0);
	const before = text.slice(0, at).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The article with one change, each part of which must be found. */
function changed(...replacements: [string, string][]): string {
	let text = ARTICLE;
	for (const [from, to] of replacements) {
		expect(text, from).toContain(from);
		text = text.replace(from, to);
	}
	return text;
}

/** The frontmatter's definition of Ben Sample, the council chair, which the site files below take over. */
const SAMPLE = '  - id: sample\n    name: Ben Sample\n    role: Chair of the harbour council\n';
const ADA = '- id: ada\n  name: Ada Example\n';

describe('site files', () => {
	it('are read with every problem at its line and column in the file', async () => {
		const people = `${ADA}- id: sample\n  role: Chair\n- id: ada\n  name: Ada Example\n  nmae: typo\n`;
		const statements = '- id: said\n  speaker: nobody\n  medium: Remarks\n';
		const { messages } = await site({ 'people.yml': people, 'statements.yml': statements });
		const shown = messages.map((message) => formatMessage(message));
		expect(shown.length).toBe(3);
		expect(shown).toContainEqual(expect.stringContaining(`people.yml:${placeOf(people, 'id: sample')}: people[1].name: missing; expected string (frontmatter-field)`));
		expect(shown).toContainEqual(expect.stringContaining(`people.yml:${placeOf(people, 'nmae')}: people[2].nmae: unknown field "nmae"`));
		expect(shown).toContainEqual(expect.stringContaining(`statements.yml:${placeOf(statements, 'nobody')}: statements[0].speaker: unknown person "nobody"; a site entry refers only to site entries`));
	});

	it('refuse an id given twice in one file, at the second', async () => {
		const people = `${ADA}${ADA}`;
		const { messages } = await site({ 'people.yml': people });
		expect(messages.map((message) => formatMessage(message))).toEqual([expect.stringMatching(/^people\.yml:3:7: people\[1\]\.id: duplicate id "ada" in people\.yml \(duplicate-id\)/)]);
	});

	it('report an id given twice in one file once, as a duplicate, not again as a conflict with itself', async () => {
		const people = `${ADA}- id: ada\n  name: Ada Other\n`;
		const { files, messages } = await site({ 'people.yml': people });
		expect(messages.map((message) => message.ruleId)).toEqual(['duplicate-id']);
		expect(checkSiteDefinitions(files, [])).toEqual([]);
	});

	it('must each be a list', async () => {
		const { messages } = await site({ 'glosses.yml': 'id: quorum\nterm: quorum\n' });
		expect(messages.map((message) => formatMessage(message))).toEqual([expect.stringMatching(/^glosses\.yml:1:1: glosses\.yml must be a list of entries/)]);
	});

	it('keep serving the articles with their valid entries when one is broken', async () => {
		const { site: entities, messages } = await site({ 'people.yml': `${ADA}- id: broken\n  name: [not, a, name]\n` });
		expect(messages.map((message) => formatMessage(message))).toEqual([expect.stringMatching(/^people\.yml:4:9: people\[1\]\.name: expected string, received a list/)]);
		const { data } = await renderArticle({ text: ARTICLE, path: 'index.md' }, { site: entities });
		expect(data.people.find((person) => person.id === 'ada')?.name).toBe('Ada Example');
	});

	it('left broken, make the articles that need them fail with author errors, also when checked against their original.txt', async () => {
		const { site: entities } = await site({ 'people.yml': '- id: ada\n  name: ""\n' });
		const original = { text: readFileSync(join(import.meta.dirname, 'fixtures', 'pipeline', 'ferry-fares', 'original.txt'), 'utf8'), path: 'original.txt' };
		const error = await renderArticle({ text: ARTICLE, path: 'index.md' }, { site: entities, original }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AuthorErrors);
		expect((error as AuthorErrors).messages.map((message) => formatMessage(message))).toEqual([expect.stringMatching(`^index.md:${placeOf(ARTICLE, 'id: ada')}: Frontmatter people\\[1\\]\\.name: missing; expected string`)]);
	});

	it('are optional: an article that defines everything it uses needs none', async () => {
		const { site: none, messages } = await site({});
		expect(messages).toEqual([]);
		const { data } = await renderArticle({ text: changed(['  - id: ada\n    role:', '  - id: ada\n    name: Ada Example\n    role:']), path: 'index.md' }, { site: none });
		expect(data.people.map((person) => person.name)).toEqual(['Ben Sample', 'Ada Example', 'Officials at the port authority']);
	});
});

describe('an article and the site entities', () => {
	it('completes an entry that names a site entity by id, and lists only what the article uses', async () => {
		const { site: entities, messages } = await site({
			'people.yml': `${ADA}- id: unused\n  name: Nobody Here\n  role: Not in this article\n`,
			'sources.yml': '- id: unused-source\n  publisher: Elsewhere\n  status: not-located\n  supports: Nothing here.\n',
		});
		expect(messages).toEqual([]);
		const { data } = await renderArticle({ text: ARTICLE, path: 'index.md' }, { site: entities });
		const ada = data.people.find((person) => person.id === 'ada');
		expect(ada).toEqual({ id: 'ada', kind: 'person', name: 'Ada Example', role: 'Spokeswoman for the ferry operator' });
		expect(data.people.map((person) => person.id)).toEqual(['sample', 'ada', 'port-officials']);
		expect(data.sources.map((source) => source.id)).toEqual(['council-minutes', 'wire-ferry']);
	});

	it('takes a site entity the text names without the frontmatter listing it, and what it names in turn', async () => {
		const { site: entities, messages } = await site({
			'people.yml': `${ADA}- id: sample\n  name: Ben Sample\n  role: Chair of the harbour council\n- id: port-officials\n  kind: organisation\n  name: Officials at the port authority\n  role: Unnamed officials\n`,
			'statements.yml': '- id: port-officials-unnamed\n  speaker: port-officials\n  medium: Remarks\n  language: English original.\n  sources: [harbour-notes]\n',
			'sources.yml': '- id: harbour-notes\n  publisher: Harbourton council\n  status: not-located\n  supports: What the officials said.\n',
		});
		expect(messages).toEqual([]);
		const officials = /  - id: port-officials\n(?: {4}.*\n)+/.exec(ARTICLE)![0];
		const statement = /  - id: port-officials-unnamed\n(?: {4}.*\n)+/.exec(ARTICLE)![0];
		const { data } = await renderArticle({ text: changed([SAMPLE, ''], [officials, ''], [statement, '']), path: 'index.md' }, { site: entities });
		// Ben Sample, named by :mention; the officials, only as the speaker of a statement a quote names; its source, only by that statement.
		expect(data.people.map((person) => person.id)).toEqual(['ada', 'sample', 'port-officials']);
		expect(data.people[1]).toMatchObject({ name: 'Ben Sample', role: 'Chair of the harbour council' });
		expect(data.statements.map((each) => each.id)).toEqual(['sample-reporters', 'ada-operator', 'port-officials-unnamed']);
		expect(data.sources.map((source) => source.id)).toContain('harbour-notes');
		expect(data.quotes.filter((quote) => quote.speaker.id === 'port-officials').length).toBe(1);
	});

	it('stops at the frontmatter value that uses a site entity lacking a field, when no directive names it', async () => {
		const { site: entities } = await site({ 'people.yml': `${ADA}- id: port-officials\n  kind: organisation\n  name: Officials at the port authority\n` });
		const text = changed([/  - id: port-officials\n(?: {4}.*\n)+/.exec(ARTICLE)![0], '']);
		const error = await renderArticle({ text, path: 'index.md' }, { site: entities }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AuthorErrors);
		const [first] = (error as AuthorErrors).messages.map((message) => formatMessage(message));
		expect(first).toMatch(new RegExp(`^index\\.md:${placeOf(text, 'port-officials\n    medium')}: The person "port-officials" of people\\.yml has no role for this article\\.`));
	});

	it('stops at the directive that uses a site entity lacking a field the article must give', async () => {
		const { site: entities } = await site({ 'people.yml': `${ADA}- id: sample\n  name: Ben Sample\n` });
		const text = changed([SAMPLE, '']);
		const error = await renderArticle({ text, path: 'index.md' }, { site: entities }).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(AuthorErrors);
		const shown = (error as AuthorErrors).messages.map((message) => formatMessage(message));
		expect(shown[0]).toBe(
			`index.md:${placeOf(text, ':mention[Ben Sample]')}: The person "sample" of people.yml has no role for this article. (site-entry-incomplete)\n` +
				'  List it under people: in the frontmatter with what is particular to this article: "- id: sample" and "role: …"; or add it to its entry in people.yml if it holds for every article.',
		);
	});
});

describe('an id across the site files and the articles', () => {
	const people = `${ADA}- id: port\n  kind: organisation\n  name: The port authority\n`;
	const check = (article: string) => checkSiteDefinitions([{ text: people, path: 'content/people.yml', kind: 'people', values: parse(people) }], [{ text: article, path: 'content/b/index.md' }]).map((message) => formatMessage(message));

	it('stops at both places when an article writes an identity field differently', () => {
		const text = changed(['  - id: ada\n', '  - id: ada\n    name: Ada Sample\n']);
		const shown = check(text);
		expect(shown.length).toBe(2);
		expect(shown[0]).toContain(`content/b/index.md:${placeOf(text, 'Ada Sample')}: The person "ada" has name "Ada Sample" here, but "Ada Example" in content/people.yml:${placeOf(people, 'Ada Example')}.`);
		expect(shown[1]).toContain(`content/people.yml:${placeOf(people, 'Ada Example')}: The person "ada" has name "Ada Example" here, but "Ada Sample" in content/b/index.md:${placeOf(text, 'Ada Sample')}.`);
	});

	it('finds the frontmatter by the pipeline’s rule, spaces after its fences included', () => {
		const text = changed(['---\n', '--- \n'], ['  - id: ada\n', '  - id: ada\n    name: Ada Sample\n']);
		expect(text.startsWith('--- \n')).toBe(true);
		const shown = check(text);
		expect(shown.length).toBe(2);
		expect(shown[0]).toContain(`content/b/index.md:${placeOf(text, 'Ada Sample')}: The person "ada" has name "Ada Sample" here`);
	});

	it('takes a field the article leaves out from the site file, and refuses one it writes differently', () => {
		expect(check(ARTICLE)).toEqual([]);
		expect(check(changed(['  - id: ada\n', '  - id: ada\n    name: Ada Example\n']))).toEqual([]);
		const port = '  - id: port\n    role: Runs the harbour\n';
		expect(check(changed(['people:\n', `people:\n${port}`]))).toEqual([]);
		const written = changed(['people:\n', `people:\n${port.replace('\n    role', '\n    kind: person\n    role')}`]);
		expect(check(written)[0]).toContain(`content/b/index.md:${placeOf(written, 'person\n    role: Runs')}: The person "port" has kind "person" here, but "organisation" in content/people.yml:${placeOf(people, 'organisation')}.`);
	});

	it('stops at both articles when two define the same id differently without a site entry, pointing to the site file', () => {
		const other = changed(['  - id: ada\n', '  - id: ada\n    name: Ada Sample\n']);
		const own = changed(['  - id: ada\n', '  - id: ada\n    name: Ada Example\n']);
		const shown = checkSiteDefinitions([], [{ text: own, path: 'content/a/index.md' }, { text: other, path: 'content/b/index.md' }]).map((message) => formatMessage(message));
		expect(shown.length).toBe(2);
		expect(shown[0]).toBe(
			`content/b/index.md:${placeOf(other, 'Ada Sample')}: The person "ada" has name "Ada Sample" here, but "Ada Example" in content/a/index.md:${placeOf(own, 'Ada Example')}. (site-id-conflict)\n` +
				'  An id means one person across the site: define it once, in people.yml beside the articles, and refer to it by id; or give one of them another id.',
		);
		expect(shown[1]).toContain(`content/a/index.md:${placeOf(own, 'Ada Example')}: The person "ada" has name "Ada Example" here, but "Ada Sample" in content/b/index.md:${placeOf(other, 'Ada Sample')}.`);
	});
});
