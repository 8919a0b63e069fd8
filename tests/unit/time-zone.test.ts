import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The build machine's time zone must not move a date: run as if in New York (UTC-4 in September),
// and give the files run after this one in the same worker their time zone back.
const zone = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
	if (zone === undefined) delete process.env.TZ;
	else process.env.TZ = zone;
});

// A worker runs its files one after another with the modules they share loaded once, and the
// dates module remembers every answer it gave: load the modules anew, so that what this file
// checks is computed here, in New York, not read from a file run earlier in another zone.
vi.resetModules();

const { renderArticle } = await import('../../src/lib/pipeline');
const { feedItems } = await import('../../src/lib/view/feed');
const { articleGraph, eventGraph } = await import('../../src/lib/view/structured-data');
const { formatDate, describeDistance } = await import('../../src/lib/dates');

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'pipeline', 'all-annotations', 'index.md');
/** The fixture's publication date, as its frontmatter writes it. */
const PUBLISHED = '2020-05-17';

let article: Awaited<ReturnType<typeof renderArticle>>['data'];
beforeAll(async () => {
	article = (await renderArticle({ text: readFileSync(FIXTURE, 'utf8'), path: 'index.md' })).data;
});

describe('dates under TZ=America/New_York', () => {
	it('runs in that time zone', () => {
		expect(new Date(2022, 8, 14).getTimezoneOffset()).toBe(240);
		expect(article.published).toBe(PUBLISHED);
	});

	it('gives the feed the day of publication at midnight UTC', () => {
		const items = feedItems([{ id: 'small', data: article }]);
		expect(items).toHaveLength(1);
		expect(items[0]?.pubDate?.toUTCString()).toBe('Sun, 17 May 2020 00:00:00 GMT');
	});

	it('gives JSON-LD the dates as written', () => {
		const site = new URL('https://news.example');
		expect(JSON.stringify(articleGraph(article, 'small', site))).toContain(`"datePublished":"${PUBLISHED}"`);
		expect(JSON.stringify(eventGraph(article, 'small', site))).toContain('"startDate":"2020-05-16"');
	});

	it('writes and compares days as the calendar has them', () => {
		expect(formatDate(PUBLISHED)).toBe('17 May 2020');
		expect(formatDate('2014-04')).toBe('April 2014');
		expect(describeDistance('2020-05-16', PUBLISHED)).toBe('1 day before publication');
	});
});
