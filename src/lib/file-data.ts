import type { Element } from 'hast';
import type { VFile } from 'vfile';
import type { Article, Frontmatter } from '../schemas/article';
import type { AnchorRegistry } from './anchor-registry';

/** What the remark plugins read from and write to `file.data`, typed once for all of them. */
declare module 'vfile' {
	interface DataMap {
		/** The validated frontmatter, set first by remark-frontmatter-data. */
		frontmatter: Frontmatter;
		/** The sources, numbered by remark-citations. */
		sources: Article['sources'];
		sections: Article['sections'];
		quotes: Article['quotes'];
		references: Article['references'];
		citedBy: Article['citedBy'];
		trust: Article['trust'];
		words: number;
		/** Every element of the page with an id (the first, if the id is used twice), set by rehype-id-space. */
		elementsById: ReadonlyMap<string, Element>;
		/** anchors.json as a file with its path, given to the pipeline with the article. */
		registryFile: VFile;
		/** The anchor registry, once checked against the page. */
		registry: AnchorRegistry;
	}
}

export type { Article, Frontmatter };
