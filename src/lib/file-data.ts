import type { Article, Frontmatter } from '../schemas/article';

/** What the remark plugins read from and write to `file.data`, typed once for all of them. */
declare module 'vfile' {
	interface DataMap {
		/** The validated frontmatter, set first by remark-frontmatter-data. */
		frontmatter: Frontmatter;
		sections: Article['sections'];
		quotes: Article['quotes'];
		references: Article['references'];
	}
}

export type { Article, Frontmatter };
