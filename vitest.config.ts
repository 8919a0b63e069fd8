import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each runnable alone (`npm run test:unit`, `test:build`, `test:browser`):
 * unit tests never build; the build and browser tests share one build of the site (made by
 * their set-up only when dist/ is missing or stale), and the build tests one build of the test
 * articles; the browser tests share one preview server and one Chromium.
 *
 * Files of every tier run side by side, one per core (vitest's default leaves one core idle,
 * which on 2 cores runs them one after another). A worker runs its files one after another
 * without starting anew (`isolate: false`): the modules they share (the pipeline, Playwright)
 * are loaded once per worker, so a test file must leave no global state behind.
 */
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 120_000,
		maxWorkers: availableParallelism(),
		isolate: false,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/*.test.ts', 'tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/build-sites.ts'] } },
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'],
					// What a page shows after an action, awaited longer than vitest's 1 s: one look at the
					// page can take that long on a machine loaded by other work.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
