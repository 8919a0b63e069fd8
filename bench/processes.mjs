/**
 * Child processes of the benchmark: each runs in a process group of its own, is tracked
 * while it lives, and is stopped by its id (its group) on stop(), on stopAll() and when the
 * benchmark is interrupted. Nothing here touches a process the benchmark did not start.
 */
import { spawn } from 'node:child_process';

const live = new Set();
const cleanups = new Set();
const exitPids = new Set();
let stopping = false;

/** Throws once the benchmark is stopping (interrupted), so that nothing new starts. */
export function assertRunning() {
	if (stopping) throw new Error('the benchmark is stopping');
}

/** Starts `command`; the child is tracked until it exits. */
export function start(command, args, options = {}) {
	assertRunning();
	const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'] });
	live.add(child);
	child.exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => resolve({ code, signal }));
		child.on('error', (error) => resolve({ code: null, signal: null, error }));
	}).finally(() => live.delete(child));
	return child;
}

/** Stops a child and its group: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(child, graceMs = 5000) {
	if (!live.has(child)) return;
	const signal = (name) => {
		try {
			process.kill(-child.pid, name);
		} catch {
			// already gone
		}
	};
	signal('SIGTERM');
	const killer = setTimeout(() => signal('SIGKILL'), graceMs);
	await child.exited;
	clearTimeout(killer);
}

/**
 * Registers something to close (a browser, a server) if the benchmark stops early, and the
 * process id to kill should the benchmark exit before closing it; returns an unregister function.
 */
export function onCleanup(fn, pid) {
	cleanups.add(fn);
	if (pid) exitPids.add(pid);
	return () => {
		cleanups.delete(fn);
		exitPids.delete(pid);
	};
}

const within = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/** Closes everything still open: every live child is signalled at once, then the cleanups run, then the children are awaited. */
export async function stopAll() {
	const children = [...live].map((child) => stop(child));
	for (const fn of [...cleanups]) {
		cleanups.delete(fn);
		await within(Promise.resolve().then(fn).catch(() => {}), 10_000);
	}
	await Promise.all(children);
}

// Last resort, if something ends the process before stopAll() has run: kill, synchronously.
process.on('exit', () => {
	const kill = (pid) => {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {
			// already gone
		}
	};
	for (const child of live) kill(-child.pid);
	for (const pid of exitPids) kill(pid);
});

for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(name, async () => {
		stopping = true;
		process.stderr.write(`\nbench: ${name}, stopping what the benchmark started…\n`);
		await stopAll();
		process.exit(130);
	});
}
