import { describe, expect, it } from 'vitest';
import { describeDistance, formatDate, formatShortDate, parsePartialDate, sideOf } from '../../src/lib/dates';

describe('parsePartialDate', () => {
	it('accepts a year, a month or a day', () => {
		expect(parsePartialDate('2022')?.precision).toBe('year');
		expect(parsePartialDate('2022-09')?.precision).toBe('month');
		expect(parsePartialDate('2022-09-13')?.precision).toBe('day');
	});

	it.each(['2022-02-30', '2022-13-01', '2022-00', '13/09/2022', '09/13/2022', '2022-09-13T10:00', '2022-09-13T10:00Z', '22-09-13', ' 2022-09-13', ''])(
		'rejects "%s"',
		(text) => {
			expect(parsePartialDate(text)).toBeUndefined();
		},
	);

	it('accepts 29 February in a leap year only', () => {
		expect(parsePartialDate('2024-02-29')).toBeDefined();
		expect(parsePartialDate('2023-02-29')).toBeUndefined();
	});
});

describe('formatDate', () => {
	it('writes a date as precisely as it is known', () => {
		expect(formatDate('2022-09-14')).toBe('14 September 2022');
		expect(formatDate('2014-04')).toBe('April 2014');
		expect(formatDate('1949')).toBe('1949');
		expect(formatShortDate('2022-09-13')).toBe('13 Sep 2022');
	});
});

describe('describeDistance', () => {
	it('says how far an event lies from publication', () => {
		expect(describeDistance('2022-09-06', '2022-09-14')).toBe('8 days before publication');
		expect(describeDistance('2022-09-13', '2022-09-14')).toBe('1 day before publication');
		expect(describeDistance('2022-09-14', '2022-09-14')).toBe('the day of publication');
		expect(describeDistance('2022-09-21', '2022-09-14')).toBe('7 days after publication');
	});

	it('counts years and months, never rounding by a month or more', () => {
		// 21 months and 27 days: "1 year after" would round by ten months.
		expect(describeDistance('2024-07-11', '2022-09-14')).toBe('1 year 9 months after publication');
		expect(describeDistance('2024-01-12', '2022-09-14')).toBe('1 year 3 months after publication');
		expect(describeDistance('2022-10-14', '2022-09-14')).toBe('1 month after publication');
		expect(describeDistance('1949-04-04', '2022-09-14')).toBe('73 years 5 months before publication');
	});

	it('counts a month-precision date from month to month, never from the 1st', () => {
		expect(describeDistance('2014-04', '2022-09-14')).toBe('8 years 5 months before publication');
		expect(describeDistance('2004-11', '2022-09-14')).toBe('17 years 10 months before publication');
		expect(describeDistance('2022-09', '2022-09-14')).toBe('the month of publication');
	});

	it('calls a distance from a year "about", and a year containing the day its year', () => {
		expect(describeDistance('2014', '2022-09-14')).toBe('about 8 years before publication');
		expect(describeDistance('2022', '2022-09-14')).toBe('the year of publication');
	});
});

describe('sideOf', () => {
	it('puts a month or year containing the day around it, not before it', () => {
		expect(sideOf('2022-09', '2022-09-14')).toBe('around');
		expect(sideOf('2022-08', '2022-09-14')).toBe('before');
		expect(sideOf('2022-09-15', '2022-09-14')).toBe('after');
		expect(sideOf('2022-09-14', '2022-09-14')).toBe('around');
	});
});
