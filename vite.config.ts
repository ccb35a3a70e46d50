import { resolve } from 'node:path';
import { readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { dataPath, formatDataIssues, loadDataPath } from './src/cli/read-graph-data.ts';
import { datasetParts, partsModule, type BundledValue } from './src/cli/dataset-parts.ts';

// The dataset bundled into the app, chosen as the CLI chooses it: TIELINE_DATA points a build
// at another folder (tests use it to prove that a broken dataset fails the build).
const data = dataPath();
const dataDir = resolve(data);

/** The dataset read and checked, once per build (the dev server reads it again after an edit). */
let checked: ReturnType<typeof loadDataPath> | null = null;
const checkedData = () => (checked ??= loadDataPath(data));

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
			const result = checkedData();
			if (result.ok) return;
			process.stderr.write(`\n${formatDataIssues(data, result.issues)}\n\n`);
			process.exit(1);
		}
	};
}

/** SvelteKit's folder for the app's own files (its default `kit.appDir`). */
const APP_DIR = '_app';
const DATASET = 'virtual:tieline-dataset';

/**
 * The bundled dataset as the app reads it: read and checked here, once, by the CLI's reader, and
 * handed over as the checked data (JSON), so the page neither parses YAML nor checks it again as it
 * opens. Its problems instead when it does not pass (the dev server shows them; a build has
 * stopped already). Every data file is watched, so the dev server reloads on an edit.
 *
 * In the browser's build the data is a file of its own beside the app's code
 * (`_app/immutable/assets/dataset.HASH.json`, named by its content), or several for a large
 * dataset (5,000 ties each, src/cli/dataset-parts.ts), which the page asks for as it starts
 * (preload links in the prerendered page) and reads as JSON, each in a task of its own. Inlined
 * into a chunk as a string, it stayed in memory as that chunk's source and constant for the
 * page's life (25 MiB of the heap at 50,000 ties), and the chunk arrived last. The prerendering
 * server and the dev server take it inlined.
 */
function bundledDataset(): Plugin {
	let serving = false;
	return {
		name: 'tieline-dataset',
		configResolved(config) {
			serving = config.command === 'serve';
		},
		resolveId: (id) => (id === DATASET ? '\0' + DATASET : undefined),
		watchChange() {
			checked = null;
		},
		load(id, options) {
			if (id !== '\0' + DATASET) return;
			for (const file of dataFiles(dataDir)) this.addWatchFile(file);
			const result = checkedData();
			let value: unknown;
			if (result.ok) {
				const { sources, actors, ties, events, absences, stories } = result.value;
				value = {
					dataset: { sources, actors, ties, events, absences, ...(stories ? { stories } : {}) },
					issues: []
				};
			} else value = { dataset: null, issues: result.issues };
			const parts = serving ? [] : datasetParts(value as BundledValue);
			const files = parts.map(partFile);
			if (serving || options?.ssr) {
				// A string of JSON: parsed faster than the same object as a JavaScript literal.
				const json = JSON.stringify(value);
				return `export default JSON.parse(${JSON.stringify(json)});\nexport const files = ${JSON.stringify(files)};`;
			}
			parts.forEach((source, i) => this.emitFile({ type: 'asset', fileName: files[i], source }));
			return partsModule(files);
		}
	};
}

/**
 * Where the browser's build writes a part of the data (`datasetParts`), named by its content: the
 * same name in both builds, so the prerendered page links the files the browser's build wrote.
 */
const partFile = (json: string) =>
	`${APP_DIR}/immutable/assets/dataset.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;

/**
 * The code the page needs as it starts in two files, the libraries' and the app's, instead of
 * the forty-odd small ones the bundler made by default: a first visit waited on each, with the
 * bundled data arriving beside them (10k set: first picture 3.75 -> 3.50 s, medians of nine
 * alternating cold loads, faster in all nine; the floor's 3.25). Two, not one, so a new version of the app leaves the
 * libraries' file in a returning visitor's cache. Code loaded on demand (PDF, map, exports) stays
 * in files of its own. The browser's build only: the server's build is not fetched.
 */
function firstLoadChunks(): Plugin {
	return {
		name: 'tieline-first-load-chunks',
		apply: 'build',
		configEnvironment: (name) =>
			name === 'client'
				? {
						build: {
							rollupOptions: {
								output: {
									codeSplitting: {
										groups: [
											{ name: 'lib', test: /node_modules/, tags: ['$initial'], priority: 2 },
											{
												name: 'app',
												// The routes (and SvelteKit's modules that name them) stay in their own entries,
												// and with them the data's module, so data that cannot be read stops the page,
												// not the code its error page needs.
												test: (id) =>
													!/[\\/](src[\\/]routes|\.svelte-kit)[\\/]|tieline-dataset/.test(id),
												tags: ['$initial'],
												priority: 1
											}
										]
									}
								}
							}
						}
					}
				: undefined
	};
}

/** Every file below the data folder (or the one file it names). */
function dataFiles(path: string): string[] {
	try {
		if (!statSync(path).isDirectory()) return [path];
		return readdirSync(path, { recursive: true, withFileTypes: true })
			.filter((e) => e.isFile())
			.map((e) => resolve(e.parentPath, e.name));
	} catch {
		return [];
	}
}

export default defineConfig({
	plugins: [checkData(), bundledDataset(), firstLoadChunks(), sveltekit()],
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
