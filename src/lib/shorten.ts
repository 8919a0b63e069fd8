/**
 * Shortening text for titles, descriptions and cards, faithfully: a cut never falls inside a
 * grapheme (an accented letter, an emoji, a flag) and, where the text allows, falls between
 * words or after a sentence or clause. Every result has a hard length limit, text without
 * spaces included.
 */

const ELLIPSIS = '…';
/** Punctuation that closes a clause: a cut after it drops it and shows the ellipsis instead. */
const CLAUSE_END = /[,;:]$/u;
/** A dash set between spaces also separates clauses: "For NATO – the same shit". */
const CLAUSE_DASH = /\s[–—]$/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(granularity: 'grapheme' | 'word' | 'sentence', locale?: string): Intl.Segmenter {
	const key = `${granularity}:${locale ?? ''}`;
	if (!segmenters.has(key)) segmenters.set(key, new Intl.Segmenter(locale, { granularity }));
	return segmenters.get(key)!;
}

/** Ends of the segments of `text`, as string offsets. */
function ends(text: string, granularity: 'grapheme' | 'word' | 'sentence', locale?: string): number[] {
	return [...segmenter(granularity, locale).segment(text)].map((s) => s.index + s.segment.length);
}

/**
 * The last end, at or below `limit`, of a segment of `text` (of a word, with `word`), or 0.
 * Found from the limit backwards with `containing`, a few segments at most: walking the
 * segments from the start cost microseconds per segment.
 */
function lastEndWithin(text: string, limit: number, granularity: 'grapheme' | 'word', locale?: string): number {
	const segments = segmenter(granularity, locale).segment(text);
	for (let at = limit; at > 0; ) {
		const { index, segment, isWordLike } = segments.containing(at - 1)!;
		const end = index + segment.length;
		if (end <= limit && (granularity === 'grapheme' || isWordLike)) return end;
		at = index;
	}
	return 0;
}

/** The text before `end`, without trailing space or clause punctuation, and an ellipsis. */
function withEllipsis(text: string, end: number): string {
	return `${text.slice(0, end).trimEnd().replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

/**
 * `text` if it has at most `max` characters (UTF-16 units, what length limits count), else its
 * longest start that ends between words, with an ellipsis, at most `max` long in all. Text with
 * no break in its first half (a long word, a URL, a script written without spaces) is cut at the
 * last whole grapheme instead. Its time grows with `max`, not with the text.
 */
export function clip(text: string, max: number, locale?: string): string {
	if (text.length <= max) return text;
	const limit = max - ELLIPSIS.length;
	const atWord = lastEndWithin(text, limit, 'word', locale);
	if (atWord >= limit / 2) return withEllipsis(text, atWord);
	return `${text.slice(0, lastEndWithin(text, limit, 'grapheme', locale))}${ELLIPSIS}`;
}

/**
 * Like {@link clip}, but keeps the end: `text`, or its longest end that starts at a word, after an
 * ellipsis, at most `max` long in all.
 */
export function clipStart(text: string, max: number, locale?: string): string {
	if (text.length <= max) return text;
	const first = text.length - (max - ELLIPSIS.length);
	const words = [...segmenter('word', locale).segment(text)].filter((s) => s.isWordLike && s.index >= first).map((s) => s.index);
	const start = words[0] ?? [...segmenter('grapheme', locale).segment(text)].find((s) => s.index >= first)!.index;
	return `${ELLIPSIS}${text.slice(start)}`;
}

/**
 * The ways a text can be shortened without cutting a phrase, with an ellipsis: after each
 * sentence, longest first, then after each clause (a comma, semicolon, colon or spaced dash),
 * longest first. The whole text is not among them.
 */
export function boundaryCuts(text: string, locale?: string): string[] {
	const sentences = ends(text, 'sentence', locale).filter((end) => end < text.trimEnd().length);
	const clauses = ends(text, 'word', locale).filter((end) => CLAUSE_END.test(text.slice(0, end)) || CLAUSE_DASH.test(text.slice(0, end)));
	const longestFirst = (a: number, b: number) => b - a;
	return [
		...sentences.sort(longestFirst).map((end) => `${text.slice(0, end).trimEnd()} ${ELLIPSIS}`),
		...clauses.filter((end) => !sentences.includes(end)).sort(longestFirst).map((end) => withEllipsis(text, end)),
	];
}
