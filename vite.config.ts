import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// The dataset bundled into the app; TIELINE_DATA points a build at another folder (tests use it
// to prove that a broken dataset fails the build).
const dataDir = resolve(process.env.TIELINE_DATA ?? 'graph-data');

export default defineConfig({
	plugins: [sveltekit()],
	resolve: { alias: { '$graph-data': dataDir } },
	test: {
		environment: 'node',
		// Interop tests start Python; on a busy two-core machine that can take more than 5 s.
		testTimeout: 30_000,
		projects: [
			{
				// The state classes (.svelte.ts) with Svelte's client runtime, so runes react as in the
				// browser; still in Node, with no DOM.
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					environment: './tests/support/svelte-client-environment.ts',
					include: ['tests/state/**/*.svelte.test.ts'],
					expect: { requireAssertions: true }
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/state/**/*.svelte.test.ts']
				}
			}
		]
	}
});
