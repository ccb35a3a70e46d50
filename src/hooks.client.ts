import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { catchEarlyInput } from '$lib/state/early-input.ts';

/** As the page's code first runs, before it reads its data: presses from here on are kept. */
export const init: ClientInit = () => catchEarlyInput(document);

/**
 * An error the page cannot start past (the bundled data missing or cut short: vite.config.ts)
 * keeps its own words, which name the file and the problem; any other is SvelteKit's "Internal
 * Error", its details in the console.
 */
export const handleError: HandleClientError = ({ error, message }) =>
	error instanceof Error && error.name === 'TielineDataError'
		? { message: error.message, dataFile: true }
		: { message };
