import { format, formatDistanceStrict, formatISO, isValid, parseISO } from 'date-fns';

/** How much of a date is known: `2022`, `2022-09` or `2022-09-13`. */
export type Precision = 'year' | 'month' | 'day';

/** A date known to year, month or day, strictly parsed. */
export interface PartialDate {
	/** The date as written: `2022`, `2022-09` or `2022-09-13`. */
	iso: string;
	precision: Precision;
	/** The first day the date can mean, at local midnight. */
	date: Date;
}

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting anything else: other
 * layouts (`13/09/2022`), times, and dates that do not exist (`2022-02-30`,
 * which `new Date` would roll over to 2 March). Returns undefined when invalid.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
	const match = PARTIAL_ISO.exec(text);
	if (!match) return undefined;
	const precision: Precision = match[3] ? 'day' : match[2] ? 'month' : 'year';
	const full = precision === 'day' ? text : precision === 'month' ? `${text}-01` : `${text}-01-01`;
	const date = parseISO(full);
	// parseISO refuses month 13 but not every impossible day, so check the round trip.
	if (!isValid(date) || formatISO(date, { representation: 'date' }) !== full) return undefined;
	return { iso: text, precision, date };
}

/** Like parsePartialDate, but for dates already validated by the schema. */
export function toPartialDate(text: string): PartialDate {
	const parsed = parsePartialDate(text);
	if (!parsed) throw new TypeError(`Not a valid date: ${text}`);
	return parsed;
}

const DISPLAY: Record<Precision, string> = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' };
const SHORT: Record<Precision, string> = { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy' };

/** `14 September 2022`, `April 2014` or `1949`, as precise as the date is known. */
export function formatDate(text: string): string {
	const { date, precision } = toPartialDate(text);
	return format(date, DISPLAY[precision]);
}

/** `14 Sep 2022`, `Apr 2014` or `1949`: for attributions and compact lists. */
export function formatShortDate(text: string): string {
	const { date, precision } = toPartialDate(text);
	return format(date, SHORT[precision]);
}

/**
 * How far a date lies from a reference date, in words:
 * `8 days before publication`, `about 8 years before publication`,
 * `the day of publication`. Dates known only to the month or year are "about".
 */
export function describeDistance(text: string, reference: string, label = 'publication'): string {
	const { date, precision } = toPartialDate(text);
	const ref = toPartialDate(reference).date;
	if (precision === 'day' && date.getTime() === ref.getTime()) return `the day of ${label}`;
	const distance = formatDistanceStrict(date, ref, { roundingMethod: 'floor' });
	const side = date < ref ? 'before' : 'after';
	return `${precision === 'day' ? '' : 'about '}${distance} ${side} ${label}`;
}
