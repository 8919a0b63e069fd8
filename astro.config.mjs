// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import staticHeaders from './src/integrations/static-headers.ts';
import searchIndex from './src/integrations/search-index.ts';

/**
 * The public address of the site, for canonical URLs and share links.
 * Set SITE_URL when deploying elsewhere (not BASE_URL: vitest uses that name).
 */
const PLACEHOLDER = 'https://annotated-news.example';
const site = process.env.SITE_URL ?? PLACEHOLDER;
/** The path the site is served under, e.g. BASE_PATH=/analysis/ (default: the root). */
const base = process.env.BASE_PATH ?? '/';

/**
 * Says once per build, loudly, that links copied from a build without SITE_URL lead nowhere.
 * @type {import('astro').AstroIntegration}
 */
const placeholderWarning = {
	name: 'site-url-warning',
	hooks: {
		'astro:build:start': ({ logger }) => {
			if (process.env.SITE_URL) return;
			logger.warn(
				[
					'',
					'*** SITE_URL is not set: every shared link, canonical URL, preview card and feed entry of',
					`*** this build points to the placeholder host ${PLACEHOLDER}, where nothing is served.`,
					'*** Fine for a local look; for a deployment build with SITE_URL=https://your.host (see README, Deploying).',
					'',
				].join('\n'),
			);
		},
	},
};

export default defineConfig({
	// Builds that run side by side (the tests' own builds) each keep their content store apart.
	...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
	site,
	base,
	trailingSlash: 'always',
	// Our pipeline renders the markdown; Astro's own engine and highlighter are not used.
	markdown: { syntaxHighlight: false },
	build: { inlineStylesheets: 'auto' },
	// Scripts as files, not inline: cached across pages, and the policy needs no hash for them.
	vite: { build: { assetsInlineLimit: 0 } },
	// A per-page <meta> policy with hashes of the scripts and styles Astro bundles: no 'unsafe-inline'.
	// Pagefind's search runs WebAssembly, hence 'wasm-unsafe-eval' (which allows no JavaScript eval).
	security: {
		csp: {
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			directives: ["default-src 'self'", "img-src 'self'", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
		},
	},
	integrations: [placeholderWarning, sitemap(), searchIndex(), staticHeaders()],
});
