import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * The frontmatter fields the tests read, as the author wrote them (docs/authoring.md), each list
 * holding what the article uses: its own entries, completed by the site file's entry of the
 * same id, then the site entries it uses without listing them (see `withSite`).
 */
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
	const directives: ContentArticle['directives'] = [];
	visit(tree, (node) => {
		if (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') {
			directives.push({ name: node.name, attributes: Object.fromEntries(Object.entries(node.attributes ?? {}).map(([key, value]) => [key, value ?? ''])) });
		}
	});
	const frontmatter = withSite(parseYaml(yaml?.type === 'yaml' ? yaml.value : '') as Frontmatter, directives, folder);
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
	visit(tree, (node) => {
		if ((node.type !== 'textDirective' && node.type !== 'containerDirective') || node.name !== 'quote') return;
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

type Kind = 'people' | 'sources' | 'events' | 'glosses' | 'statements';
type Entry = { id: string; speaker?: string; sources?: string[] };

/** The site files a folder of articles may hold beside the articles. */
const SITE_FILES = ['people', 'sources', 'events', 'glosses', 'statements'].map((kind) => `${kind}.yml`);

/** Copies the site files of a folder of articles to another, for a site built from copies of its articles. */
export function copySiteFiles(from: string, to: string): void {
	for (const name of SITE_FILES) if (existsSync(join(from, name))) cpSync(join(from, name), join(to, name));
}

/** The site files of a folder of articles (`people.yml` …), as written: each a list. */
export function siteEntries(folder: string): Record<Kind, Entry[]> {
	const read = (kind: Kind) => (existsSync(join(folder, `${kind}.yml`)) ? (parseYaml(readFileSync(join(folder, `${kind}.yml`), 'utf8')) as Entry[]) : []);
	return { people: read('people'), sources: read('sources'), events: read('events'), glosses: read('glosses'), statements: read('statements') };
}

/** Which list the ids of each directive's attributes belong to, as docs/authoring.md describes the annotations. */
const NAMES: Record<string, Record<string, Kind>> = { mention: { ref: 'people' }, event: { ref: 'events' }, gloss: { ref: 'glosses' }, cite: { ref: 'sources' }, quote: { statement: 'statements', sources: 'sources' } };

/**
 * The lists of a frontmatter as the guide says an article uses them: its own entries completed by
 * the site entry of the same id; then, in the order of the site files, the site entries that its
 * directives name, or that a used statement (speaker, sources), event or gloss (sources) names.
 */
function withSite(frontmatter: Frontmatter, directives: ContentArticle['directives'], folder: string): Frontmatter {
	const site = siteEntries(folder);
	const lists = frontmatter as unknown as Record<Kind, Entry[] | undefined>;
	const used = new Map<Kind, Set<string>>((Object.keys(site) as Kind[]).map((kind) => [kind, new Set((lists[kind] ?? []).map((entry) => entry.id))]));
	for (const directive of directives) {
		for (const [attribute, kind] of Object.entries(NAMES[directive.name] ?? {})) for (const id of (directive.attributes[attribute] ?? '').split(/\s+/).filter(Boolean)) used.get(kind)!.add(id);
	}
	const resolved = { ...frontmatter } as unknown as Record<Kind, Entry[]>;
	for (const kind of ['statements', 'events', 'glosses', 'people', 'sources'] as const) {
		const own = (lists[kind] ?? []).map((entry) => ({ ...site[kind].find((each) => each.id === entry.id), ...entry }));
		const ownIds = new Set(own.map((entry) => entry.id));
		resolved[kind] = [...own, ...site[kind].filter((entry) => used.get(kind)!.has(entry.id) && !ownIds.has(entry.id))];
		for (const entry of resolved[kind]) {
			if (entry.speaker) used.get('people')!.add(entry.speaker);
			for (const id of entry.sources ?? []) used.get('sources')!.add(id);
		}
	}
	for (const kind of Object.keys(site) as Kind[]) if (!lists[kind] && resolved[kind].length === 0) delete (resolved as Partial<Record<Kind, Entry[]>>)[kind];
	return resolved as unknown as Frontmatter;
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
