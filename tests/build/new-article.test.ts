import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP as SCRATCH } from './astro-build';
import { fold, originalTextOf } from './site';

const TMP = join(SCRATCH, 'new-article');
const TEXT = join(ROOT, 'tests', 'fixtures', 'pipeline', 'ferry-fares', 'original.txt');

/** `npm run new -- <args>`, as an author types it, into a content folder of the test's own. */
function runNew(...args: string[]) {
	const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'new-article.mjs'), ...args, '--content', join(TMP, 'content')], { cwd: ROOT, encoding: 'utf8' });
	return { status: run.status, output: run.stdout + run.stderr };
}

describe('npm run new', () => {
	it('makes a folder from a text file that builds, with the text word for word', { timeout: BUILD_TIMEOUT }, async () => {
		rmSync(TMP, { recursive: true, force: true });
		const { status, output } = runNew('new-story', '--from', TEXT);
		expect(status, output).toBe(0);
		const folder = join(TMP, 'content', 'new-story');
		const received = readFileSync(TEXT, 'utf8');
		const paragraphs = received.split(/\n\s*\n/).map(fold).filter(Boolean);
		expect(paragraphs.length).toBe(6);

		expect(readFileSync(join(folder, 'original.txt'), 'utf8')).toBe(received);
		expect(JSON.parse(readFileSync(join(folder, 'anchors.json'), 'utf8'))).toEqual({ published: [], aliases: {} });
		const index = readFileSync(join(folder, 'index.md'), 'utf8');
		for (const field of ['headline:', 'summary:', 'published:', 'lang:', 'original:', '  publisher:', '  url:']) expect(index).toMatch(new RegExp(`#[^\\n]*\\n${field}`));
		expect(index.match(/^## /gm)).toHaveLength(1);

		const built = await astroBuild(join(TMP, 'dist'), { CONTENT_DIR: join(TMP, 'content') });
		expect(built.status, built.output).toBe(0);
		const $ = cheerio.load(readFileSync(join(TMP, 'dist', 'new-story', 'index.html'), 'utf8'));
		expect($('.article-body p[id^="section-1-p"]')).toHaveLength(paragraphs.length);
		expect(originalTextOf($)).toBe(paragraphs.join(' '));
	});

	it('refuses a slug that cannot be an address, and a folder that exists', () => {
		expect(runNew('Ferry Fares', '--from', TEXT).output).toContain('cannot be an address');
		runNew('twice', '--from', TEXT);
		const again = runNew('twice', '--from', TEXT);
		expect(again.status).toBe(1);
		expect(again.output).toContain('already exists');
	});
});
