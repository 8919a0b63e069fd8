import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { frontmatterShape } from '../../src/schemas/article';

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
