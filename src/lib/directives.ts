import type { SiteKind } from '../schemas/site';

/**
 * The annotation language: every directive an article may use, where it may stand and
 * which attributes it takes. remark-directive-check enforces this table; the plugins that
 * render each directive rely on it. docs/authoring.md documents the same table.
 */
export type DirectiveType = 'textDirective' | 'leafDirective' | 'containerDirective';

export interface DirectiveSpec {
	/** The forms it may take: `:name[…]` (text), `::name[…]` (leaf), `:::name … :::` (container). */
	types: DirectiveType[];
	/** Attributes that must be present. `id` is written `#id`. */
	required: string[];
	/** Attributes that may be present. Anything else is an error. */
	optional: string[];
	/** Whether the `[label]` is required (true) or forbidden (false) on text and leaf forms. */
	label: boolean;
	/** Attributes that name definitions (ids, space-separated), and the list each is defined in. */
	refers?: Record<string, SiteKind>;
}

export const DIRECTIVES: Record<string, DirectiveSpec> = {
	/** Words quoted from a statement: inline `:quote["…"]{#q-… statement=…}` or a block `:::quote{…}`. */
	quote: { types: ['textDirective', 'containerDirective'], required: ['id', 'statement'], optional: ['sources'], label: true, refers: { statement: 'statements', sources: 'sources' } },
	/** The original attribution line of a block quotation, e.g. a tweet's author and date: `::attribution[…]`. */
	attribution: { types: ['leafDirective'], required: [], optional: [], label: true },
	/** A mention of a defined event: `:event[Tuesday]{ref=e-…}`. */
	event: { types: ['textDirective'], required: ['ref'], optional: [], label: true, refers: { ref: 'events' } },
	/** A mention of a defined person or organisation: `:mention[Zelensky]{ref=zelensky}`. */
	mention: { types: ['textDirective'], required: ['ref'], optional: [], label: true, refers: { ref: 'people' } },
	/** A term explained by a defined gloss: `:gloss[camarilla]{ref=camarilla}`. */
	gloss: { types: ['textDirective'], required: ['ref'], optional: [], label: true, refers: { ref: 'glosses' } },
	/** Citation of one or more sources: `:cite{ref="a b"}`. */
	cite: { types: ['textDirective'], required: ['ref'], optional: [], label: false, refers: { ref: 'sources' } },
	/** Our context note: `:::note … :::`. */
	note: { types: ['containerDirective'], required: [], optional: [], label: false },
	/** An image of the original that is not reproduced, with its caption: `::figure[caption]{#fig-…}`. */
	figure: { types: ['leafDirective'], required: ['id'], optional: [], label: true },
};

/** How each form is written, for messages. */
export const SYNTAX: Record<DirectiveType, (name: string) => string> = {
	textDirective: (name) => `:${name}[…]{…}`,
	leafDirective: (name) => `::${name}[…]{…} on a line of its own`,
	containerDirective: (name) => `:::${name}{…} … ::: around blocks`,
};

/** The spec of a directive by the name an author wrote; own entries only, so `:constructor` is unknown like any other name. */
export function directiveSpec(name: string): DirectiveSpec | undefined {
	return Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name] : undefined;
}
