import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP as SCRATCH } from './astro-build';

/**
 * Every article's rules are the build's, not a test's: proven on the second test article
 * (tests/fixtures/pipeline/ferry-fares), each broken in one way, built as `npm run build` builds.
 */
const TMP = join(SCRATCH, 'article-rules');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'pipeline', 'ferry-fares');

/** A site holding the second article, with one of its files changed; built, with where the article stands. */
function buildBroken(name: string, file: string, change: (text: string) => string | undefined) {
	const content = join(TMP, name, 'content');
	rmSync(join(TMP, name), { recursive: true, force: true });
	cpSync(FIXTURE, join(content, 'ferry-fares'), { recursive: true });
	const path = join(content, 'ferry-fares', file);
	const changed = change(readFileSync(path, 'utf8'));
	if (changed === undefined) rmSync(path);
	else writeFileSync(path, changed);
	const outDir = join(TMP, name, 'dist');
	return { ...astroBuild(outDir, { CONTENT_DIR: content }), shownAs: `.tmp/article-rules/${name}/content/ferry-fares/${file}`, changed };
}

/** `line:column` of the first character of `needle` in a text. */
function placeOf(text: string, needle: string): string {
	const at = text.indexOf(needle);
	expect(at, needle).toBeGreaterThanOrEqual(0);
	const before = text.slice(0, at).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
}

describe('the build checks every article', { timeout: BUILD_TIMEOUT }, () => {
	it('stops when one word of the text differs from original.txt, at that word', () => {
		const { status, output, shownAs, changed } = buildBroken('word', 'index.md', (text) => text.replace('study the figures', 'study the numbers'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${shownAs}:${placeOf(changed!, 'numbers')}`);
		expect(output).toContain('it reads "…numbers.');
		expect(output).toContain('original.txt reads "…figures.');
	});

	it('stops when a quotation mark of the text is dropped, where it was', () => {
		const { status, output, shownAs, changed } = buildBroken('quotation-mark', 'index.md', (text) => text.replace(':quote["disappointed', ':quote[disappointed'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${shownAs}:${placeOf(changed!, 'disappointed but patient')}`);
		expect(output).toContain('The text differs from original.txt');
	});

	it('stops when anchors.json lacks an id the page has, at the published list', () => {
		const { status, output, shownAs, changed } = buildBroken('anchors-entry', 'anchors.json', (text) => text.replace('\t\t"q-ada-patient",\n', ''));
		expect(status).not.toBe(0);
		expect(output).toContain(`${shownAs}:${placeOf(changed!, ']')}`);
		expect(output).toContain('anchors.json does not record: "q-ada-patient"');
	});

	it('stops when the article has no anchors.json', () => {
		const { status, output, shownAs } = buildBroken('anchors-file', 'anchors.json', () => undefined);
		expect(status).not.toBe(0);
		expect(output).toContain(`${shownAs.replace('anchors.json', 'index.md')}:1:1`);
		expect(output).toContain('The article has no anchors.json');
	});
});
