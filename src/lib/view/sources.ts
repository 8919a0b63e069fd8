import type { Article } from '../../schemas/article';
import type { NumberedSource } from '../../schemas/source';
import { backlinks, type Backlink } from './backlinks';

export type { NumberedSource };

export interface ListedSource extends NumberedSource {
	backlinks: Backlink[];
}

/** The source list: every source once, in the order of the numbers the citations show. */
export function numberedSources(article: Article): ListedSource[] {
	return article.sources.map((source) => ({ ...source, backlinks: backlinks(article, 'source', source.id) }));
}

/** Sources by id, for panels that list a few of them. */
export function sourceIndex(article: Pick<Article, 'sources'>): Map<string, NumberedSource> {
	return new Map(article.sources.map((source) => [source.id, source]));
}
