import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the benchmark harness page apart from the app, into a cache folder no tool lints.
export default defineConfig({
	root: fileURLToPath(new URL('./harness', import.meta.url)),
	base: './',
	logLevel: 'warn',
	resolve: { alias: { $lib: fileURLToPath(new URL('../src/lib', import.meta.url)) } },
	build: {
		outDir: fileURLToPath(new URL('../node_modules/.cache/tieline-bench', import.meta.url)),
		emptyOutDir: true
	}
});
