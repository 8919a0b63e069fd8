import type { Article } from '../../schemas/article';
import type { NumberedSource } from '../../schemas/source';
import type { CitingPlace } from '../../schemas/provenance';
import { byId } from '../definitions';

export type { NumberedSource };

export interface ListedSource extends NumberedSource {
	/** Every place on the page that cites it, as the pipeline found them. */
	citedBy: CitingPlace[];
}

/** The source list: every source once, in the order of the numbers the citations show. */
export function numberedSources(article: Article): ListedSource[] {
	return article.sources.map((source) => ({ ...source, citedBy: article.citedBy[source.id] ?? [] }));
}

/** Sources by id, for panels that list a few of them. */
export function sourceIndex(article: Pick<Article, 'sources'>): Map<string, NumberedSource> {
	return byId(article.sources);
}
