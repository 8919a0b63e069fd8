import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Heading, Nodes as MdastNode, Paragraph, Root as MdastRoot, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { processor, renderArticle } from '../src/lib/pipeline';
import { NO_SITE, readSite } from '../src/lib/site-files';
import { checkSlug, siteRoutes } from '../src/lib/slugs';
import { readArticle } from '../src/lib/read-article';
import { AuthorErrors } from '../src/lib/author-error';

/**
 * Hostile and careless inputs, each a real article of content/ with one change: every one
 * must fail with the file, line and column of the change, or render faithfully.
 */
const CONTENT = join(import.meta.dirname, '..', 'content');
const slugs = readdirSync(CONTENT).filter((slug) => existsSync(join(CONTENT, slug, 'index.md')) && existsSync(join(CONTENT, slug, 'anchors.json')));

let article = '';
let anchors = '';
let published: string[] = [];
/** The site files beside the articles, which the article's ids resolve against too. */
let site = NO_SITE;
beforeAll(async () => {
	expect(slugs.length).toBeGreaterThan(0);
	({ site } = await readSite(CONTENT, (path) => path));
	article = await readArticle(join(CONTENT, slugs[0]!, 'index.md'));
	anchors = await readArticle(join(CONTENT, slugs[0]!, 'anchors.json'));
	published = JSON.parse(anchors).published;
});

const render = (text: string, registry = anchors) => renderArticle({ text, path: 'index.md' }, { registry: { text: registry, path: 'anchors.json' }, site });

/** The first error an input gives: `file:line:column: reason`. */
async function failure(text: string, registry = anchors): Promise<{ at: string; reason: string; note: string }> {
	try {
		await render(text, registry);
	} catch (error) {
		const first = error instanceof AuthorErrors ? error.messages[0] : undefined;
		if (first) return { at: `${first.file}:${first.line}:${first.column}`, reason: first.reason, note: first.note ?? '' };
		throw error;
	}
	throw new Error('rendered without an error');
}

