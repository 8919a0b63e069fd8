import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP } from './astro-build';

/**
 * What only a real build shows: that an author error stops `astro build` with exit code 1 and
 * prints the file, line and column. Every other author error is tested on the pipeline alone
 * (tests/pipeline.test.ts), without a build.
 */
describe('a real build of an article with an author error', () => {
	const site = join(TMP, 'real-build');
	const article = join(site, 'content', 'broken', 'index.md');
	const wrong = 'speaker: adda';
	const text = readFileSync(join(ROOT, 'tests', 'fixtures', 'pipeline', 'all-annotations', 'index.md'), 'utf8').replace('speaker: ada', wrong);
	// The position of the wrong name, counted in the text itself.
	const before = text.slice(0, text.indexOf(wrong) + 'speaker: '.length);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');

	it(
		'exits with 1 and prints the file, line and column of the error',
		() => {
			expect(text).toContain(wrong);
			rmSync(site, { recursive: true, force: true });
			mkdirSync(join(site, 'content', 'broken'), { recursive: true });
			writeFileSync(article, text);
			const { status, output } = astroBuild(join(site, 'dist'), { CONTENT_DIR: join(site, 'content') });
			expect(status, output).toBe(1);
			expect(output).toContain(`.tmp/real-build/content/broken/index.md:${line}:${column}`);
			expect(output).toContain('unknown speaker "adda"');
		},
		BUILD_TIMEOUT,
	);
});
