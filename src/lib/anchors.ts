import type { Reference } from '../schemas/article';

/**
 * The one place that names the ids of the article page. Definitions are listed once
 * (timeline, sources, people, glossary); every mention in the text links to them and
 * carries an anchor of its own, so the list can link back. The page's components and the
 * check of the page's id space (rehype-id-space) both take their ids from here.
 */
type Kind = Reference['kind'];

/**
 * Prefixes of ids, each owned by one kind of element. An author's id may start with one only
 * where it names that kind: a section cannot be `#person-medvedev` nor `#q-…`.
 */
const PREFIXES = {
	event: 'e-',
	quote: 'q-',
	figure: 'fig-',
	source: 'src-',
	person: 'person-',
	gloss: 'gloss-',
	panel: 'panel-',
	speaker: 'speaker-',
	reference: 'ref-',
} as const;

/** What each prefix is kept for, for messages. */
export const RESERVED_PREFIXES: ReadonlyMap<string, string> = new Map([
	[PREFIXES.event, 'timeline events'],
	[PREFIXES.quote, 'quotes'],
	[PREFIXES.figure, 'figures'],
	[PREFIXES.source, 'the source list'],
	[PREFIXES.person, 'the list of people'],
	[PREFIXES.gloss, 'the glossary'],
	[PREFIXES.panel, 'the quote panel'],
	[PREFIXES.speaker, 'the quote panel’s speakers'],
	[PREFIXES.reference, 'mentions in the text'],
]);

/** Prefixes of ids authors write for their own kind (`e-…` events, `q-…` quotes, `fig-…` figures); the page owns the others. */
export const AUTHOR_PREFIXES: ReadonlySet<string> = new Set([PREFIXES.event, PREFIXES.quote, PREFIXES.figure]);

/** The panels beside and after the text, in the order of the table of contents; each id is its panel's. */
export const PANELS = ['quotes', 'timeline', 'sources', 'people', 'glossary'] as const;
export type Panel = (typeof PANELS)[number];

/** Ids of the page's own elements (landmarks, panel headings, the timeline's marker). */
export const PAGE_IDS = {
	main: 'main',
	contentsTitle: 'toc-title',
	publication: 'publication',
} as const;

/** Id of a panel's heading: `sources-title`. */
export function titleId(panel: Panel): string {
	return `${panel}-title`;
}

/** Every id the page owns by name, with what it is (for messages). */
export const RESERVED_IDS: ReadonlyMap<string, string> = new Map([
	[PAGE_IDS.main, 'the page’s main content'],
	[PAGE_IDS.contentsTitle, 'the heading of the table of contents'],
	[PAGE_IDS.publication, 'the timeline’s publication marker'],
	...PANELS.flatMap((panel): [string, string][] => [
		[panel, `the ${panel} panel`],
		[titleId(panel), `the heading of the ${panel} panel`],
	]),
]);

/**
 * Every id the page gives its own elements for this article, with what each is: landmarks,
 * panels, timeline events and the entries of the people, source, glossary and quote lists.
 * The text's ids and the registry's aliases must not take any of them.
 */
export function pageOwnedIds(article: Record<'events' | 'people' | 'sources' | 'glosses' | 'quotes', readonly { id: string }[]>): Map<string, string> {
	return new Map([
		...RESERVED_IDS,
		...article.events.map((event): [string, string] => [targetId('event', event.id), `the timeline's event "${event.id}" (frontmatter, events)`]),
		...article.people.flatMap((person): [string, string][] => [
			[targetId('person', person.id), `the entry of "${person.id}" in the list of people (frontmatter, people)`],
			[speakerId(person.id), `the heading of "${person.id}" in the quote panel (frontmatter, people)`],
		]),
		...article.sources.map((source): [string, string] => [targetId('source', source.id), `the entry of "${source.id}" in the source list (frontmatter, sources)`]),
		...article.glosses.map((gloss): [string, string] => [targetId('gloss', gloss.id), `the entry of "${gloss.id}" in the glossary (frontmatter, glosses)`]),
		...article.quotes.map((quote): [string, string] => [panelId(quote.id), `the quote panel's card of "${quote.id}"`]),
	]);
}

/** Id of a definition's entry: `e-2022-09-13-compact` (events carry their own prefix), `src-up-ksc`, `person-medvedev`, `gloss-ksc`. */
export function targetId(kind: Kind, id: string): string {
	return kind === 'event' ? id : `${PREFIXES[kind]}${id}`;
}

/** Id of the n-th reference (from 1) to a definition in the text: `ref-src-up-ksc-2`. */
export function referenceId(kind: Kind, id: string, n: number): string {
	return `${PREFIXES.reference}${targetId(kind, id)}-${n}`;
}

/** Whether an id is a reference's in the text (referenceId), no place a reader is pointed to by name. */
export function isReferenceId(id: string): boolean {
	return id.startsWith(PREFIXES.reference);
}

/** Id of a quote's entry in the quote panel; the quote in the text has the quote's own id. */
export function panelId(quoteId: string): string {
	return `${PREFIXES.panel}${quoteId}`;
}

/** Id of a speaker's heading in the quote panel: `speaker-medvedev`. */
export function speakerId(personId: string): string {
	return `${PREFIXES.speaker}${personId}`;
}

/** The reserved prefix an id starts with, if any. */
export function reservedPrefixOf(id: string): string | undefined {
	return [...RESERVED_PREFIXES.keys()].find((prefix) => id.startsWith(prefix));
}
