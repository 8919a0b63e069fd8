import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// Builds the site once into dist/ for the tests that read the output or drive a browser.
		globalSetup: ['tests/setup/build-site.ts'],
		testTimeout: 30_000,
		hookTimeout: 120_000,
	},
});
