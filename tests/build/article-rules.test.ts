import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, TMP as SCRATCH } from './astro-build';
import { copySiteFiles } from '../content';
import { FIXTURES } from './site';

/**
 * Every article's rules are the build's, not a test's, and a real build reports every author
 * error of every article at once, each with its file, line and column, then exits with 1. Proven
 * in one build of broken articles, as `npm run build` builds: copies of the second test article
 * (tests/fixtures/pipeline/ferry-fares), each broken in one way; two copies of the first test
 * article with several errors; a person renamed in one article; and an article folder named like
 * a page of the site. Each error on its own is tested on the pipeline, without a build
 * (tests/pipeline.test.ts, tests/hardening.test.ts).
 */
const TMP = join(SCRATCH, 'article-rules');
const CONTENT = join(TMP, 'content');
/** How the build names the files of CONTENT, relative to the project. */
const SHOWN = '.tmp/article-rules/content';
const FIXTURE = join(FIXTURES, 'ferry-fares');

/** `line:column` of a character of a text, counted in the text itself. */
function lineColumn(text: string, at: number): string {
	const before = text.slice(0, at).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** `line:column` of the first character of `needle` in a text. */
function placeOf(text: string, needle: string): string {
	const at = text.indexOf(needle);
	expect(at, needle).toBeGreaterThanOrEqual(0);
	return lineColumn(text, at);
}

/** The message of a build's output placed at `place` (`file:line:column`): from there to the next message. */
function messageAt(output: string, place: string): string {
	const start = output.indexOf(`${place}: `);
	expect(start, `no message at ${place}`).toBeGreaterThanOrEqual(0);
	const next = output.indexOf(`\n${SHOWN}/`, start);
	return output.slice(start, next === -1 ? undefined : next);
}

/** Each case: the file changed (or removed, when `change` gives undefined), where the error is shown and what it says. */
const CASES: { name: string; file: string; change: (text: string) => string | undefined; at: (changed: string | undefined) => string; says: string[] }[] = [
	{
		name: 'stops when one word of the text differs from original.txt, at that word',
		file: 'index.md',
		change: (text) => text.replace('study the figures', 'study the numbers'),
		at: (changed) => `index.md:${placeOf(changed!, 'numbers')}`,
		says: ['it reads "…numbers.', 'original.txt reads "…figures.'],
	},
	{
		// The word before a citation and the punctuation after it are set on one line with its mark, as text nodes of their own (remark-citations): they keep their places.
		name: 'stops when the word a citation follows differs from original.txt, at that word',
		file: 'index.md',
		change: (text) => text.replace('study the figures.', 'study the numbers :cite{ref=council-minutes}.'),
		at: (changed) => `index.md:${placeOf(changed!, 'numbers :cite')}`,
		says: ['it reads "…numbers.', 'original.txt reads "…figures.'],
	},
	{
		name: 'stops when the punctuation after a citation differs from original.txt, at that mark',
		file: 'index.md',
		change: (text) => text.replace('study the figures.', 'study the figures :cite{ref=council-minutes};'),
		at: (changed) => `index.md:${placeOf(changed!, ';\n')}`,
		says: ['The text differs from original.txt'],
	},
	{
		name: 'stops when a quotation mark of the text is dropped, where it was',
		file: 'index.md',
		change: (text) => text.replace(':quote["disappointed', ':quote[disappointed'),
		at: (changed) => `index.md:${placeOf(changed!, 'disappointed but patient')}`,
		says: ['The text differs from original.txt'],
	},
	{
		name: 'stops when anchors.json lacks an id the page has, at the published list',
		file: 'anchors.json',
		change: (text) => text.replace('\t\t"q-ada-patient",\n', ''),
		at: (changed) => `anchors.json:${placeOf(changed!, ']')}`,
		says: ['anchors.json does not record: "q-ada-patient"'],
	},
	{
		name: 'stops when the article has no anchors.json',
		file: 'anchors.json',
		change: () => undefined,
		at: () => 'index.md:1:1',
		says: ['The article has no anchors.json'],
	},
];

/** Two articles made from the first test article, with several author errors: each change's words, and where the wrong word starts in it. */
const SEVERAL = {
	first: [
		{ find: 'speaker: ada', wrong: 'speaker: adda', at: 'adda', message: 'unknown speaker "adda"' },
		{ find: 'Second section', wrong: 'Second [section](javascript:alert(1))', at: '[section]', message: 'The address "javascript:alert(1)" uses the scheme "javascript:"' },
	],
	// A quote's error is placed at the quote.
	second: [{ find: ':quote["not reached"]{#q-ada-quorum statement=ada-post', wrong: ':quote["not reached"]{#q-ada-quorum statement=ada-pots', at: ':quote', message: 'Unknown statement "ada-pots"' }],
};

/** The folder of the person renamed: a copy of the second test article, where "ada" of the site file people.yml gets another name. */
const RENAMED = 'renamed';
/** A folder named like a page of the site (src/pages/contents.astro), holding a copy of the second test article. */
const SHADOW = 'contents';

describe('the build checks every article', () => {
	const places: string[] = [];
	const several: [place: string, words: string][] = [];
	let renamed = '';
	let build = { status: null as number | null, output: '' };

	beforeAll(async () => {
		rmSync(TMP, { recursive: true, force: true });
		mkdirSync(CONTENT, { recursive: true });
		copySiteFiles(FIXTURES, CONTENT);
		CASES.forEach(({ file, change, at }, index) => {
			const folder = join(CONTENT, `case-${index + 1}`);
			cpSync(FIXTURE, folder, { recursive: true });
			const changed = change(readFileSync(join(folder, file), 'utf8'));
			if (changed === undefined) rmSync(join(folder, file));
			else writeFileSync(join(folder, file), changed);
			places.push(`${SHOWN}/case-${index + 1}/${at(changed)}`);
		});
		const base = readFileSync(join(FIXTURES, 'all-annotations', 'index.md'), 'utf8');
		for (const [slug, changes] of Object.entries(SEVERAL)) {
			let text = base;
			for (const { find, wrong } of changes) text = text.replace(find, wrong);
			for (const { wrong, at, message } of changes) {
				expect(text).toContain(wrong);
				several.push([`${SHOWN}/${slug}/index.md:${lineColumn(text, text.indexOf(wrong) + wrong.indexOf(at))}`, message]);
			}
			mkdirSync(join(CONTENT, slug));
			writeFileSync(join(CONTENT, slug, 'index.md'), text);
		}
		cpSync(FIXTURE, join(CONTENT, RENAMED), { recursive: true });
		const written = readFileSync(join(FIXTURE, 'index.md'), 'utf8');
		renamed = written.replace('  - id: ada\n', '  - id: ada\n    name: Ada Sample\n');
		expect(renamed).not.toBe(written);
		writeFileSync(join(CONTENT, RENAMED, 'index.md'), renamed);
		cpSync(FIXTURE, join(CONTENT, SHADOW), { recursive: true });
		build = await astroBuild(join(TMP, 'dist'), { CONTENT_DIR: CONTENT });
	}, BUILD_TIMEOUT);

	it('fails the build once, with exit code 1', () => {
		expect(build.status, build.output).toBe(1);
	});

	CASES.forEach(({ name, says }, index) => {
		it(name, () => {
			const message = messageAt(build.output, places[index]!);
			for (const words of says) expect(message).toContain(words);
		});
	});

	it('lists every error of an article with several, each with its file, line and column', () => {
		expect(several.length).toBe(3);
		for (const [place, words] of several) expect(messageAt(build.output, place)).toContain(words);
	});

	it('stops at both definitions when an article gives a person of the site file another name', () => {
		const here = `${SHOWN}/${RENAMED}/index.md:${placeOf(renamed, 'Ada Sample')}`;
		const there = `${SHOWN}/people.yml:${placeOf(readFileSync(join(CONTENT, 'people.yml'), 'utf8'), 'Ada Example')}`;
		expect(build.output).toContain(`${here}: The person "ada" has name "Ada Sample" here, but "Ada Example" in ${there}.`);
		expect(build.output).toContain(`${there}: The person "ada" has name "Ada Example" here`);
	});

	it('stops when an article folder is named like a page of the site, naming the folder and the page it would hide', () => {
		expect(build.output).toContain(`${SHOWN}/${SHADOW}/index.md:1:1`);
		expect(build.output).toContain(`The article folder "${SHADOW}" would be published at /${SHADOW}/, which the site uses for src/pages/contents.astro.`);
	});
});
