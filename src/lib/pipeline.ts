import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import remarkFrontmatterSplit from './remark/remark-frontmatter-split';
import remarkFrontmatterData from './remark/remark-frontmatter-data';
import remarkDirectiveCheck from './remark/remark-directive-check';
import remarkSourceCheck from './remark/remark-source-check';
import remarkSafeMarkdown from './remark/remark-safe-markdown';
import rehypeIdSpace from './rehype/rehype-id-space';
import remarkHeadingIds from './remark/remark-heading-ids';
import remarkSections from './remark/remark-sections';
import remarkQuotes from './remark/remark-quotes';
import remarkCitations from './remark/remark-citations';
import remarkReferences from './remark/remark-references';
import remarkNotes from './remark/remark-notes';
import remarkFigures from './remark/remark-figures';
import remarkProvenance from './remark/remark-provenance';
import remarkMargin from './remark/remark-margin';
import { handlers } from './remark/to-hast';
import rehypeTextFidelity from './rehype/rehype-text-fidelity';
import rehypeAnchorRegistry from './rehype/rehype-anchor-registry';
import rehypeRecordedIds from './rehype/rehype-recorded-ids';
import rehypeQuoteContext from './rehype/rehype-quote-context';
import { checkSourceLimits } from './source-limits';
import type { Article } from '../schemas/article';
import { AuthorErrors } from './author-error';
import { NO_SITE, type SiteEntities } from './site-files';
import './file-data';

/**
 * The annotation pipeline, in order. The checks of the text as written first, then the
 * frontmatter with the site entries the article uses (every later step resolves ids against it), then what markdown may hold
 * and the directive check (so renderers can trust their input), then
 * heading ids and sections with their link controls (so every annotation knows its section), then the annotations,
 * then what cites each source (once every citation, quote and reference is known), then
 * the attributions and notes gathered beside the passages they annotate; then,
 * on the finished page, the check of the article's words against original.txt; last, once
 * every id is known, the anchor registry, the check that it records every shareable id,
 * and what surrounds each quotation. Built once for every
 * article: no plugin keeps state between files, and the files each article is checked
 * against come with it (`file.data.companions`).
 */
export const processor = unified()
	.use(remarkParse)
	.use(remarkFrontmatterSplit)
	.use(remarkDirective)
	.use(remarkSourceCheck)
	.use(remarkFrontmatterData)
	.use(remarkSafeMarkdown)
	.use(remarkDirectiveCheck)
	.use(remarkHeadingIds)
	.use(remarkSections)
	.use(remarkQuotes)
	.use(remarkCitations)
	.use(remarkReferences)
	.use(remarkNotes)
	.use(remarkFigures)
	.use(remarkProvenance)
	.use(remarkMargin)
	.use(remarkRehype, { handlers })
	.use(rehypeTextFidelity)
	.use(rehypeIdSpace)
	.use(rehypeAnchorRegistry)
	.use(rehypeRecordedIds)
	.use(rehypeQuoteContext)
	.use(rehypeStringify)
	.freeze();

/** The result of one article: its HTML and its data, not yet checked by the collection schema. */
export interface Rendered {
	html: string;
	data: Article;
	/** Paragraph id -> fingerprint of its words, for the anchor registry. */
	fingerprints: ReadonlyMap<string, string>;
	/** The frontmatter's values as written, read once here, for the check of site-wide ids (site-definitions.ts). */
	frontmatterValues: unknown;
}

/** A file's text and the path it came from, for error messages. */
export interface Input {
	text: string;
	path: string;
}

/**
 * Renders one article and checks it against its anchor registry and its text as received,
 * where given (the loader gives both; unit tests may leave them out), its ids resolved against
 * its own definitions and the site's entities (`site`, read once by the loader: readSite). Texts must already be
 * decoded (see read-article.ts); their shape is checked before parsing (source-limits.ts).
 * Throws AuthorErrors, each message with its file, line, column, rule and hint, when the
 * author has anything to fix: every error of the run at once.
 */
export async function renderArticle(
	article: Input,
	{ registry, original, recording, site = NO_SITE }: { registry?: Input | undefined; original?: Input | undefined; recording?: boolean | undefined; site?: SiteEntities | undefined } = {},
): Promise<Rendered> {
	const asFile = (input?: Input) => input && new VFile({ value: input.text, path: input.path });
	const companions = { registry: asFile(registry), original: asFile(original), recording };
	const source = new VFile({ value: article.text, path: article.path, data: { companions, site } });
	// A text too deeply nested or with too long a block is not parsed at all.
	const file = checkSourceLimits(source) ? await processor.process(source) : source;
	const messages = [file, companions.registry, companions.original].flatMap((each) => sorted(each?.messages ?? []));
	if (messages.length > 0) throw new AuthorErrors(messages);
	const { frontmatter, sources, sections, quotes, references, citedBy, trust, words } = file.data;
	if (!frontmatter || !sources || !sections || !quotes || !citedBy || !trust || words === undefined) throw new Error('The pipeline left the article data incomplete.');
	return {
		html: String(file),
		data: { ...frontmatter, sources, sections, quotes, references: references ?? [], citedBy, trust, quoteContexts: file.data.quoteContexts ?? [], words, aliases: file.data.registry?.aliases ?? {} },
		fingerprints: file.data.fingerprints ?? new Map(),
		frontmatterValues: file.data.frontmatterValues,
	};
}

/** Messages in the order of their place in the file, as an author reads it. */
function sorted(messages: VFileMessage[]): VFileMessage[] {
	return [...messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
