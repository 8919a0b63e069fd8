/** How much of a date is known: `2022`, `2022-09` or `2022-09-13`. */
export type Precision = 'year' | 'month' | 'day';

/** A date known to year, month or day, strictly parsed. */
export interface PartialDate {
	/** The date as written: `2022`, `2022-09` or `2022-09-13`. */
	iso: string;
	precision: Precision;
	/** The first day the date can mean, at midnight UTC (never the build machine's time zone). */
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
	const [, y = '', m = '1', d = '1'] = match;
	const [year, month, day] = [Number(y), Number(m) - 1, Number(d)] as const;
	const date = new Date(0);
	date.setUTCFullYear(year, month, day);
	// Impossible days and months roll over (30 February is 2 March): check the round trip.
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
	return { iso: text, precision: match[3] ? 'day' : match[2] ? 'month' : 'year', date };
}
