/** Minutes to read a number of words, at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 230));
}
