import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// Links here go to external sources, and pushState and replaceState only rewrite the
			// search string of the one page.
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true, ignorePushState: true }
			],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The domain core runs in Node and the CLI: it must know nothing of Svelte, Cytoscape,
		// app state, the view or the browser.
		files: ['src/lib/core/**/*.ts'],
		languageOptions: { globals: { ...globals.es2022 } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'core must not import Svelte.' },
						{ group: ['$app/*', '@sveltejs/*'], message: 'core must not import SvelteKit.' },
						{ group: ['cytoscape', 'cytoscape-*'], message: 'core must not import Cytoscape.' },
						{
							group: [
								'$lib/state/*',
								'$lib/render/*',
								'$lib/components/*',
								'**/state/*',
								'**/render/*',
								'**/components/*'
							],
							message: 'core must not import the view layer.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'localStorage',
					'sessionStorage',
					'navigator',
					'location',
					'HTMLElement'
				].map((name) => ({ name, message: 'core must not touch the DOM.' }))
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'graph-data/schema/']
	}
);
