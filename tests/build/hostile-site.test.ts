import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT, TMP as SCRATCH } from './astro-build';

/**
 * The real article with one hostile change, built as a site of its own: what readers and
 * machines receive must say exactly what the author wrote.
 */
const TMP = join(SCRATCH, 'hostile-site');
const CONTENT = join(ROOT, 'content');
const slug = readdirSync(CONTENT).find((name) => existsSync(join(CONTENT, name, 'index.md')))!;
const HOSTILE = 'Status: <draft> & </description></item><script>alert(1)</script> "quoted" done.';

describe('a summary holding markup', () => {
	let output = '';
	let status: number | null = null;
	const outDir = join(TMP, 'dist');
	beforeAll(() => {
		const content = join(TMP, 'content');
		rmSync(TMP, { recursive: true, force: true });
		mkdirSync(content, { recursive: true });
		cpSync(join(CONTENT, slug), join(content, slug), { recursive: true });
		const index = join(content, slug, 'index.md');
		const text = readFileSync(index, 'utf8');
		const changed = text.replace(/^summary: >-\n/m, `summary: >-\n  ${HOSTILE}\n`);
		expect(changed).not.toBe(text);
		writeFileSync(index, changed);
		({ status, output } = astroBuild(outDir, { CONTENT_DIR: content, CARDS: 'off' }));
	}, 300_000);

	it('reads as the same text in a feed reader, which takes <description> as HTML', () => {
		expect(status, output).toBe(0);
		const item = new XMLParser({ processEntities: true, htmlEntities: false }).parse(readFileSync(join(outDir, 'rss.xml'), 'utf8')).rss.channel.item;
		const html = String(item.description);
		const $ = cheerio.load(`<body>${html}</body>`);
		expect($('body').children().length).toBe(0);
		expect($('body').text().startsWith(HOSTILE)).toBe(true);
	});
});
