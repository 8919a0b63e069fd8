import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './setup/tools';

/**
 * The articles in content/, read here with a plain markdown and YAML parser, not our pipeline:
 * tests take their expected values from these files, never from the code they test.
 */
export const CONTENT = join(ROOT, 'content');

/** The slug of every article of a folder: each folder in it with an index.md. */
const slugsIn = (folder: string): string[] =>
	readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.md')))
		.map((entry) => entry.name)
		.sort();

/** The slug of every article of content/. */
export const SLUGS = slugsIn(CONTENT);

/** The frontmatter fields the tests read, as the author wrote them (docs/authoring.md). */
export interface Frontmatter {
	headline: string;
	published: string;
	original: { publisher: string; url: string; preamble?: string };
	people?: { id: string; name: string; role: string; kind?: string }[];
	sources?: { id: string; publisher: string; url?: string; status: string }[];
	events?: { id: string; date: string | number; title: string; kind: string; sources?: string[] }[];
	glosses?: { id: string; term: string; sources?: string[] }[];
	statements?: { id: string; speaker: string; date?: string; language: string; sources?: string[] }[];
}

export interface ContentArticle {
	slug: string;
	frontmatter: Frontmatter;
	/** Level-2 headings: the id written as `{#id}`, or github-slugger's; and their paragraphs' ids. */
	sections: { id: string; title: string; paragraphs: string[] }[];
	/**
	 * `:quote[…]` and `:::quote` directives: the words inside, without an inline quote's own marks,
	 * and the sources the quote names, or else its statement's.
	 */
	quotes: { id: string; statement: string; text: string; block: boolean; sources: string[] }[];
	/** Every directive (`:name`, `::name`, `:::name`) with its attributes, in the order written. */
	directives: { name: string; attributes: Record<string, string> }[];
	/** original.txt, the text as received ('' for a test article without one). */
	original: string;
	/** anchors.json, the ids ever published (none for a test article without one). */
	anchors: { published: string[]; aliases: Record<string, string> };
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const EXPLICIT_ID = /\s*\{#([^}]+)\}\s*$/;

/** An article, read from its files. */
export function readContent(slug: string, folder = CONTENT): ContentArticle {
	const file = (name: string, otherwise?: string) => (otherwise !== undefined && !existsSync(join(folder, slug, name)) ? otherwise : readFileSync(join(folder, slug, name), 'utf8'));
	const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).parse(file('index.md')) as Root;
	const yaml = tree.children.find((node) => node.type === 'yaml');
	const frontmatter = parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Frontmatter;
	const slugger = new GithubSlugger();
	const sections: ContentArticle['sections'] = [];
	for (const node of tree.children) {
		if (node.type === 'heading') {
			const text = toString(node);
			const title = text.replace(EXPLICIT_ID, '');
			const id = EXPLICIT_ID.exec(text)?.[1] ?? slugger.slug(title);
			if (node.depth === 2) sections.push({ id, title, paragraphs: [] });
		} else if (node.type === 'paragraph' && sections.length) {
			const section = sections.at(-1)!;
			section.paragraphs.push(`${section.id}-p${section.paragraphs.length + 1}`);
		}
	}
	const quotes: ContentArticle['quotes'] = [];
	const directives: ContentArticle['directives'] = [];
	visit(tree, (node) => {
		if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
		directives.push({ name: node.name, attributes: Object.fromEntries(Object.entries(node.attributes ?? {}).map(([key, value]) => [key, value ?? ''])) });
		if (node.name !== 'quote' || node.type === 'leafDirective') return;
		const words = (children: RootContent[]) => children.filter((child) => !(child.type === 'leafDirective' && child.name === 'attribution')).map((child) => toString(child)).join(' ');
		const block = node.type === 'containerDirective';
		const text = fold(words(node.children as RootContent[]));
		const statement = node.attributes?.statement ?? '';
		const sources = node.attributes?.sources ? node.attributes.sources.split(/\s+/) : (frontmatter.statements?.find((s) => s.id === statement)?.sources ?? []);
		quotes.push({ id: node.attributes?.id ?? '', statement, text: block ? text : text.replace(/^["“‘']|["”’']$/g, ''), block, sources });
	});
	return {
		slug,
		frontmatter,
		sections,
		quotes,
		directives,
		original: file('original.txt', ''),
		anchors: JSON.parse(file('anchors.json', '{"published":[],"aliases":{}}')),
	};
}

/** Every article of a folder (content/, or the test articles of tests/fixtures/pipeline), read from its files. */
export const contentArticles = (folder: string): ContentArticle[] => slugsIn(folder).map((slug) => readContent(slug, folder));

/** Every article of content/. */
export const ARTICLES = contentArticles(CONTENT);

/** The ids the author publishes for readers to link to: sections, paragraphs, quotes, events. */
export function shareable(article: ContentArticle): string[] {
	return [...article.sections.flatMap((s) => [s.id, ...s.paragraphs]), ...article.quotes.map((q) => q.id), ...(article.frontmatter.events ?? []).map((e) => e.id)];
}

/** The person or organisation a quote's statement names as its speaker. */
export function speakerOf(article: ContentArticle, quote: ContentArticle['quotes'][number]) {
	const statement = article.frontmatter.statements?.find((s) => s.id === quote.statement);
	return article.frontmatter.people?.find((p) => p.id === statement?.speaker);
}

/** The ids that an article's directives of one kind refer to, one entry per link: `:cite{ref="a b"}` gives two. */
export function references(article: ContentArticle, name: string): string[] {
	return article.directives.filter((d) => d.name === name).flatMap((d) => (d.attributes.ref ?? '').split(/\s+/).filter(Boolean));
}

/** The source ids each `:cite{ref=…}` of the body names, one entry per citation. */
export const citations = (article: ContentArticle) => references(article, 'cite');
