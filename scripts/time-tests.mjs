/**
 * `npm run test:time`: how long the whole `npm test` and `bash .ci/run` take on this machine,
 * printed with its cores and load average (other work on the machine slows wall times; CPU times
 * are steadier). Targets, printed and not asserted: `npm test` under 2 minutes, `.ci/run` under 4,
 * on 2 cores.
 *
 *   --only=test|ci   time only one of them
 *   --reuse-build    let `npm test` reuse the builds the tests made earlier (dist/ and the test
 *                    articles'); by default the tests build both first, as after an edit of the code
 *
 * Each run's output goes to .tmp/test-times/<name>.log. Exit status 1 when a run fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = join(import.meta.dirname, '..');
const LOGS = join(ROOT, '.tmp', 'test-times');
/** CI first: on a fresh clone it is what installs the dependencies `npm test` needs. */
const RUNS = {
	ci: { title: 'bash .ci/run', command: ['bash', '.ci/run'], target: 240 },
	test: { title: 'npm test', command: ['npm', 'test'], target: 120 },
};

const { values: options } = parseArgs({ options: { only: { type: 'string' }, 'reuse-build': { type: 'boolean', default: false } } });
const names = options.only ? [options.only] : Object.keys(RUNS);
if (names.some((name) => !RUNS[name])) {
	console.error(`--only takes ${Object.keys(RUNS).join(' or ')}`);
	process.exit(2);
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

/** Runs a command under /usr/bin/time, which adds up the CPU time of every process it waited for. */
function timed(name, [command, ...args], env) {
	const log = join(LOGS, `${name}.log`);
	const times = join(LOGS, `${name}.time`);
	const began = performance.now();
	return new Promise((resolve) => {
		const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', times, 'bash', '-c', `"$@" > "${log}" 2>&1`, '--', command, ...args], { cwd: ROOT, stdio: 'inherit', env });
		child.on('close', (status) => {
			const [user, system] = readFileSync(times, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
			resolve({ status, wall: (performance.now() - began) / 1000, cpu: user + system, log });
		});
	});
}

mkdirSync(LOGS, { recursive: true });
console.log(`# Test times, ${new Date().toISOString()}: ${cpus().length} cores, load average at start ${load()}.`);
let failed = false;
for (const name of names) {
	const run = RUNS[name];
	// REBUILD makes the tests' set-up build the site and the test articles again (tests/setup/build-site.ts).
	const env = name === 'test' && !options['reuse-build'] ? { ...process.env, REBUILD: '1' } : process.env;
	const { status, wall, cpu, log } = await timed(name, run.command, env);
	const verdict = status !== 0 ? `FAILED (exit ${status}), see ${log}` : wall < run.target ? `under the ${run.target / 60}-minute target` : `OVER the ${run.target / 60}-minute target`;
	console.log(`${run.title.padEnd(12)} ${wall.toFixed(0).padStart(4)} s wall, ${cpu.toFixed(0).padStart(4)} s CPU: ${verdict}. Load average after: ${load()}.`);
	failed ||= status !== 0;
}
process.exit(failed ? 1 : 0);
