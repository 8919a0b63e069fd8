/**
 * `astro preview` of a built folder on 127.0.0.1 and a free port, as a child process of the
 * benchmark (the CLI on the pinned Node, as `npx astro preview --outDir <dir>` runs it).
 * `--ignore-lock`: Astro 7 allows one tracked preview server per project (.astro/preview.json);
 * the benchmark's runs beside any other without touching that lock.
 */
import { createServer } from 'node:net';
import { ASTRO, baseEnv, ROOT } from './build.mjs';
import { start, stop } from './processes.mjs';

export function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

/** Serves `outDir`; resolves with { origin, stop } once it answers. */
export async function preview(outDir, { port, timeoutMs = 60_000 } = {}) {
	port ??= await freePort();
	const child = start(process.execPath, [ASTRO, 'preview', '--ignore-lock', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)], { cwd: ROOT, env: baseEnv() });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	let exited = false;
	child.exited.then(() => (exited = true));
	while (true) {
		if (exited) throw new Error(`astro preview exited early:\n${output.trim()}`);
		const ok = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) break;
		if (Date.now() > deadline) {
			await stop(child);
			throw new Error(`astro preview did not answer on ${origin} within ${timeoutMs / 1000} s:\n${output.trim()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { origin, stop: () => stop(child) };
}
