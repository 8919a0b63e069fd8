import { z } from 'astro/zod';
import { idSchema, partialDateSchema, webUrlSchema } from './common';
import { eventSchema } from './event';
import { glossSchema } from './gloss';
import { personSchema } from './person';
import { numberedSourceSchema, sourceSchema } from './source';
import { statementSchema } from './statement';
import { citingPlaceSchema, trustSchema } from './provenance';

/** The frontmatter of an article: what it is, and every definition its annotations refer to. */
export const frontmatterShape = z.strictObject({
	/** The original headline, as published. */
	headline: z.string().min(1),
	/** What is uncertain about the headline, if anything. */
	headlineNote: z.string().min(1).optional(),
	/** Our one-paragraph summary, in our own neutral words. */
	summary: z.string().min(1),
	/** Publication date of the original, YYYY-MM-DD. */
	published: partialDateSchema,
	/** Language of the text, a BCP 47 tag such as `en`. */
	lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en"'),
	/** The original publication. */
	original: z.strictObject({
		publisher: z.string().min(1),
		url: webUrlSchema,
		/** The byline, only where it is verified. */
		byline: z.string().min(1).optional(),
		/** What is known about the byline when it is not verified. */
		bylineNote: z.string().min(1).optional(),
		/**
		 * Text at the start of original.txt that is not the article's body (an archive's date
		 * field, a headline, a dateline), exactly as it stands there; the text check starts after it.
		 */
		preamble: z.string().min(1).optional(),
	}),
	people: z.array(personSchema).default([]),
	sources: z.array(sourceSchema).default([]),
	events: z.array(eventSchema).default([]),
	glosses: z.array(glossSchema).default([]),
	statements: z.array(statementSchema).default([]),
});
export type Frontmatter = z.infer<typeof frontmatterShape>;

/** Where in the article something was referred to: the anchor of the reference, and its section. */
const referenceSchema = z.object({
	/** What kind of definition it points at. */
	kind: z.enum(['event', 'source', 'person', 'gloss']),
	/** Id of the definition. */
	target: idSchema,
	/** Id of the element in the text, for backlinks (e.g. `ref-e-2022-09-13-compact-1`). */
	anchor: z.string(),
	/** Id of the section it stands in. */
	section: z.string(),
	/** Whether it stands in one of our context notes (true) or in the article's text (false). */
	note: z.boolean(),
});
export type Reference = z.infer<typeof referenceSchema>;

/** What surrounds a quotation: the paragraph it stands in (or that introduces it) and our next context note. */
const quoteContextSchema = z.object({
	/** Id of the quote. */
	id: idSchema,
	/** Plain text of the paragraph, in the article's words only ('' if there is none). */
	paragraph: z.string(),
	/** Plain text of the next context note in its section ('' if there is none). */
	note: z.string(),
});
export type QuoteContext = z.infer<typeof quoteContextSchema>;

/** The data the pipeline extracts from the body, with every relation resolved: pages only read it. */
const extractedShape = z.object({
	/** Every source once, in the order of their numbers (see numberedSourceSchema). */
	sources: z.array(numberedSourceSchema),
	/** The sections in order: h2 headings with their ids. */
	sections: z.array(
		z.object({
			id: z.string(),
			title: z.string(),
			/** Plain text of its first paragraph of the article's text, for previews ('' if it has none). */
			lead: z.string(),
			/** Ids of its paragraphs of the article's text. */
			paragraphs: z.array(z.string()),
		}),
	),
	/** Every quotation, in order of appearance. */
	quotes: z.array(
		z.object({
			id: idSchema,
			/** The statement it quotes from, resolved from the frontmatter. */
			statement: statementSchema,
			/** Who said it: the statement's speaker, resolved. */
			speaker: personSchema,
			/** The words, exactly as in the article, without surrounding quotation marks. */
			text: z.string().min(1),
			/** Sources for this wording; the statement's when the quote names none. */
			sources: z.array(idSchema),
			/** A block quotation (true) or words quoted inside a sentence (false). */
			block: z.boolean(),
			/** Id of the section it stands in. */
			section: z.string(),
		}),
	),
	/** Every reference to an event, source, person or gloss, in order of appearance. */
	references: z.array(referenceSchema),
	/** What surrounds each quotation, for its share page. */
	quoteContexts: z.array(quoteContextSchema),
	/** Source id -> every place on the page that cites it, in page order; every source has an entry, empty if nothing cites it. */
	citedBy: z.record(idSchema, z.array(citingPlaceSchema)),
	/** The page's sourcing in figures. */
	trust: trustSchema,
	/** Words in the body, the article's and ours, for the reading time. */
	words: z.number().int().nonnegative(),
	/** Ids no longer on the page -> the ids their old links land on (from anchors.json). */
	aliases: z.record(z.string(), z.string()),
});

/** An article as stored in the content collection: its frontmatter plus what the body yields. */
export const articleSchema = frontmatterShape.extend(extractedShape.shape);
export type Article = z.infer<typeof articleSchema>;
export type Quote = Article['quotes'][number];
export type Section = Article['sections'][number];
