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

	it('has no page whose markup loads anything from another host', () => {
		// What a browser fetches on its own: scripts, images, frames, media and the links it loads.
		const LOADED = 'script[src], img[src], img[srcset], source[src], source[srcset], iframe[src], video[src], audio[src], link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="manifest"]';
		const elsewhere = (address: string) => /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(address);
		const foreign: string[] = [];
		let loads = 0;
		for (const path of pages) {
			const $ = page(path);
			$(LOADED).each((_, element) => {
				const srcset = ($(element).attr('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);
				const addresses = [$(element).attr('src') ?? $(element).attr('href') ?? '', ...srcset].filter(Boolean);
				loads += 1;
				for (const address of addresses) if (elsewhere(address)) foreign.push(`/${path}: ${address}`);
			});
			const inline = $('style').text() + $('[style]').map((_, element) => $(element).attr('style')).get().join(';');
			for (const [, address] of inline.matchAll(/url\(\s*['"]?([^'")\s]+)/g)) if (elsewhere(address!)) foreign.push(`/${path}: ${address}`);
		}
		expect(loads).toBeGreaterThan(pages.length);
		expect(foreign).toEqual([]);
	});

	it('sends the headers a <meta> policy cannot carry, for every path', () => {
		const global = headers.split('\n\n')[0]!;
		expect(global.split('\n')[0]).toBe('/*');
		for (const header of ['Strict-Transport-Security: max-age=', 'X-Content-Type-Options: nosniff', "Content-Security-Policy: frame-ancestors 'none'", 'Referrer-Policy: ', 'Permissions-Policy: ']) {
			expect(global).toContain(`  ${header}`);
		}
	});
});
