/**
 * Astro's servers as child processes of the benchmark, on 127.0.0.1 and a free port (the CLI
 * on the pinned Node, as `npx astro preview|dev` runs it): `astro preview` of a built folder,
 * and `astro dev` of the project. `--ignore-lock`: Astro 7 allows one tracked server per
 * project (.astro/preview.json); the benchmark's run beside any other without touching that lock.
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
export function preview(outDir, options = {}) {
	return serve(['preview', '--ignore-lock', '--outDir', outDir], options);
}

/**
 * `astro dev` of the project at `root` (default ours) with `env` added; resolves with { origin, stop, output() } once `readyPath`
 * answers 200 (the dev server renders every article at start, so this takes a while at scale).
 */
export function dev({ root = ROOT, env, readyPath = '/', timeoutMs = 5 * 60_000 }) {
	return serve(['dev', '--ignore-lock'], { root, env, readyPath, timeoutMs });
}

async function serve(args, { root = ROOT, env = {}, readyPath = '/', timeoutMs = 60_000, port } = {}) {
	port ??= await freePort();
	const child = start(process.execPath, [ASTRO, ...args, '--host', '127.0.0.1', '--port', String(port)], { cwd: root, env: baseEnv(env) });
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + timeoutMs;
	let exited = false;
	child.exited.then(() => (exited = true));
	while (true) {
		if (exited) throw new Error(`astro ${args[0]} exited early:\n${output.trim()}`);
		const ok = await fetch(`${origin}${readyPath}`, { signal: AbortSignal.timeout(10_000) }).then(
			(response) => response.ok,
			() => false,
		);
		if (ok) break;
		if (Date.now() > deadline) {
			await stop(child);
			throw new Error(`astro ${args[0]} did not answer on ${origin}${readyPath} within ${timeoutMs / 1000} s:\n${output.trim()}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { origin, stop: () => stop(child), output: () => output };
}
