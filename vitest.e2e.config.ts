import { defineConfig } from 'vitest/config';

// Browser tests: the built app served as plain files, driven in Debian's headless Chromium.
export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.e2e.ts'],
		globalSetup: ['tests/e2e/global-setup.ts'],
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 60_000,
		environment: 'node'
	}
});
