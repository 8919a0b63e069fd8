// @ts-check
import { defineConfig } from 'astro/config';
import staticHeaders from './src/integrations/static-headers.ts';

/**
 * The public address of the site, for canonical URLs and share links.
 * Set SITE_URL when deploying elsewhere (not BASE_URL: vitest uses that name).
 */
const site = process.env.SITE_URL ?? 'https://annotated-news.example';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Our pipeline renders the markdown; Astro's own engine and highlighter are not used.
	markdown: { syntaxHighlight: false },
	build: { inlineStylesheets: 'auto' },
	// A per-page <meta> policy with hashes of the scripts and styles Astro bundles: no 'unsafe-inline'.
	security: {
		csp: {
			directives: ["default-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	integrations: [staticHeaders()],
});
