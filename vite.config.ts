import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dataPath, formatDataIssues, loadDataPath } from './src/cli/read-graph-data.ts';

// The dataset bundled into the app, chosen as the CLI chooses it: TIELINE_DATA points a build
// at another folder (tests use it to prove that a broken dataset fails the build).
const data = dataPath();
const dataDir = resolve(data);

/**
 * Reads and checks the dataset with the CLI's reader (from bytes, so encodings are checked)
 * before anything is bundled: a broken dataset stops the build with the same list `graph
 * validate` prints, instead of failing later inside prerendering with a framework stack trace.
 */
function checkData(): Plugin {
	return {
		name: 'tieline-check-data',
		apply: 'build',
		buildStart() {
			const result = loadDataPath(data);
			if (result.ok) return;
			process.stderr.write(`\n${formatDataIssues(data, result.issues)}\n\n`);
			process.exit(1);
		}
	};
}

export default defineConfig({
	plugins: [checkData(), sveltekit()],
	resolve: { alias: { '$graph-data': dataDir } },
	// The import worker as a module, like the app's own chunks.
	worker: { format: 'es' },
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
