import { differenceInCalendarMonths, differenceInCalendarYears, endOfMonth, endOfYear, format, formatDuration, formatISO, intervalToDuration, isValid, parseISO, type Duration } from 'date-fns';

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

/** Where a date lies from a reference day: wholly before it, wholly after it, or (a month or year that contains the day) around it. */
export type Side = 'before' | 'after' | 'around';

/** The last day a date can mean: the day itself, the last of its month, or 31 December. */
function lastDay({ date, precision }: PartialDate): Date {
	return precision === 'day' ? date : precision === 'month' ? endOfMonth(date) : endOfYear(date);
}

/** Whether a date lies before, after or around a reference day (`2022-09` is around `2022-09-14`). */
export function sideOf(text: string, reference: string): Side {
	const when = toPartialDate(text);
	const ref = toPartialDate(reference).date;
	if (lastDay(when) < ref) return 'before';
	if (when.date > ref) return 'after';
	return 'around';
}

/**
 * How far a date lies from a reference day, in words, never rounded by more than a month
 * (apart from dates known only to the year):
 * `8 days before publication`, `1 year 9 months after publication`, `the day of publication`;
 * a month is counted from month to month (`8 years 5 months before publication` for `2014-04`),
 * and a month or year that contains the day says so (`the month of publication`).
 */
export function describeDistance(text: string, reference: string, label = 'publication'): string {
	const when = toPartialDate(text);
	const ref = toPartialDate(reference).date;
	const side = sideOf(text, reference);
	if (side === 'around') return `the ${when.precision} of ${label}`;
	const [start, end] = side === 'before' ? [when.date, ref] : [ref, when.date];
	let duration: Duration;
	if (when.precision === 'year') duration = { years: Math.abs(differenceInCalendarYears(when.date, ref)) };
	else if (when.precision === 'month') {
		const months = Math.abs(differenceInCalendarMonths(when.date, ref));
		duration = { years: Math.floor(months / 12), months: months % 12 };
	} else {
		const exact = intervalToDuration({ start, end });
		duration = exact.years || exact.months ? { years: exact.years, months: exact.months } : { days: exact.days };
	}
	const words = formatDuration(duration, { format: ['years', 'months', 'days'] });
	return `${when.precision === 'year' ? 'about ' : ''}${words} ${side} ${label}`;
}
