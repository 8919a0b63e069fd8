import { format, formatDistanceStrict } from 'date-fns';
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

/** `14 September 2022`, `April 2014` or `1949`, as precise as the date is known. */
export function formatDate(text: string): string {
	const { date, precision } = toPartialDate(text);
	return format(date, DISPLAY[precision], { in: utc });
}

/** `14 Sep 2022`, `Apr 2014` or `1949`: for attributions and compact lists. */
export function formatShortDate(text: string): string {
	const { date, precision } = toPartialDate(text);
	return format(date, SHORT[precision], { in: utc });
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
	const distance = formatDistanceStrict(date, ref, { roundingMethod: 'floor', in: utc });
	const side = date < ref ? 'before' : 'after';
	return `${precision === 'day' ? '' : 'about '}${distance} ${side} ${label}`;
}
