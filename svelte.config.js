import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// TIELINE_BUILD builds elsewhere (a test builds the app from a hostile dataset beside the real one).
		adapter: adapter({
			pages: process.env.TIELINE_BUILD ?? 'build',
			assets: process.env.TIELINE_BUILD ?? 'build',
			strict: true
		}),
		paths: { relative: true },
		// A strict Content-Security-Policy, written by SvelteKit into each prerendered page as a
		// <meta> tag with the hashes of its own inline scripts: no other inline script and no eval
		// can run, and nothing loads from another origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Style sheets and <style> elements only from the app itself. Style attributes are
				// allowed: SvelteKit's route announcer carries one, and `style:` directives (the time
				// bar's event markers) are prerendered as attributes that a blocked hydration would
				// leave unstyled. Cytoscape sets its styles through the CSSOM, which CSP does not
				// restrict, and Svelte's transitions use the Web Animations API: neither needs more.
				// The one hash is Cytoscape's own stylesheet, a <style> it adds to <head>:
				// `.__________cytoscape_container { position: relative; }`.
				'style-src': ['self', 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// `?data=URL` opens a file from the app's own origin, or from another site that allows
				// it by CORS. Another site's URL is not known when the page is built, so fetches may go
				// to any https origin (never plain http, which anyone on the way could change); what is
				// fetched is only ever read as data, and no script or style can come from there.
				'connect-src': ['self', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
