import { differenceInCalendarMonths, differenceInCalendarYears, endOfMonth, endOfYear, format, formatDuration, intervalToDuration, type Duration } from 'date-fns';
import { utc } from '@date-fns/utc';
import { parsePartialDate, type PartialDate, type Precision } from '../schemas/partial-date';

export { parsePartialDate, type PartialDate, type Precision };

/** Like parsePartialDate, but for dates already validated by the schema. */
export function toPartialDate(text: string): PartialDate {
	const parsed = parsePartialDate(text);
	if (!parsed) throw new TypeError(`Not a valid date: ${text}`);
	return parsed;
}

const DISPLAY: Record<Precision, string> = { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' };
const SHORT: Record<Precision, string> = { year: 'yyyy', month: 'MMM yyyy', day: 'd MMM yyyy' };

/**
 * `fn`, remembering its result for each text it was given. A site has few distinct dates,
 * and every article, panel and share page formats them again: date-fns reads the pattern and
 * builds the date anew on each call (tens of microseconds), a lookup costs nothing.
 */
function remembered<A extends string[]>(fn: (...args: A) => string): (...args: A) => string {
	const results = new Map<string, string>();
	return (...args) => {
		const key = args.join('\n');
		let result = results.get(key);
		if (result === undefined) results.set(key, (result = fn(...args)));
		return result;
	};
}

/** `14 September 2022`, `April 2014` or `1949`, as precise as the date is known. */
export const formatDate = remembered((text: string): string => {
	const { date, precision } = toPartialDate(text);
	return format(date, DISPLAY[precision], { in: utc });
});

/** `14 Sep 2022`, `Apr 2014` or `1949`: for attributions and compact lists. */
export const formatShortDate = remembered((text: string): string => {
	const { date, precision } = toPartialDate(text);
	return format(date, SHORT[precision], { in: utc });
});

/** Where a date lies from a reference day: wholly before it, wholly after it, or (a month or year that contains the day) around it. */
export type Side = 'before' | 'after' | 'around';

/** The last day a date can mean: the day itself, the last of its month, or 31 December. */
function lastDay({ date, precision }: PartialDate): Date {
	return precision === 'day' ? date : precision === 'month' ? endOfMonth(date, { in: utc }) : endOfYear(date, { in: utc });
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
export const describeDistance = remembered((text: string, reference: string, label = 'publication'): string => {
	const when = toPartialDate(text);
	const ref = toPartialDate(reference).date;
	const side = sideOf(text, reference);
	if (side === 'around') return `the ${when.precision} of ${label}`;
	const [start, end] = side === 'before' ? [when.date, ref] : [ref, when.date];
	let duration: Duration;
	if (when.precision === 'year') duration = { years: Math.abs(differenceInCalendarYears(when.date, ref, { in: utc })) };
	else if (when.precision === 'month') {
		const months = Math.abs(differenceInCalendarMonths(when.date, ref, { in: utc }));
		duration = { years: Math.floor(months / 12), months: months % 12 };
	} else {
		const exact = intervalToDuration({ start, end }, { in: utc });
		duration = exact.years || exact.months ? { years: exact.years ?? 0, months: exact.months ?? 0 } : { days: exact.days ?? 0 };
	}
	const words = formatDuration(duration, { format: ['years', 'months', 'days'] });
	return `${when.precision === 'year' ? 'about ' : ''}${words} ${side} ${label}`;
});
