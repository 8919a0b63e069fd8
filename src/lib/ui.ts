import type { Verification } from '../schemas/source';
import type { EventKind } from '../schemas/event';
import type { CitingKind } from '../schemas/provenance';
import type { Panel } from './anchors';

/** Every fixed string of the interface, in one place. */
export const UI = {
	siteName: 'Annotated News',
	siteTagline: 'News articles as published, with their dates, sources and context.',
	skipLink: 'Skip to the article',
	searchLink: 'Search',
	kicker: 'Annotated article',
	standfirst: 'The article as published, with our dates, sources and context beside it.',
	summaryLabel: 'Our summary',
	readOriginal: 'Read the original',
	aboutPage: 'About this page',
	bylineUnknown: 'Byline not verified',
	howToRead:
		'The article’s text is reproduced as published, spelling included. Section headings, context notes, the explanations of names, dates and terms, the numbered citations and the attributions beside quotations are ours.',
	contents: 'Contents',
	/** Between the items of a run (links, figures): a no-break space before the dot, so that no line starts with it. */
	separator: '\u00a0· ',
	contextLabel: 'Context',
	figureMissing: 'The original article shows a photograph here. It is not reproduced on this page.',
	contextNote: 'Context note',
	/** Panel titles, by panel id (src/lib/anchors.ts), in the order of the table of contents. */
	panels: { quotes: 'Quotes', timeline: 'Timeline', sources: 'Sources', people: 'People and organisations', glossary: 'Glossary' } satisfies Record<Panel, string>,
	quotesIntro: 'Every quotation in the article, by speaker. The words are the article’s own.',
	inContext: 'In context',
	dateUnknown: 'Date not known',
	timelineIntro: 'Events the article mentions, their background and what followed, with how far each lies from the article’s publication.',
	filterLabel: 'Show events',
	filterAll: 'All',
	/** The filter's count; {shown} and {total} are filled in. */
	eventsShown: '{shown} of {total} events shown',
	publicationMarker: 'The article is published',
	mentionedIn: 'In the text',
	citedBy: 'Cited by',
	/** A citation's accessible name begins so: "Source 4, not located". */
	source: 'Source',
	/** Before the sources an event, a gloss or a quote lists. */
	sourceRefs: 'Sources:',
	trust: {
		label: 'Sourcing',
		sources: (n: number) => `${n} ${n === 1 ? 'source' : 'sources'}`,
		restsOn: 'Sources that could not be located, and what on this page rests on them:',
		allSources: 'All sources, with their status',
	},
	backTo: 'Back to',
	sourcesIntro: 'Every source this page relies on, with how far it could be checked.',
	notLocated: 'Not independently located; no address is given rather than a guessed one.',
	peopleIntro: 'As they were at the time of the article.',
	siteTimeline: {
		title: 'Timeline of all articles',
		intro: 'Every dated event of every article, in date order. A date known only to the month or year follows the known days of that month or year.',
		discussedIn: 'Discussed in',
	},
	glossaryIntro: 'Terms explained in the text.',
	linkTo: { section: 'Link to section', quote: 'Link to quote', event: 'Link to event' },
	linkCopied: 'Link copied',
	copyThisLink: 'Copy this link',
	linkToSelection: 'Copy a link to the selected words',
	share: {
		section: 'Section',
		kinds: { section: 'A section of an annotated article', quote: 'A quotation in an annotated article', event: 'An event in the timeline of an annotated article' },
		quotedIn: 'As quoted in',
		from: 'From',
		timelineOf: 'Timeline of',
		sources: 'Sources',
		inArticle: 'In the article',
		inContext: 'The paragraph it stands in',
		introduced: 'How the article introduces it',
		next: 'What happened next',
		annotated: 'with dates, sources and context added',
		readSection: 'Read this section in the annotated article',
		readQuote: 'See this quote in context in the annotated article',
		readEvent: 'See this event in the article’s timeline',
	},
	person: {
		person: 'Person',
		organisation: 'Organisation',
		atTheTime: 'Roles are as they were at the time of each article.',
		roles: 'Roles, by article',
		noQuotes: 'No quotations in the annotated articles.',
		mentioned: 'Mentioned in',
	},
	contentsTitle: 'Every section, quote and event',
	contentsIntro: 'An index of everything on this site that has a link of its own.',
	search: { label: 'Search the articles', placeholder: 'A word or a name', none: 'Nothing found.', results: 'results' },
	readingTime: (minutes: number) => `${minutes} min read`,
	feedTitle: 'Annotated News: articles',
	footer: 'An independent annotation of a published news article. Quotations remain their speakers’ words.',
} as const;

/**
 * How each verification status reads, and its mark beside a citation, readable without colour
 * (a verified source has none).
 */
const STATUSES: Record<Verification, { label: string; mark: string }> = {
	verified: { label: 'Verified', mark: '' },
	partial: { label: 'Partly verified', mark: '◐' },
	unverified: { label: 'Not verified', mark: '?' },
	'not-located': { label: 'Not located', mark: '○' },
};

/** How each verification status reads. */
export const STATUS = statusField('label');

/** A status's mark beside a citation; a verified source has none. */
export const STATUS_MARK = statusField('mark');

function statusField(field: 'label' | 'mark'): Record<Verification, string> {
	return Object.fromEntries(Object.entries(STATUSES).map(([status, words]) => [status, words[field]])) as Record<Verification, string>;
}

/** How each kind of place that cites a source begins its label: `timeline: 18 March 2014`. */
export const CITING_KIND: Record<CitingKind, string> = {
	text: 'text',
	note: 'note',
	quote: 'quote',
	event: 'timeline',
	gloss: 'gloss',
};


/** How each kind of event reads, as a filter label. */
export const EVENT_KIND: Record<EventKind, string> = {
	context: 'Background',
	article: 'In the article',
	after: 'What happened next',
};
