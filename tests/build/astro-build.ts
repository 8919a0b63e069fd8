import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
/** Scratch space inside the project (git-ignored), so paths in messages read as an author's. */
export const TMP = join(ROOT, '.tmp');
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Runs `astro build`, as `npm run build` would, into an output folder of its own. */
export function astroBuild(outDir: string, env: Record<string, string> = {}) {
	// vitest sets BASE_URL in its own environment, and Vite would take it over the configured base.
	const { BASE_URL: _vitest, ...inherited } = process.env;
	const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', outDir], {
		cwd: ROOT,
		env: { ...inherited, ...env, ASTRO_CACHE_DIR: join(outDir, '..', 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8',
	});
	return { status: run.status, output: run.stdout + run.stderr };
}
