import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, TMP as SCRATCH } from './astro-build';
import { errorArticle } from '../fixtures/errors/cases';

const TMP = join(SCRATCH, 'real-build');

/** Builds a folder of articles into a folder of its own. */
function build(contentDir: string, name: string) {
	const outDir = join(TMP, name, 'dist');
	return { ...astroBuild(outDir, { CONTENT_DIR: contentDir }), outDir };
}

/** A folder of one article made from an error fixture, inside the project so paths read as the author's. */
function brokenSite(fixture: string): string {
	const site = join(TMP, fixture, 'content');
	rmSync(site, { recursive: true, force: true });
	mkdirSync(join(site, 'broken'), { recursive: true });
	writeFileSync(join(site, 'broken', 'index.md'), errorArticle(fixture));
	return site;
}

describe('a real build', () => {
	it('builds the small test articles: the engine is not tied to one article', () => {
		const { status, output, outDir } = build('tests/fixtures/pipeline', 'fixtures');
		expect(status, output).toBe(0);
		expect(existsSync(join(outDir, 'all-annotations', 'index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'all-annotations', 's', 'q-ada-quorum', 'index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'bom-crlf-nfd', 'cards', 'meeting.png'))).toBe(true);
	});

	it.each([
		['unknown-speaker', '.tmp/real-build/unknown-speaker/content/broken/index.md:49:14', 'unknown speaker "adda"'],
		['unknown-statement', '.tmp/real-build/unknown-statement/content/broken/index.md:58:118', 'Unknown statement "ada-pots"'],
		['raw-html-script', '.tmp/real-build/raw-html-script/content/broken/index.md:74:1', 'Raw HTML is not allowed'],
		['not-utf8', '.tmp/real-build/not-utf8/content/broken/index.md:74:9', 'not valid UTF-8'],
	])('stops on "%s" with the file, line and column, and exits non-zero', (fixture, place, message) => {
		const { status, output } = build(brokenSite(fixture), fixture);
		expect(status).not.toBe(0);
		expect(output).toContain(message);
		expect(output).toContain(place);
	});
});
