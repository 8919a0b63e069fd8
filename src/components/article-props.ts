import type { Article } from '../schemas/article';

/** The props of a component that shows a part of one article: the article's data, which it only reads. */
export interface ArticleProps {
	article: Article;
}
