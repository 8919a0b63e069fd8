import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** Headers every response gets on hosts that read a `_headers` file (Netlify, Cloudflare Pages and others). */
const GLOBAL = {
	'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
	'X-Frame-Options': 'DENY',
	// frame-ancestors only works in a header, never in the page's <meta> policy.
	'Content-Security-Policy': "frame-ancestors 'none'",
};

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/**
 * Writes `dist/_headers` after the build: the headers above for every path, and for each
 * page the Content-Security-Policy that Astro put in its <meta> (with the hashes of its
 * scripts and styles), so hosts that send headers enforce the same policy.
 */
export default function staticHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'static-headers',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const root = fileURLToPath(dir);
				const blocks = [block(`${base}*`, GLOBAL)];
				for (const { pathname } of pages) {
					const path = `/${pathname}`.replace(/\/?$/, '/');
					const html = await readFile(join(root, path, 'index.html'), 'utf8').catch(() => undefined);
					const csp = html && META_CSP.exec(html)?.[1];
					if (csp) blocks.push(block(`${base}${path.slice(1)}`, { 'Content-Security-Policy': csp.replaceAll('&#39;', "'") }));
				}
				await writeFile(join(root, '_headers'), blocks.join('\n'));
				logger.info(`_headers written for ${blocks.length - 1} pages`);
			},
		},
	};
}

function block(path: string, headers: Record<string, string>): string {
	return `${path}\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}\n`)
		.join('')}`;
}
