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
		include: ['tests/**/*.test.ts'],
		environment: 'node'
	}
});
