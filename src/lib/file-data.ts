import type { Element } from 'hast';
import type { VFile } from 'vfile';
import type { Article, Frontmatter } from '../schemas/article';
import type { AnchorRegistry } from './anchor-registry';
import type { SiteEntities } from './site-files';

/** The files beside an article's index.md that the pipeline checks it against. */
export interface Companions {
	/** anchors.json: the ids published so far. */
	registry?: VFile | undefined;
	/** original.txt: the article's text as received. */
	original?: VFile | undefined;
	/** `npm run anchors` is recording the page's ids, so ids not yet in anchors.json are expected. */
	recording?: boolean | undefined;
}

/** What the remark plugins read from and write to `file.data`, typed once for all of them. */
declare module 'vfile' {
	interface DataMap {
		/** The validated frontmatter with the site entries the article uses, set first by remark-frontmatter-data. */
		frontmatter: Frontmatter;
		/** The frontmatter's values as written (YAML read, nothing added), for the loader's check that an id means one thing across the site. */
		frontmatterValues: unknown;
		/** The sources, numbered by remark-citations. */
		sources: Article['sources'];
		sections: Article['sections'];
		quotes: Article['quotes'];
		references: Article['references'];
		quoteContexts: Article['quoteContexts'];
		citedBy: Article['citedBy'];
		trust: Article['trust'];
		words: number;
		/** Every element of the page with an id (the first, if the id is used twice), set by rehype-id-space. */
		elementsById: ReadonlyMap<string, Element>;
		/** The site's entities (site-files.ts), read once for every article and given with it (pipeline.ts). */
		site: SiteEntities;
		/** The files beside index.md that the article is checked against, given with it (pipeline.ts). */
		companions: Companions;
		/** Paragraph id -> fingerprint of its words (anchor-registry.ts), set by remark-sections. */
		fingerprints: ReadonlyMap<string, string>;
		/** The anchor registry, once checked against the page. */
		registry: AnchorRegistry;
	}
}

export type { Article, Frontmatter };
