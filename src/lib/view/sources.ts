import type { Article } from '../../schemas/article';
import type { Source } from '../../schemas/source';
import { firstSeen } from '../anchors';
import type { CitingPlace } from '../../schemas/provenance';

export interface NumberedSource extends Source {
	/** The number citations show: sources cited in the text in order of first citation, then the rest in the order defined. */
	number: number;
	/** Every place on the page that cites it, as the pipeline found them. */
	citedBy: CitingPlace[];
}

/** The source list: every source once, numbered as the citations in the text number them. */
export function numberedSources(article: Article): NumberedSource[] {
	const cited = firstSeen(article.references.filter((r) => r.kind === 'source').map((r) => r.target));
	const order = firstSeen([...cited, ...article.sources.map((source) => source.id)]);
	return order.map((id, index) => ({
		...article.sources.find((source) => source.id === id)!,
		number: index + 1,
		citedBy: article.citedBy[id] ?? [],
	}));
}

/** Sources by id, for panels that list a few of them. */
export function sourceIndex(article: Article): Map<string, NumberedSource> {
	return new Map(numberedSources(article).map((source) => [source.id, source]));
}
