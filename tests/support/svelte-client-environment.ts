import type { Environment } from 'vitest/environments';

/**
 * Node, with modules transformed for the client: `.svelte.ts` state classes are then compiled
 * with Svelte's client runtime, so `$state`, `$derived` and `$effect` react as in the browser.
 * No DOM is set up: the state must not need one.
 */
export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
} satisfies Environment;
