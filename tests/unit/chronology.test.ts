import { describe, expect, it } from 'vitest';
import { compareDates, newestFirst } from '../../src/lib/chronology';

describe('compareDates', () => {
	it('places a date known only to the month after the known days of that month, never as the 1st', () => {
		const dates = ['2020-06', '2020-07-01', '2020-06-30', '2020-06-01', '2020-05-31'];
		expect([...dates].sort(compareDates)).toEqual(['2020-05-31', '2020-06-01', '2020-06-30', '2020-06', '2020-07-01']);
	});

	it('places a date known only to the year after the known dates of that year', () => {
		const dates = ['2019', '2020-01-01', '2019-12', '2019-12-31', '2018'];
		expect([...dates].sort(compareDates)).toEqual(['2018', '2019-12-31', '2019-12', '2019', '2020-01-01']);
	});

	it('keeps equal dates equal, so a stable sort keeps their order', () => {
		expect(compareDates('2014-04', '2014-04')).toBe(0);
	});

	it('refuses a date that does not exist', () => {
		expect(() => compareDates('2022-02-30', '2022')).toThrow(/Not a valid date/);
	});
});

describe('newestFirst', () => {
	it('orders articles by publication, newest first, and by slug on the same date', () => {
		const articles = [
			{ id: 'b', data: { published: '2020-05-17' } },
			{ id: 'c', data: { published: '2020-06-03' } },
			{ id: 'a', data: { published: '2020-05-17' } },
			{ id: 'd', data: { published: '2020-06' } },
		];
		expect(newestFirst(articles).map((article) => article.id)).toEqual(['d', 'c', 'a', 'b']);
	});
});
