import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { seconds } from './elapsed';

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
/** How much of a page is read at first: its <head>, where Astro puts the policy, ends within 3 KB on every page. */
const HEAD_BYTES = 16 * 1024;
const buffer = Buffer.alloc(HEAD_BYTES);

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
			'astro:build:done': ({ dir, pages, logger }) => {
				const began = performance.now();
				const root = fileURLToPath(dir);
				const blocks = [block(`${base}*`, GLOBAL)];
				for (const { pathname } of pages) {
					const path = `/${pathname}`.replace(/\/?$/, '/');
					const csp = pagePolicy(join(root, path, 'index.html'));
					if (csp) blocks.push(block(`${base}${path.slice(1)}`, { 'Content-Security-Policy': csp.replaceAll('&#39;', "'") }));
				}
				writeFileSync(join(root, '_headers'), blocks.join('\n'));
				logger.info(`_headers written for ${blocks.length - 1} pages in ${seconds(began)}`);
			},
		},
	};
}

/**
 * The policy in a page's <meta>, if the page is HTML and has one. The page is read up to the end
 * of its head only, synchronously, a block at a time: for tens of thousands of pages,
 * promise-based reads of whole files took over ten times as long.
 */
function pagePolicy(file: string): string | undefined {
	let fd: number;
	try {
		fd = openSync(file, 'r');
	} catch {
		return undefined; // Not a page written as <path>/index.html (rss.xml, robots.txt).
	}
	try {
		let text = '';
		for (let read; (read = readSync(fd, buffer, 0, HEAD_BYTES, null)) > 0; ) {
			// latin1 maps bytes one to one: the policy and the tags are ASCII, whatever surrounds them.
			text += buffer.toString('latin1', 0, read);
			if (text.includes('</head>')) break;
		}
		return META_CSP.exec(text)?.[1];
	} finally {
		closeSync(fd);
	}
}

function block(path: string, headers: Record<string, string>): string {
	return `${path}\n${Object.entries(headers)
		.map(([name, value]) => `  ${name}: ${value}\n`)
		.join('')}`;
}
