import { readdirSync, readFileSync } from 'node:fs';
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

/** The slug of every article: each folder of content/ with an index.md. */
export const SLUGS: string[] = readdirSync(CONTENT, { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && readdirSync(join(CONTENT, entry.name)).includes('index.md'))
	.map((entry) => entry.name)
	.sort();

/** The frontmatter fields the tests read, as the author wrote them (docs/authoring.md). */
export interface Frontmatter {
	headline: string;
	published: string;
	original: { publisher: string; url: string };
	people?: { id: string; name: string; role: string; kind?: string }[];
	sources?: { id: string; publisher: string; url?: string; status: string }[];
	events?: { id: string; date: string | number; title: string; kind: string }[];
	statements?: { id: string; speaker: string; date?: string }[];
}

export interface ContentArticle {
	slug: string;
	frontmatter: Frontmatter;
	/** Level-2 headings: the id written as `{#id}`, or github-slugger's; and their paragraphs' ids. */
	sections: { id: string; title: string; paragraphs: string[] }[];
	/** `:quote[…]` and `:::quote` directives: the words inside, without an inline quote's own marks. */
	quotes: { id: string; statement: string; text: string; block: boolean }[];
	/** Every directive (`:name`, `::name`, `:::name`) with its attributes, in the order written. */
	directives: { name: string; attributes: Record<string, string> }[];
	/** original.txt, the text as received. */
	original: string;
	/** anchors.json, the ids ever published. */
	anchors: { published: string[]; aliases: Record<string, string> };
}

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const EXPLICIT_ID = /\s*\{#([^}]+)\}\s*$/;

/** An article of content/, read from its files. */
export function readContent(slug: string): ContentArticle {
	const file = (name: string) => readFileSync(join(CONTENT, slug, name), 'utf8');
	const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).parse(file('index.md')) as Root;
	const yaml = tree.children.find((node) => node.type === 'yaml');
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
		quotes.push({ id: node.attributes?.id ?? '', statement: node.attributes?.statement ?? '', text: block ? text : text.replace(/^["“‘']|["”’']$/g, ''), block });
	});
	return {
		slug,
		frontmatter: parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Frontmatter,
		sections,
		quotes,
		directives,
		original: file('original.txt'),
		anchors: JSON.parse(file('anchors.json')),
	};
}

/** Every article of content/, read from its files. */
export const ARTICLES: ContentArticle[] = SLUGS.map(readContent);

/** The ids the author publishes for readers to link to: sections, paragraphs, quotes, events. */
export function shareable(article: ContentArticle): string[] {
	return [...article.sections.flatMap((s) => [s.id, ...s.paragraphs]), ...article.quotes.map((q) => q.id), ...(article.frontmatter.events ?? []).map((e) => e.id)];
}

/** The person or organisation a quote's statement names as its speaker. */
export function speakerOf(article: ContentArticle, quote: ContentArticle['quotes'][number]) {
	const statement = article.frontmatter.statements?.find((s) => s.id === quote.statement);
	return article.frontmatter.people?.find((p) => p.id === statement?.speaker);
}

/** How many links an article's directives of one kind make: `:cite{ref="a b"}` makes two. */
export function referenceCount(article: ContentArticle, name: string): number {
	return article.directives.filter((d) => d.name === name).reduce((n, d) => n + (d.attributes.ref ?? '').split(/\s+/).filter(Boolean).length, 0);
}
