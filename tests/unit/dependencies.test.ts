import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The installed version of a package (its package.json is not always exported). */
const version = (name: string) =>
	(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version.split('.').map(Number);

describe('dependencies', () => {
	it('use an mdast-util-to-hast without the class-injection advisory (CVE-2025-66400, fixed in 13.2.1)', () => {
		const [major, minor, patch] = version('mdast-util-to-hast');
		expect(major! > 13 || (major === 13 && (minor! > 2 || (minor === 2 && patch! >= 1)))).toBe(true);
	});
});
