import { defineConfig } from 'vitest/config';

/**
 * Three tiers, each runnable alone (`npm run test:unit`, `test:build`, `test:browser`):
 * unit tests never build; the build and browser tests share one build of the site (made by
 * their set-up only when dist/ is missing or stale); the browser tests share one preview server
 * and one Chromium.
 */
export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 120_000,
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/*.test.ts', 'tests/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/setup/build-site.ts'] } },
			{
				extends: true,
				test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/setup/build-site.ts', 'tests/setup/serve-site.ts'] },
			},
		],
	},
});
