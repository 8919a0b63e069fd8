import { createHash } from 'node:crypto';
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
			const $ = page(path);
			const csp = $('meta[http-equiv="content-security-policy"]').attr('content')!;
			const scripts = directive(csp, 'script-src')!;
			expect(scripts).toMatch(/'sha256-/);
			expect(scripts).not.toContain('unsafe-inline');
			expect(csp).toContain("default-src 'self'");
			expect(headers).toContain(`/${path ? `${path}/` : ''}\n  Content-Security-Policy: ${csp}\n`);
		});

		// The browser tests watch for violations on a sample of pages only: here every page's inline
		// code is checked against its own policy (a page may have none; then there is nothing to allow).
		it(`allows on /${path} every inline script and style it has, and no style attribute the policy would block`, () => {
			const $ = page(path);
			const csp = $('meta[http-equiv="content-security-policy"]').attr('content')!;
			const scripts = directive(csp, 'script-src')!;
			const styles = directive(csp, 'style-src') ?? directive(csp, 'default-src')!;
			$('script:not([src]):not([type="application/ld+json"])').each((_, element) => {
				expect(scripts, `inline script on /${path}`).toContain(hash($(element).text()));
			});
			if (styles.includes("'sha256-")) {
				$('style').each((_, element) => expect(styles, `<style> on /${path}`).toContain(hash($(element).text())));
			}
			if (!styles.includes("'unsafe-inline'")) {
				expect($('[style]').map((_, element) => `<${element.tagName} style="${$(element).attr('style')}">`).get()).toEqual([]);
			}
		});
	}

	it('has no page whose markup loads anything from another host', () => {
		// What a browser fetches on its own: anything with a source, a poster or embedded data, and every
		// link but those that only name another address (canonical, alternate, sitemap).
		const LOADED = '[src], [srcset], [poster], object[data], link[href]:not([rel~="canonical"]):not([rel~="alternate"]):not([rel~="sitemap"])';
		const elsewhere = (address: string) => /^(?:[a-z][a-z\d+.-]*:)?\/\//i.test(address);
		const foreign: string[] = [];
		let loads = 0;
		for (const path of pages) {
			const $ = page(path);
			$(LOADED).each((_, element) => {
				const srcset = ($(element).attr('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);
				const addresses = [...['src', 'href', 'poster', 'data'].map((name) => $(element).attr(name) ?? ''), ...srcset].filter(Boolean);
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

/** A directive of a policy, `script-src 'self' …`, if the policy has it. */
function directive(csp: string, name: string): string | undefined {
	return csp.split(';').map((part) => part.trim()).find((part) => part.split(/\s+/)[0] === name);
}

/** How a policy allows an inline script or style: `'sha256-…'` of its text. */
function hash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
