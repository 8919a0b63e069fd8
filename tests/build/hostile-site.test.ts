import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, BUILD_TIMEOUT, ROOT, TMP as SCRATCH } from './astro-build';
import { copySiteFiles } from '../content';

/**
 * The real article with one hostile change, built as a site of its own: what readers and
 * machines receive must say exactly what the author wrote.
 */
const TMP = join(SCRATCH, 'hostile-site');
const CONTENT = join(ROOT, 'content');
const slug = readdirSync(CONTENT).find((name) => existsSync(join(CONTENT, name, 'index.md')))!;
const HOSTILE = 'Status: <draft> & </description></item><script>alert(1)</script> "quoted" done.';
/** A plausible long heading in Cyrillic, over 150 characters: its id becomes a file name. */
const LONG_HEADING = 'Гарантии безопасности для Украины и реакция Кремля на предложение рабочей группы во главе с Ермаком и Расмуссеном о новом союзе вместо скорого членства в НАТО';

describe('a summary holding markup and a long Cyrillic heading', () => {
	let output = '';
	let status: number | null = null;
	const outDir = join(TMP, 'dist');
	beforeAll(async () => {
		const content = join(TMP, 'content');
		rmSync(TMP, { recursive: true, force: true });
		mkdirSync(content, { recursive: true });
		cpSync(join(CONTENT, slug), join(content, slug), { recursive: true });
		copySiteFiles(CONTENT, content);
		const index = join(content, slug, 'index.md');
		const text = readFileSync(index, 'utf8');
		const changed = `${text.replace(/^summary: >-\n/m, `summary: >-\n  ${HOSTILE}\n`).trimEnd()}\n\n## ${LONG_HEADING}\n\nA paragraph.\n`;
		expect(changed).not.toBe(text);
		writeFileSync(index, changed);
		// The new paragraph is the article's too, and the copy is not yet published: nothing to record.
		writeFileSync(join(content, slug, 'original.txt'), `${readFileSync(join(content, slug, 'original.txt'), 'utf8').trimEnd()}\n\nA paragraph.\n`);
		writeFileSync(join(content, slug, 'anchors.json'), JSON.stringify({ published: [], aliases: {} }));
		({ status, output } = await astroBuild(outDir, { CONTENT_DIR: content, CARDS: 'off' }));
	}, BUILD_TIMEOUT);

	it('reads as the same text in a feed reader, which takes <description> as HTML', () => {
		expect(status, output).toBe(0);
		const item = new XMLParser({ processEntities: true, htmlEntities: false }).parse(readFileSync(join(outDir, 'rss.xml'), 'utf8')).rss.channel.item;
		const html = String(item.description);
		const $ = cheerio.load(`<body>${html}</body>`);
		expect($('body').children().length).toBe(0);
		expect($('body').text().startsWith(HOSTILE)).toBe(true);
	});

	it('builds the share page of a section with a 150-character Cyrillic heading under a shortened id', () => {
		expect(status, output).toBe(0);
		const $ = cheerio.load(readFileSync(join(outDir, slug, 'index.html'), 'utf8'));
		const heading = $('h2').filter((_, h2) => $(h2).text().includes(LONG_HEADING));
		expect(heading.length).toBe(1);
		const id = heading.attr('id')!;
		expect([...id].length).toBeLessThanOrEqual(64);
		expect(existsSync(join(outDir, slug, 's', id, 'index.html'))).toBe(true);
	});
});
