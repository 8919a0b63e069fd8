import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasJava } from '../setup/tools';
import { DIST } from './site';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const BROKEN = join(import.meta.dirname, '..', 'fixtures', 'broken-page', 'index.html');

describe.runIf(hasJava())('valid HTML (W3C Nu validator)', () => {
	let errors: { file: string; text: string }[] = [];

	// One run of Java over the whole site and the deliberately broken page, read per file.
	beforeAll(() => {
		// A short run: Java's quick compiler alone takes a third of the time of its full one, and the
		// validator then needs a larger stack than Java's default.
		const run = spawnSync('java', ['-Xss16m', '-XX:TieredStopAtLevel=1', '-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', DIST, BROKEN], { encoding: 'utf8', timeout: 120_000 });
		if (run.error) throw run.error;
		const { messages } = JSON.parse(run.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
		errors = messages.map((m) => ({ file: m.url.replace(/^file:/, ''), text: `${m.url.replace(/^file:.*?(dist|tests)\//, '$1/')}:${m.lastLine ?? 0}: ${m.message}` }));
	}, 120_000);

	it('finds no error in any page of the built site', () => {
		expect(errors.filter((error) => error.file.startsWith(DIST)).map((error) => error.text)).toEqual([]);
	});

	// Also the proof that the validator ran at all.
	it('reports the faults of a deliberately broken page', () => {
		expect(errors.some((error) => error.file === BROKEN && /img.*alt/i.test(error.text))).toBe(true);
	});
});
