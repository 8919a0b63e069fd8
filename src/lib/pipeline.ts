import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkFrontmatterData from './remark/remark-frontmatter-data';
import remarkDirectiveCheck from './remark/remark-directive-check';
import remarkHeadingIds from './remark/remark-heading-ids';
import remarkSections from './remark/remark-sections';
import remarkQuotes from './remark/remark-quotes';
import remarkCitations from './remark/remark-citations';
import remarkReferences from './remark/remark-references';
import remarkNotes from './remark/remark-notes';
import remarkFigures from './remark/remark-figures';
import type { Article } from '../schemas/article';
import './file-data';

/**
 * The annotation pipeline, in order. Frontmatter first (every later step resolves ids
 * against it), then the directive check (so renderers can trust their input), then
 * sections (so every annotation knows its section), then the annotations.
 */
export const processor = unified()
	.use(remarkParse)
	.use(remarkFrontmatter, ['yaml'])
	.use(remarkDirective)
	.use(remarkFrontmatterData)
	.use(remarkDirectiveCheck)
	.use(remarkHeadingIds)
	.use(remarkSections)
	.use(remarkQuotes)
	.use(remarkCitations)
	.use(remarkReferences)
	.use(remarkNotes)
	.use(remarkFigures)
	.use(remarkRehype)
	.use(rehypeSlug)
	.use(rehypeStringify);

/** The result of one article: its HTML and its data, not yet checked by the collection schema. */
export interface Rendered {
	html: string;
	data: Omit<Article, never>;
}

/**
 * Renders one article. `path` is where the text came from, for error messages;
 * the text must already be decoded (see read-article.ts). Throws a VFileMessage,
 * with file, line and column, on any author error.
 */
export async function renderArticle(text: string, path: string): Promise<Rendered> {
	const file = await processor.process(new VFile({ value: text, path }));
	const { frontmatter, sections, quotes, references } = file.data;
	return { html: String(file), data: { ...frontmatter!, sections: sections!, quotes: quotes!, references: references ?? [] } };
}
