import type { Reference } from '../schemas/article';

/**
 * The one place that names the ids of the article page. Definitions are listed once
 * (timeline, sources, people, glossary); every mention in the text links to them and
 * carries an anchor of its own, so the list can link back.
 */
type Kind = Reference['kind'];

const PREFIX: Record<Kind, string> = { event: '', source: 'src-', person: 'person-', gloss: 'gloss-' };

/** Id of a definition's entry: `e-2022-09-13-compact` (events carry their own prefix), `src-up-ksc`, `person-medvedev`, `gloss-ksc`. */
export function targetId(kind: Kind, id: string): string {
	return `${PREFIX[kind]}${id}`;
}

/** Id of the n-th reference (from 1) to a definition in the text: `ref-src-up-ksc-2`. */
export function referenceId(kind: Kind, id: string, n: number): string {
	return `ref-${targetId(kind, id)}-${n}`;
}

/** Id of a quote's entry in the quote panel; the quote in the text has the quote's own id. */
export function panelId(quoteId: string): string {
	return `panel-${quoteId}`;
}
