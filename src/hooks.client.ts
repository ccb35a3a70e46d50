import type { HandleClientError } from '@sveltejs/kit';

/**
 * An error the page cannot start past (the bundled data missing or cut short: vite.config.ts)
 * keeps its own words, which name the file and the problem; any other is SvelteKit's "Internal
 * Error", its details in the console.
 */
export const handleError: HandleClientError = ({ error, message }) =>
	error instanceof Error && error.name === 'TielineDataError'
		? { message: error.message, dataFile: true }
		: { message };
