// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** The page could not read the bundled data file (hooks.client.ts). */
			dataFile?: boolean;
		}
	}
}

export {};
