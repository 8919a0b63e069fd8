import type { VFile } from 'vfile';
import type { CitingPlace, Trust } from '../../schemas/provenance';
import { verificationSchema, type Source } from '../../schemas/source';
import { panelId, targetId } from '../anchors';
import { formatDate } from '../dates';
import { clip } from '../shorten';
import { CITING_KIND } from '../ui';
import '../file-data';

/**
 * Collects, for every source, each place on the page that cites it, into `file.data.citedBy`,
 * and the page's sourcing in figures into `file.data.trust`. It changes nothing in the tree;
 * it runs once the citations, quotes and references are known.
 *
 *   :cite{ref=up-ksc} in a note of "The proposal"  -> { kind: 'note', label: 'note: The proposal', anchor: 'ref-src-up-ksc-1' }
 *   events: [{ id: e-2014-03-18-…, date: 2014-03-18, sources: [pbs-crimea] }]
 *                                                  -> { kind: 'event', label: 'timeline: 18 March 2014', anchor: 'e-2014-03-18-…' }
 *   glosses: [{ id: donbas, term: Donbas, sources: [wiki-donbas] }]
 *                                                  -> { kind: 'gloss', label: 'gloss: Donbas', anchor: 'gloss-donbas' }
 *   :quote["dull idiots"]{#q-… sources="zerohedge"} -> { kind: 'quote', label: 'quote: ‘dull idiots’', anchor: 'panel-q-…' }
 */
export default function remarkProvenance() {
	return (_tree: unknown, file: VFile) => {
		const { frontmatter, references = [], quotes = [], sections = [] } = file.data;
		if (!frontmatter) return;
		const { sources, events, glosses } = frontmatter;
		/** The places citing each source, in the order they are found; lookups by id, so the time grows with the page, not its square. */
		const places = new Map<string, CitingPlace[]>(sources.map((source) => [source.id, []]));
		const add = (ids: string[], place: CitingPlace) => ids.forEach((source) => places.get(source)?.push(place));
		const titles = new Map(sections.map((section) => [section.id, section.title]));

		for (const reference of references.filter((r) => r.kind === 'source')) {
			const kind = reference.note ? 'note' : 'text';
			const section = titles.get(reference.section) ?? reference.section;
			add([reference.target], { kind, label: `${CITING_KIND[kind]}: ${section}`, anchor: reference.anchor });
		}
		for (const quote of quotes) add(quote.sources, { kind: 'quote', label: `${CITING_KIND.quote}: ‘${clip(quote.text, 40)}’`, anchor: panelId(quote.id) });
		for (const event of events) add(event.sources, { kind: 'event', label: `${CITING_KIND.event}: ${formatDate(event.date)}`, anchor: targetId('event', event.id) });
		for (const gloss of glosses) add(gloss.sources, { kind: 'gloss', label: `${CITING_KIND.gloss}: ${gloss.term}`, anchor: targetId('gloss', gloss.id) });

		file.data.citedBy = Object.fromEntries(places);
		file.data.trust = trustOf(sources);
	};
}

/** How many sources there are, how many of each status, and which were not located. */
function trustOf(sources: Source[]): Trust {
	const counts = Object.fromEntries(verificationSchema.options.map((status) => [status, sources.filter((s) => s.status === status).length])) as Trust['counts'];
	return { sources: sources.length, counts, notLocated: sources.filter((s) => s.status === 'not-located').map((s) => s.id) };
}
