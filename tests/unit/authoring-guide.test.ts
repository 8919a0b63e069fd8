import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontmatterShape } from '../../src/schemas/article';
import { SITE_KINDS } from '../../src/schemas/site';

/** Every field and sub-field of the frontmatter schema, with whether it must be given: `people[].name`. */
function fieldsOf(schema: z.ZodObject, prefix = ''): [string, boolean][] {
	return Object.entries(schema.shape).flatMap(([key, field]): [string, boolean][] => {
		const path = `${prefix}${key}`;
		const own: [string, boolean] = [path, !(field as z.ZodType).safeParse(undefined).success];
		let inner = field as z.ZodType;
		let list = false;
		// Through optional, default, preprocess and list wrappers, to an object with fields of its own.
		for (let type = inner.def.type; ['optional', 'default', 'array', 'pipe'].includes(type); type = inner.def.type) {
			const def = inner.def as unknown as { innerType?: z.ZodType; element?: z.ZodType; out?: z.ZodType };
			list ||= type === 'array';
			inner = def.innerType ?? def.element ?? def.out!;
		}
		return inner.def.type === 'object' ? [own, ...fieldsOf(inner as z.ZodObject, `${path}${list ? '[]' : ''}.`)] : [own];
	});
}

/** The rows of the guide's frontmatter table: `| \`field\` | yes | example | meaning |`. */
function documented(): [string, boolean][] {
	const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'authoring.md'), 'utf8');
	const section = guide.slice(guide.indexOf('## Frontmatter'), guide.indexOf('\n## ', guide.indexOf('## Frontmatter') + 1));
	return [...section.matchAll(/^\| `([^`]+)` \| (yes|no) \|/gm)].map(([, path, required]) => [path!, required === 'yes']);
}

describe('docs/authoring.md', () => {
	it('lists every field and sub-field of the frontmatter, required or not, as the schemas define them', () => {
		const fields = fieldsOf(frontmatterShape);
		expect(fields.length).toBeGreaterThan(40);
		expect(documented()).toEqual(fields);
	});

	it('gives an example for every field that holds a value', () => {
		const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'authoring.md'), 'utf8');
		const rows = guide.split('\n').filter((line) => /^\| `[^`]+` \| (yes|no) \|/.test(line)).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
		expect(rows.length).toBe(fieldsOf(frontmatterShape).length);
		for (const [field, , example] of rows) {
			const holder = ['`original`', '`people`', '`sources`', '`events`', '`glosses`', '`statements`'].includes(field!);
			expect(example === '', field).toBe(holder);
		}
	});
});

describe('docs/authoring.md, "Site entities"', () => {
	it('names the identity and the particular fields of each kind as src/schemas/site.ts defines them', () => {
		const guide = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'authoring.md'), 'utf8');
		const section = guide.slice(guide.indexOf('## Site entities'), guide.indexOf('\n## ', guide.indexOf('## Site entities') + 1));
		const fields = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, name]) => name!).sort();
		const rows = [...section.matchAll(/^\| `([a-z]+)` \| (.*) \| (.*) \|$/gm)].map(([, kind, identity, particular]) => [kind, fields(identity!), fields(particular!)]);
		expect(rows.length).toBe(Object.keys(SITE_KINDS).length);
		for (const [kind, { schema, identity }] of Object.entries(SITE_KINDS)) {
			const particular = Object.keys(schema.shape).filter((field) => field !== 'id' && !(identity as readonly string[]).includes(field));
			expect(rows.find(([name]) => name === kind)).toEqual([kind, [...identity].sort(), particular.sort()]);
		}
	});
});
