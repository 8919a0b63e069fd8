import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from '../setup/tools';

export { ROOT };
/** Scratch space inside the project (git-ignored), so paths in messages read as an author's. */
export const TMP = join(ROOT, '.tmp');
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
/** Longer than any build takes on a busy 2-core machine; a build that hangs is stopped and reported. */
export const BUILD_TIMEOUT = 150_000;

/**
 * Runs `astro build`, as `npm run build` would, into an output folder of its own, in a process
 * of its own (so builds and tests run side by side); resolves with its exit status and output.
 */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<{ status: number | null; output: string }> {
	// vitest sets BASE_URL in its own environment, and Vite would take it over the configured base.
	const { BASE_URL: _vitest, ...inherited } = process.env;
	const options = {
		cwd: ROOT,
		env: { ...inherited, ...env, ASTRO_CACHE_DIR: join(outDir, '..', 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		encoding: 'utf8' as const,
		timeout: BUILD_TIMEOUT,
		maxBuffer: 64 * 1024 * 1024,
	};
	return new Promise((resolve) => {
		execFile(process.execPath, [ASTRO, 'build', '--outDir', outDir], options, (error, stdout, stderr) => {
			const stopped = error?.signal ? `\n(build stopped by ${error.signal}${error.killed ? ' after the timeout' : ''})` : '';
			const status = !error ? 0 : typeof error.code === 'number' ? error.code : null;
			resolve({ status, output: stdout + stderr + stopped });
		});
	});
}
