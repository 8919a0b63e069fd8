import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP as SCRATCH } from './astro-build';
import { copySiteFiles } from '../content';

/**
 * Every article's rules are the build's, not a test's: proven on the second test article
 * (tests/fixtures/pipeline/ferry-fares), copied once per case and each copy broken in one way,
 * all built together in one build, as `npm run build` builds (it reports every article's errors).
 */
const TMP = join(SCRATCH, 'article-rules');
const CONTENT = join(TMP, 'content');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'pipeline', 'ferry-fares');

/** `line:column` of the first character of `needle` in a text. */
function placeOf(text: string, needle: string): string {
	const at = text.indexOf(needle);
	expect(at, needle).toBeGreaterThanOrEqual(0);
	const before = text.slice(0, at).split('\n');
	return `${before.length}:${before.at(-1)!.length + 1}`;
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

describe('the build checks every article', () => {
	const shown = CASES.map((_, index) => `.tmp/article-rules/content/case-${index + 1}`);
	const places: string[] = [];
	let build = { status: null as number | null, output: '' };

	beforeAll(() => {
		rmSync(TMP, { recursive: true, force: true });
		mkdirSync(CONTENT, { recursive: true });
		copySiteFiles(join(FIXTURE, '..'), CONTENT);
		CASES.forEach(({ file, change, at }, index) => {
			const folder = join(CONTENT, `case-${index + 1}`);
			cpSync(FIXTURE, folder, { recursive: true });
			const changed = change(readFileSync(join(folder, file), 'utf8'));
			if (changed === undefined) rmSync(join(folder, file));
			else writeFileSync(join(folder, file), changed);
			places.push(`${shown[index]}/${at(changed)}`);
		});
		build = astroBuild(join(TMP, 'dist'), { CONTENT_DIR: CONTENT });
	}, BUILD_TIMEOUT);

	it('fails the build once, with exit code 1', () => {
		expect(build.status, build.output).toBe(1);
	});

	CASES.forEach(({ name, says }, index) => {
		it(name, () => {
			expect(build.output).toContain(places[index]);
			for (const words of says) expect(build.output).toContain(words);
		});
	});
});
