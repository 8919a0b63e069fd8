import { parsePartialDate } from '../schemas/partial-date';

/**
 * Orders dates known to the day, the month or the year. A date known only to the month
 * ("later this month": `2020-06`) cannot be placed among that month's days, so it comes after
 * them, never as the 1st; a date known only to the year comes after that year's known dates.
 *
 *   2019-03-02 < 2019 < 2020-06-02 < 2020-06 < 2020-07-01
 */
export function compareDates(a: string, b: string): number {
	const [ka, kb] = [sortKey(a), sortKey(b)];
	return ka.localeCompare(kb);
}

/** `2020-06` -> `2020-06-99`, `2019` -> `2019-99-99`: the unknown parts after every known one. */
function sortKey(text: string): string {
	if (!parsePartialDate(text)) throw new TypeError(`Not a valid date: ${text}`);
	const [year, month = '99', day = '99'] = text.split('-');
	return `${year}-${month}-${day}`;
}

/** Articles newest first, by their publication dates; the order every list of articles uses. */
export function newestFirst<T extends { id: string; data: { published: string } }>(articles: readonly T[]): T[] {
	return [...articles].sort((a, b) => compareDates(b.data.published, a.data.published) || a.id.localeCompare(b.id));
}
