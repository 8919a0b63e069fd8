import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { quickYaml } from '../../src/lib/quick-yaml';

/** Every markdown file of the content and the test fixtures, with its frontmatter. */
const frontmatters = ['content', 'tests/fixtures']
	.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md')).map((path) => join(folder, path)))
	.map((path) => ({ path, yaml: /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').replace(/^\uFEFF/, ''))?.[1] }))
	.filter((file): file is { path: string; yaml: string } => file.yaml !== undefined);

/** What remark-frontmatter-data reads when the fast path declines: yaml's document. */
const slow = (text: string) => {
	const doc = parseDocument(text, { uniqueKeys: true });
	return { errors: doc.errors.length, value: doc.toJS() };
};

describe('quickYaml, the fast path of the frontmatter', () => {
	it('reads what yaml reads in every frontmatter of the content and the fixtures, or declines', () => {
		expect(frontmatters.length).toBeGreaterThanOrEqual(2);
		let read = 0;
		for (const { path, yaml } of frontmatters) {
			const quick = quickYaml(yaml);
			if (quick === undefined) continue;
			read++;
			const { errors, value } = slow(yaml);
			expect({ path, errors }).toEqual({ path, errors: 0 });
			expect(quick).toEqual(value);
		}
		expect(read).toBeGreaterThanOrEqual(1);
	});

	it('keeps dates, yes/no and numbers as yaml 1.2 core does', () => {
		const text = 'published: 2022-09-14\nlang: no\nflag: yes\nn: 0o17\nm: 017\nx: .5\nbig: 1_000\nnothing: ~\nword: on';
		expect(quickYaml(text)).toEqual(slow(text).value);
	});

	it.each([
		['a duplicate key', 'headline: One\nheadline: Two'],
		['a tab for indentation', 'people:\n\t- id: putin'],
		['an unclosed quote', 'headline: "Prologue'],
	])('declines %s, so that yaml places the error', (_name, text) => {
		expect(quickYaml(text)).toBeUndefined();
		expect(slow(text).errors).toBeGreaterThan(0);
	});
});
