import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP } from './astro-build';

const BASE = readFileSync(join(ROOT, 'tests', 'fixtures', 'pipeline', 'all-annotations', 'index.md'), 'utf8');

/** Two articles made from the test article, with author errors: each change's words, and where the wrong word starts in it. */
const ARTICLES = {
	first: [
		{ find: 'speaker: ada', wrong: 'speaker: adda', at: 'adda', message: 'unknown speaker "adda"' },
		{ find: 'Second section', wrong: 'Second [section](javascript:alert(1))', at: '[section]', message: 'The address "javascript:alert(1)" uses the scheme "javascript:"' },
	],
	// A quote's error is placed at the quote.
	second: [{ find: ':quote["not reached"]{#q-ada-quorum statement=ada-post', wrong: ':quote["not reached"]{#q-ada-quorum statement=ada-pots', at: ':quote', message: 'Unknown statement "ada-pots"' }],
};

/** line:column of the first character of `at` inside the first `wrong` of a text, counted in the text itself. */
function position(text: string, wrong: string, at: string): string {
	const before = text.slice(0, text.indexOf(wrong) + wrong.indexOf(at));
	return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

/**
 * What only a real build shows: `astro build` lists every author error of every article, each
 * with its file, line and column, and exits with 1. Each error on its own is tested on the
 * pipeline, without a build (tests/pipeline.test.ts).
 */
describe('a real build of articles with author errors', () => {
	const site = join(TMP, 'real-build');

	it(
		'lists every error with its file, line and column, and exits with 1',
		() => {
			rmSync(site, { recursive: true, force: true });
			const expected: string[] = [];
			for (const [slug, changes] of Object.entries(ARTICLES)) {
				let text = BASE;
				for (const { find, wrong } of changes) text = text.replace(find, wrong);
				for (const { wrong, at, message } of changes) {
					expect(text).toContain(wrong);
					expected.push(`.tmp/real-build/content/${slug}/index.md:${position(text, wrong, at)}`, message);
				}
				mkdirSync(join(site, 'content', slug), { recursive: true });
				writeFileSync(join(site, 'content', slug, 'index.md'), text);
			}
			expect(expected.length).toBe(2 * 3);
			const { status, output } = astroBuild(join(site, 'dist'), { CONTENT_DIR: join(site, 'content') });
			expect(status, output).toBe(1);
			for (const line of expected) expect(output).toContain(line);
		},
		BUILD_TIMEOUT,
	);
});
