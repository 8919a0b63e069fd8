import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/**
 * An article read straight from its markdown, without the pipeline: what tests expect of a
 * page comes from here, never from the code under test.
 */
export interface ContentArticle {
	slug: string;
	frontmatter: {
		sources: { id: string; status: string; publisher: string; url?: string }[];
		events?: { id: string; date: string | number; sources?: string[] }[];
		glosses?: { id: string; term: string; sources?: string[] }[];
		statements?: { id: string; sources?: string[] }[];
	};
	body: string;
}

/** Every article of a content folder (one folder per article, each with an index.md). */
export function contentArticles(folder: string): ContentArticle[] {
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.md')))
		.map((entry) => {
			const text = readFileSync(join(folder, entry.name, 'index.md'), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
			const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
			return { slug: entry.name, frontmatter: parse(yaml), body };
		});
}

/** The source ids each `:cite{ref=…}` of the body names, one entry per citation. */
export function citations(article: ContentArticle): string[] {
	return [...article.body.matchAll(/:cite\{ref=(?:"([^"]*)"|(\S+?))\}/g)].flatMap((match) => (match[1] ?? match[2]).split(/\s+/).filter(Boolean));
}

/** Every quote of the body (`{#q-… statement=… sources=…}`) with the sources it names, or its statement's. */
export function quotes(article: ContentArticle): { id: string; sources: string[] }[] {
	return [...article.body.matchAll(/\{#(q-[a-z0-9-]+)([^}]*)\}/g)].map(([, id, rest]) => {
		const own = /sources=(?:"([^"]*)"|(\S+))/.exec(rest);
		const statement = /statement="?([a-z0-9-]+)/.exec(rest)![1];
		const sources = own ? (own[1] ?? own[2]).split(/\s+/).filter(Boolean) : (article.frontmatter.statements ?? []).find((s) => s.id === statement)?.sources ?? [];
		return { id, sources };
	});
}