/** `file:line:column` of the `n`-th character of `needle` in `text`, counted from 1 as editors do. */
function placeOf(file: string, text: string, needle: string, n = 0): string {
	const offset = text.indexOf(needle);
	expect(offset).toBeGreaterThanOrEqual(0);
	const before = text.slice(0, offset + n).split('\n');
	return `${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

/** The first `## … {#id}` heading of the article, and its id. */
function firstHeading(): { line: string; id: string } {
	const line = article.split('\n').find((l) => /^## .*\{#[^}]+\}$/.test(l))!;
	return { line, id: line.slice(line.lastIndexOf('{#') + 2, -1) };
}

/** The article with its first heading's id replaced, and the registry without the old id. */
function withHeadingId(id: string): { text: string; registry: string } {
	const heading = firstHeading();
	const text = article.replace(heading.line, heading.line.replace(`{#${heading.id}}`, `{#${id}}`));
	return { text, registry: anchors };
}

describe('one id space per page', () => {
	const owned = () => {
		const person = /^ {2}- id: (\S+)$/m.exec(article.slice(article.indexOf('\npeople:')))![1]!;
		const event = /^ {2}- id: (e-\S+)$/m.exec(article.slice(article.indexOf('\nevents:')))![1]!;
		const quote = /\{#(q-[a-z0-9-]+)/.exec(article)![1]!;
		return { person, event, quote };
	};

	it.each([
		['a landmark of the page', () => 'main', /already the page’s main content/],
		['a panel', () => 'sources', /already the sources panel/],
		['a person of the list', () => `person-${owned().person}`, /already the entry of "[a-z-]+" in the list of people/],
		['a timeline event', () => owned().event, /already the timeline's event/],
		['a quote panel card', () => `panel-${owned().quote}`, /already the quote panel's card/],
	])('refuses a section id that is already %s, at the heading, naming both', async (_, id, message) => {
		const { text, registry } = withHeadingId(id());
		const error = await failure(text, registry);
		expect(error.at).toBe(placeOf('index.md', text, `{#${id()}}`).replace(/:\d+$/, ':1'));
		expect(error.reason).toContain(`"${id()}"`);
		expect(error.reason).toMatch(message);
	});

	it('refuses a section id with a prefix another kind owns, even when nothing has that id yet', async () => {
		const { text, registry } = withHeadingId('person-nobody');
		const error = await failure(text, registry);
		expect(error.reason).toBe('The heading id "person-nobody" starts with "person-", which is kept for the list of people.');
	});

	it('refuses a section id that is the id of a paragraph, naming where the paragraph is', async () => {
		const heading = firstHeading();
		const second = article.split('\n').filter((l) => /^## .*\{#[^}]+\}$/.test(l))[1]!;
		const text = article.replace(second, second.replace(/\{#[^}]+\}$/, `{#${heading.id}-p1}`));
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, `{#${heading.id}-p1}`).replace(/:\d+$/, ':1'));
		expect(error.reason).toMatch(new RegExp(`^The id "${heading.id}-p1" is used twice: by a paragraph at line \\d+, column 1, and by a heading here\\.$`));
	});
});

describe('the anchor registry cannot be fooled', () => {
	const withAliases = (aliases: Record<string, string>) => JSON.stringify({ ...JSON.parse(anchors), aliases }, null, '\t');

	it.each([
		['person-medvedev', /already the entry of "medvedev" in the list of people|starts with "person-"/],
		['sources', /already the sources panel/],
		['main', /already the page’s main content/],
	])('refuses the alias "%s", which would take an id the page owns, at its key in anchors.json', async (alias, message) => {
		const registry = withAliases({ [alias]: firstHeading().id });
		const error = await failure(article, registry);
		expect(error.at).toBe(placeOf('anchors.json', registry, `"${alias}"`, 1));
		expect(error.reason).toMatch(message);
	});

	it.each([
		['a space', 'old id', 3, /contains a space/],
		['a quote', 'old"id', 3, /contains the character """/],
		['markup', '<script>', 0, /contains the character "<"/],
		['a bidi override', 'old\u202Eid', 3, /contains an invisible character, U\+202E/],
	])('refuses an alias key holding %s, pointing at the character', async (_, alias, index, message) => {
		const registry = withAliases({ [alias]: firstHeading().id });
		const error = await failure(article, registry);
		const written = JSON.stringify(alias);
		// Escaped characters cannot be pointed at inside the string: the error stands at its opening quote.
		const at = written.includes('\\') ? 0 : index + 1;
		expect(error.at).toBe(placeOf('anchors.json', registry, written, at));
		expect(error.reason).toMatch(message);
	});

	it.each(['constructor', '__proto__'])('refuses the published id "%s" that the page does not have', async (id) => {
		const registry = JSON.stringify({ ...JSON.parse(anchors), published: [...published, id] }, null, '\t');
		const error = await failure(article, registry);
		expect(error.reason).toBe(`The published id "${id}" is no longer on the page, so shared links to #${id} would break.`);
		expect(error.at).toBe(placeOf('anchors.json', registry, `"${id}"`, 1));
	});

	it('refuses an alias written twice, which JSON would reduce to the last one silently', async () => {
		const { id } = firstHeading();
		const registry = anchors.replace('"aliases": {}', `"aliases": {\n\t\t"old-one": "${id}",\n\t\t"old-one": "${id}"\n\t}`);
		expect(registry).not.toBe(anchors);
		const error = await failure(article, registry);
		expect(error.at).toBe(`anchors.json:${registry.split('\n').findLastIndex((line) => line.includes('"old-one"')) + 1}:4`);
		expect(error.reason).toBe('anchors.json has the key "old-one" twice in one object.');
	});

	it.each(['constructor', 'toString', 'hasOwnProperty'])('takes a directive named ":%s" for an unknown directive, at its place, not for a built-in of JavaScript', async (name) => {
		const mention = /:mention\[[^\]]+\]\{ref=[a-z0-9-]+\}/.exec(article)![0];
		const text = article.replace(mention, mention.replace(':mention', `:${name}`));
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, `:${name}[`));
		expect(error.reason).toMatch(new RegExp(`^Unknown directive ":${name}"\\.`));
	});

	it('refuses brackets nested 100,000 deep at the first one too deep, instead of overflowing the stack', async () => {
		const registry = anchors.replace('"aliases": {}', `"aliases": {}, "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}`);
		const error = await failure(article, registry);
		// The file's own object is the first level: the eighth bracket of the run is the ninth.
		expect(error.at).toBe(placeOf('anchors.json', registry, '[[[[', 7));
		expect(error.reason).toBe('anchors.json nests brackets more than 8 deep here.');
	});

	it('points at the real line and column of a JSON syntax error', async () => {
		const registry = anchors.replace(`"${published[2]}",`, `"${published[2]}"`);
		const error = await failure(article, registry);
		expect(error.at).toBe(placeOf('anchors.json', registry, `"${published[3]}"`));
		expect(error.reason).toBe('anchors.json is not valid JSON: comma expected.');
	});

	it('points at the value that breaks the schema', async () => {
		const registry = anchors.replace(`"${published[1]}"`, '42');
		const error = await failure(article, registry);
		expect(error.at).toBe(placeOf('anchors.json', registry, '42'));
		expect(error.reason).toMatch(/^anchors\.json published\.1: /);
	});
});

describe('a published paragraph id keeps pointing at the same words', () => {
	it('fails at its fingerprint in anchors.json when a paragraph inserted before it moves it, naming where its words went', async () => {
		const [id, recorded] = Object.entries(JSON.parse(anchors).fingerprints as Record<string, string>)[0]!;
		expect(id).toMatch(/-p1$/);
		const section = id.slice(0, -'-p1'.length);
		const heading = article.split('\n').find((line) => line.startsWith('## ') && line.endsWith(`{#${section}}`))!;
		const text = article.replace(heading, `${heading}\n\nA paragraph that was not there.`);
		const error = await failure(text);
		expect(error.at).toBe(placeOf('anchors.json', anchors, `"${recorded}"`, 1));
		expect(error.reason).toBe(`The published paragraph id "${id}" now lands on different words, so shared links to #${id} would show another paragraph. Those words are now at #${section}-p2.`);
	});

	it('follows an alias: the paragraph an old id now lands on must hold its words', async () => {
		const prints = JSON.parse(anchors).fingerprints as Record<string, string>;
		const [first, second] = Object.keys(prints);
		const registry = JSON.stringify({ ...JSON.parse(anchors), published: [...published, 'gone-p1'], aliases: { 'gone-p1': second }, fingerprints: { ...prints, 'gone-p1': prints[first!] } }, null, '\t');
		const error = await failure(article, registry);
		expect(error.reason).toMatch(new RegExp(`^The published paragraph id "gone-p1" now lands on different words.* Those words are now at #${first}\\.$`));
	});

	it('records the words of the current paragraphs in anchors.json, so each published paragraph id has a fingerprint', () => {
		const { fingerprints } = JSON.parse(anchors) as { fingerprints: Record<string, string> };
		const paragraphs = published.filter((id) => /-p\d+$/.test(id));
		expect(paragraphs.length).toBeGreaterThan(0);
		expect(Object.keys(fingerprints).sort()).toEqual(paragraphs.sort());
	});
});

describe('ids and control characters report where they are', () => {
	it('refuses a heading id with a space, at the space, instead of showing it as heading text', async () => {
		const { text } = withHeadingId('bad id');
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, '{#bad id}', 5));
		expect(error.reason).toBe('Heading id "{#bad id}" is not a valid id: it contains a space.');
	});

	it('points at a zero-width space in an id and names it', async () => {
		const { id } = firstHeading();
		const broken = `${id.slice(0, 3)}\u200B${id.slice(3)}`;
		const { text } = withHeadingId(broken);
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, `{#${broken}}`, 5));
		expect(error.reason).toContain('U+200B (ZERO WIDTH SPACE)');
	});

	it.each([
		['the headline', (text: string) => text.replace(/^headline: "(.)/m, 'headline: "$1\u0000')],
		['the body', (text: string) => text.replace(/\n\n([A-Z][a-z]+) /, '\n\n$1\u0000 ')],
		['an escape in the summary', (text: string) => text.replace(/^summary: >-\n {2}(\S+)/m, 'summary: >-\n  $1\u001B')],
	])('refuses a control character in %s, at its place, instead of a silent U+FFFD', async (_, change) => {
		const text = change(article);
		expect(text).not.toBe(article);
		const control = /[\u0000\u001B]/.exec(text)!;
		const error = await failure(text);
		const before = text.slice(0, control.index).split('\n');
		expect(error.at).toBe(`index.md:${before.length}:${before.at(-1)!.length + 1}`);
		expect(error.reason).toMatch(/^An invisible control character \(U\+00(00 \(NULL\)|1B \(ESCAPE\))\) is in the text\.$/);
	});
});

describe('messages that help', () => {
	it('says what YAML made of an unquoted date such as 0099, at the value', async () => {
		const line = article.split('\n').find((l) => /^published: \d{4}-\d{2}-\d{2}$/.test(l))!;
		const text = article.replace(line, 'published: 0099');
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, 'published: 0099', 'published: '.length));
		expect(error.reason).toBe('Frontmatter published: YAML reads 0099 as the number 99, not as written; put it in quotes: "0099"');
	});

	it('places a YAML syntax error at the file’s line and does not quote the frontmatter’s own line numbers', async () => {
		const line = article.split('\n').find((l) => /^lang: /.test(l))!;
		const text = article.replace(line, `${line}: broken`);
		const error = await failure(text);
		expect(error.at.startsWith(`index.md:${text.split('\n').indexOf(`${line}: broken`) + 1}:`)).toBe(true);
		expect(error.reason).toMatch(/^The frontmatter is not valid YAML: [^\n]+\.$/);
		expect(error.reason).not.toMatch(/at line \d+/);
	});

	it('points at a zero-width space in a quote id and names it', async () => {
		const id = /\{#(q-[a-z0-9-]+)/.exec(article)![1]!;
		const broken = `${id.slice(0, 4)}\u200B${id.slice(4)}`;
		const text = article.replace(`{#${id}`, `{#${broken}`);
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, `{#${broken}`, 6));
		expect(error.reason).toBe(`Quote id "#${broken}" is not a valid id: it contains an invisible character, U+200B (ZERO WIDTH SPACE).`);
	});

	it('refuses a control character written as a YAML escape, at the value', async () => {
		const line = article.split('\n').find((l) => l.startsWith('headline: "'))!;
		const text = article.replace(line, line.replace('headline: "', 'headline: "\\0'));
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, 'headline: "', 'headline: '.length));
		expect(error.reason).toBe('A frontmatter value holds an invisible control character (U+0000 (NULL)), written as an escape.');
	});
});

describe('article folders are safe addresses', () => {
	const at = 'content/x/index.md';
	let routes: Map<string, string>;
	beforeAll(async () => {
		routes = await siteRoutes(new URL('../src/', import.meta.url), new URL('../public/', import.meta.url));
	});
	const refusal = (slug: string) => {
		try {
			checkSlug(slug, routes, at);
		} catch (error) {
			expect(error).toBeInstanceOf(AuthorErrors);
			const [message] = (error as AuthorErrors).messages;
			expect(message!.ruleId).toBe('article-folder');
			return `${message!.file}:${message!.line}:${message!.column}: ${message!.reason}`;
		}
		return 'accepted';
	};

	it('takes the site routes from src/pages and public', () => {
		const pages = readdirSync(join(import.meta.dirname, '..', 'src', 'pages')).filter((name) => !name.startsWith('[') && !name.startsWith('index.'));
		expect(pages.length).toBeGreaterThan(2);
		for (const name of pages) expect(routes.get(name.split('.')[0]!)).toBe(`src/pages/${name}`);
	});

	it.each([
		['contents', /would be published at \/contents\/, which the site uses for src\/pages\/contents\.astro\.$/],
		['people', /which the site uses for src\/pages\/people\.$/],
		['rss', /src\/pages\/rss\.xml\.ts/],
		['robots', /src\/pages\/robots\.txt\.ts/],
		['favicon', /public\/favicon\.svg/],
		['pagefind', /the search index/],
		['sitemap', /the sitemap/],
		['Kyiv-compact', /is not a valid address: it contains an uppercase letter "K"\.$/],
		['my article', /is not a valid address: it contains a space\.$/],
		['x'.repeat(300), /is not a valid address: it is 300 characters long; the limit is 64\.$/],
		['статья', /is not a valid address: it contains the character "с"/],
	])('refuses the folder "%s" before rendering, at the article\'s first line', (slug, message) => {
		const refused = refusal(slug);
		expect(refused.startsWith(`${at}:1:1: The article folder "${slug}" `)).toBe(true);
		expect(refused).toMatch(message);
	});

	it('accepts the folders of content/', () => {
		for (const slug of slugs) expect(refusal(slug)).toBe('accepted');
	});
});

describe('long headings and ids', () => {
	const cyrillic = 'Гарантии безопасности для Украины и реакция Кремля на предложение рабочей группы во главе с Ермаком и Расмуссеном о новом союзе вместо скорого членства в НАТО';

	it('shortens the id a long heading gives to at most 64 characters, at a word', async () => {
		expect([...cyrillic].length).toBeGreaterThan(150);
		const text = `${article.trimEnd()}\n\n## ${cyrillic}\n\nA paragraph.\n`;
		// The new section's ids are not recorded: against an article not yet published, they need not be.
		const { data } = await render(text, JSON.stringify({ published: [], aliases: {} }));
		const section = data.sections.find((s) => s.title === cyrillic)!;
		expect([...section.id].length).toBeLessThanOrEqual(64);
		expect([...section.id].length).toBeGreaterThan(32);
		expect(cyrillic.toLowerCase().replaceAll(' ', '-').startsWith(section.id)).toBe(true);
	});

	it('refuses an explicit id over 64 characters, at the id', async () => {
		const id = 'a'.repeat(300);
		const { text } = withHeadingId(id);
		const error = await failure(text);
		expect(error.at).toBe(placeOf('index.md', text, `{#${id}}`, 2));
		expect(error.reason).toBe(`Heading id "{#${id}}" is not a valid id: it is 300 characters long; the limit is 64.`);
	});
});

/**
 * Inputs that make parsers slow, at sizes that show the results are right and stay quick. The
 * benchmark (bench/large-inputs.mjs) times, at 1 MB, the article repeated and a line and a
 * paragraph (through every plugin) of each character below; the spaces in a heading, the
 * quotation marks around a quote's words and the deep nesting are checked here only, not timed.
 */
describe('linear time on any input', () => {
	const MB = 1_000_000;
	/** Ten times the longest block the pipeline accepts from an author. */
	const LARGE = 100_000;
	const statement = () => /statement=([a-z0-9-]+)/.exec(article)![1]!;

	it.each([
		['quotation marks', () => `:quote["${'”'.repeat(MB)}x"]{#q-long statement=${statement()}}`],
		['spaces', () => `a${' '.repeat(MB)}b`],
		['brackets', () => '['.repeat(MB)],
		['colons', () => ':'.repeat(MB)],
		['angle brackets', () => '<'.repeat(MB)],
	])('reports a 1 MB line of %s before parsing, at its line, as a block to split', async (_, line) => {
		const text = `${article.trimEnd()}\n\n${line()}\n`;
		const error = await failure(text);
		expect(error.at).toBe(`index.md:${article.trimEnd().split('\n').length + 2}:1`);
		expect(error.reason).toBe('This block is more than 10,000 characters long before its next blank line.');
	});

	it('reports a block quote nested 10,000 deep at its line instead of overflowing the stack', async () => {
		const text = `${article.trimEnd()}\n\n${'>'.repeat(10_000)} deep\n`;
		const error = await failure(text);
		expect(error.at).toBe(`index.md:${article.trimEnd().split('\n').length + 2}:1`);
		expect(error.reason).toBe('Block quotes or lists are nested 10000 deep on this line; the limit is 32.');
	});

	it('reports a list nested 1,000 deep by indentation once, at the first item past the limit, before parsing', async () => {
		// One item per level, each indented two columns more than the one before, blank lines between.
		const items = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`);
		const text = `${article.trimEnd()}\n\n${items.join('\n\n')}\n`;
		const messages = await render(text).then(
			() => [],
			(error: unknown) => (error instanceof AuthorErrors ? error.messages : Promise.reject(error)),
		);
		expect(messages.length).toBe(1);
		expect(`${messages[0]!.file}:${messages[0]!.line}:${messages[0]!.column}`).toBe(placeOf('index.md', text, '- level 33\n'));
		expect(messages[0]!.reason).toBe('This list item is nested 33 deep by its indentation; the limit is 32.');
		expect(messages[0]!.note).toMatch(/Indent it less/);
	});

	it('renders a list nested 32 deep by indentation, the limit', async () => {
		const items = Array.from({ length: 32 }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`);
		const text = `${article.trimEnd()}\n\n${items.join('\n')}\n`;
		const html = (await render(text).catch((error: unknown) => Promise.reject(error instanceof AuthorErrors ? new Error(error.message) : error))).html;
		// The last item stands inside 32 lists: 32 opened and none closed before it.
		const before = html.slice(0, html.indexOf('level 32'));
		expect((before.match(/<ul>/g) ?? []).length - (before.match(/<\/ul>/g) ?? []).length).toBe(32);
	});

	/** Runs every plugin on the article's tree after `change` put 100 KB into one of its nodes. */
	async function transform(change: (tree: MdastRoot) => void): Promise<{ html: string; file: VFile }> {
		const file = new VFile({ value: article, path: 'index.md', data: { site } });
		const tree = processor.parse(file);
		change(tree);
		const html = processor.stringify(await processor.run(tree, file), file);
		return { html, file };
	}

	/** The first node of a type (and test) in the tree. */
	function first<T extends MdastNode>(tree: MdastRoot, test: (node: MdastNode) => node is T): T {
		let found: T | undefined;
		visit(tree, (node) => {
			if (!found && test(node)) found = node;
		});
		expect(found).toBeDefined();
		return found!;
	}

	it.each([
		['spaces', ' '],
		['brackets', '['],
		['colons', ':'],
		['quotation marks', '”'],
	])('keeps a 100 KB paragraph of %s whole through every plugin', async (_, character) => {
		const { html } = await transform((tree) => {
			const paragraph = first(tree, (node): node is Paragraph => node.type === 'paragraph' && node.children[0]?.type === 'text');
			const text = paragraph.children[0] as Text;
			text.value = `${text.value.slice(0, 5)}${character.repeat(LARGE)}${text.value.slice(5)}`;
		});
		expect(html.length).toBeGreaterThan(LARGE);
	});

	it('takes the id after 100 KB of spaces in a heading, and strips 100 KB of quotation marks from a quote', async () => {
		let quoteId = '';
		const { html, file } = await transform((tree) => {
			const heading = first(tree, (node): node is Heading => node.type === 'heading');
			const last = heading.children.at(-1) as Text;
			last.value = `Head${' '.repeat(LARGE)}x {#head}`;
			const quote = first(tree, (node): node is TextDirective => node.type === 'textDirective' && node.name === 'quote');
			quoteId = quote.attributes!.id!;
			(quote.children[0] as Text).value = `${'”'.repeat(LARGE)}words${'“'.repeat(LARGE)}`;
		});
		expect(html).toContain('<h2 id="head"');
		expect(file.data.quotes!.find((quote) => quote.id === quoteId)!.text).toBe('words');
	});

	it('renders a 100 KB article, its body repeated with new ids', async () => {
		const body = article.slice(article.indexOf('\n---\n', 4) + 5);
		let text = article;
		let copies = 1;
		for (; text.length < LARGE; copies++) text += body.replaceAll(/\{#([a-z0-9-]+)/g, `{#$1-${copies + 1}`);
		expect(copies).toBeGreaterThan(3);
		// The copies' ids are new: against an article not yet published, they need no recording.
		const { data } = await render(text, JSON.stringify({ published: [], aliases: {} }));
		const sections = (article.match(/^## /gm) ?? []).length;
		expect(sections).toBeGreaterThan(0);
		expect(data.sections.length).toBe(sections * copies);
	});
});
