import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkFrontmatterSplit from '../../src/lib/remark/remark-frontmatter-split';

/** The parse the pipeline replaced: remark-frontmatter reading the frontmatter with micromark. */
const withRemarkFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
const split = unified().use(remarkParse).use(remarkFrontmatterSplit).use(remarkDirective);

/** Every markdown file of the content and the test fixtures, as stored (one has a byte-order mark and CRLF). */
const files = ['content', 'tests/fixtures'].flatMap((folder) =>
	readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.md'))
		.map((path) => readFileSync(join(folder, path), 'utf8')),
);

/** Where a frontmatter is, is not, or only looks like one. */
const EDGES = [
	'',
	'---',
	'---\n',
	'---\n---',
	'---\n---\n',
	'---\n\n---',
	'---\n\n\n---\nx',
	'--- \t\na: 1\n---  \n\n## T\n',
	'---\na: 1\n---\n---\nfoo\n---\n',
	'---\na\n--- x\n---\nbody',
	'---\r\na: 1\r\n---\r\nbody\r\n',
	'---\ra: 1\r---\rbody',
	'---\na: 1',
	'----\na\n---\n',
	' ---\na\n---\n',
	'---\na: 1\n---\n\n\n',
	'---\na: 1\n---\n   ',
	'---\na: 1\n---\n:::note\nx :cite{ref=a}\n:::\n',
	'---\nx\n---\nA\n===\n',
	'---\nx\n---\n\ttab\n',
	'\uFEFF---\na: 1\n---\nbody\n',
	'text\n---\na: 1\n---\n',
];

describe('remarkFrontmatterSplit', () => {
	it('gives the tree remark-frontmatter gives, positions included, for every markdown file of the content and fixtures', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
		let withYaml = 0;
		for (const text of files) {
			const tree = split.parse(text);
			expect(tree).toEqual(withRemarkFrontmatter.parse(text));
			if (tree.children[0]?.type === 'yaml') withYaml++;
		}
		expect(withYaml).toBe(files.filter((text) => /^\uFEFF?---\r?\n/.test(text)).length);
	});

	it.each(EDGES.map((text) => [JSON.stringify(text), text]))('gives the same tree for %s', (_name, text) => {
		expect(split.parse(text)).toEqual(withRemarkFrontmatter.parse(text));
	});
});
