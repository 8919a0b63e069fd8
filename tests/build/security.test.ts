import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUGS } from '../content';
import { builtPages, DIST, page } from './site';

const headers = readFileSync(join(DIST, '_headers'), 'utf8');

describe('the security policy', () => {
	const pages = builtPages();
	it('is checked on the home page and every article', () => expect(pages).toEqual(expect.arrayContaining(['', ...SLUGS])));

	for (const path of pages) {
		it(`is set on /${path} with hashes, never 'unsafe-inline' for scripts, and repeated in _headers`, () => {
			const csp = page(path)('meta[http-equiv="content-security-policy"]').attr('content')!;
			const scripts = csp.split(';').find((directive) => directive.trim().startsWith('script-src'))!;
			expect(scripts).toMatch(/'sha256-/);
			expect(scripts).not.toContain('unsafe-inline');
			expect(csp).toContain("default-src 'self'");
			expect(headers).toContain(`/${path ? `${path}/` : ''}\n  Content-Security-Policy: ${csp}\n`);
		});
	}

	it('sends the headers a <meta> policy cannot carry, for every path', () => {
		const global = headers.split('\n\n')[0]!;
		expect(global.split('\n')[0]).toBe('/*');
		for (const header of ['Strict-Transport-Security: max-age=', 'X-Content-Type-Options: nosniff', "Content-Security-Policy: frame-ancestors 'none'", 'Referrer-Policy: ', 'Permissions-Policy: ']) {
			expect(global).toContain(`  ${header}`);
		}
	});
});
