import { fileURLToPath } from 'node:url';
import { build } from 'astro';

/** Builds the site into dist/ once, before any test file runs. */
export default async function buildSite() {
	process.env.ASTRO_TELEMETRY_DISABLED = '1';
	await build({ root: fileURLToPath(new URL('../..', import.meta.url)), logLevel: 'warn' });
}
