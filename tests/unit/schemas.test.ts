import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/schemas/source';
import { eventSchema } from '../../src/schemas/event';
import { statementSchema } from '../../src/schemas/statement';
import { personSchema } from '../../src/schemas/person';
import { frontmatterShape } from '../../src/schemas/article';

const source = { id: 'wire', publisher: 'Example Wire', url: 'https://news.example/a', status: 'verified', supports: 'A fact.' };

describe('sourceSchema', () => {
	it('accepts a located source with an http(s) address', () => {
		expect(sourceSchema.parse(source)).toMatchObject(source);
	});

	it('accepts a source that was not located, without an address', () => {
		const { url: _url, ...rest } = source;
		expect(sourceSchema.safeParse({ ...rest, status: 'not-located' }).success).toBe(true);
	});

	it('refuses an address on a source that was not located, and a located source without one', () => {
		expect(sourceSchema.safeParse({ ...source, status: 'not-located' }).success).toBe(false);
		const { url: _url, ...rest } = source;
		expect(sourceSchema.safeParse(rest).success).toBe(false);
	});

	it.each(['javascript:alert(1)', 'data:text/html,x', 'ftp://news.example/a', '/relative'])('refuses the address %s', (url) => {
		expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
	});

	it('refuses unknown fields and unknown statuses', () => {
		expect(sourceSchema.safeParse({ ...source, tilte: 'x' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...source, status: 'probably' }).success).toBe(false);
	});
});

describe('eventSchema', () => {
	const event = { id: 'e-2022-09-13-x', date: '2022-09-13', kind: 'article', title: 'T', context: 'C' };

	it('accepts partial dates, a bare year included (YAML reads it as a number)', () => {
		expect(eventSchema.parse({ ...event, date: 2014 }).date).toBe('2014');
		expect(eventSchema.parse({ ...event, date: '2014-04' }).sources).toEqual([]);
	});

	it('refuses impossible dates and other layouts', () => {
		expect(eventSchema.safeParse({ ...event, date: '2022-02-30' }).success).toBe(false);
		expect(eventSchema.safeParse({ ...event, date: '13/09/2022' }).success).toBe(false);
	});

	it('refuses ids that are not lowercase words joined by hyphens', () => {
		expect(eventSchema.safeParse({ ...event, id: 'E 13 Sep' }).success).toBe(false);
	});
});

describe('statementSchema and personSchema', () => {
	it('allow a statement without a date, and default a person to a person', () => {
		expect(statementSchema.safeParse({ id: 's', speaker: 'p', medium: 'Post', language: 'English' }).success).toBe(true);
		expect(personSchema.parse({ id: 'p', name: 'N', role: 'R' }).kind).toBe('person');
	});
});

describe('frontmatterShape', () => {
	const frontmatter = { headline: 'H', summary: 'S', published: '2022-09-14', lang: 'en', original: { publisher: 'P', url: 'https://news.example/' } };

	it('accepts the required fields alone, with empty definition lists', () => {
		expect(frontmatterShape.parse(frontmatter).sources).toEqual([]);
	});

	it('refuses a missing headline and an unknown top-level field', () => {
		const { headline: _headline, ...rest } = frontmatter;
		expect(frontmatterShape.safeParse(rest).success).toBe(false);
		expect(frontmatterShape.safeParse({ ...frontmatter, extra: 1 }).success).toBe(false);
	});
});
