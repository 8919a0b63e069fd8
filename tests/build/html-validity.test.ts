import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site';

const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

if (!hasJava) {
	const how = 'The HTML validator needs Java 11 or later: run "apt-get install -y default-jre-headless".';
	if (process.env.REQUIRE_TOOLS) throw new Error(`${how} REQUIRE_TOOLS is set, so it may not be skipped.`);
	console.warn(`SKIPPED HTML validation: ${how}`);
}

/** Errors the W3C Nu validator (vnu-jar, offline) finds in HTML files or folders. */
function validate(path: string): string[] {
	const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', path], { encoding: 'utf8' });
	const { messages } = JSON.parse(run.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
	return messages.map((m) => `${m.url.replace(/^file:.*?dist\//, '')}:${m.lastLine ?? 0}: ${m.message}`);
}

describe.runIf(hasJava)('valid HTML (W3C Nu validator)', () => {
	it('finds no error in any page of the built site', () => {
		expect(validate(DIST)).toEqual([]);
	});

	it('reports the faults of a deliberately broken page', () => {
		const errors = validate(join(import.meta.dirname, '..', 'fixtures', 'broken-page', 'index.html'));
		expect(errors.some((error) => /img.*alt/i.test(error))).toBe(true);
	});
});
