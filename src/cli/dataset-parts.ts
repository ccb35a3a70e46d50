/**
 * The bundled data as the browser's build writes it (vite.config.ts): in parts, so that the page
 * reads a large dataset's JSON in several tasks, not one (at 50,000 ties, one `JSON.parse` of
 * the whole was a task of about 0.35 s, before the page could take input).
 */

/** How many ties each part carries. */
export const TIES_PER_PART = 5000;

/** What the data's module gives the page: the checked dataset, or its problems. */
export interface BundledValue {
	dataset: { ties: unknown[] } | null;
	issues: unknown[];
}

/**
 * The JSON of each part: the first is the whole value with its first `per` ties, each other a
 * list of the next `per` ties, in order. A dataset of `per` ties or fewer (or none) is one part.
 */
export function datasetParts(value: BundledValue, per = TIES_PER_PART): string[] {
	const ties = value.dataset?.ties ?? [];
	if (!value.dataset || ties.length <= per) return [JSON.stringify(value)];
	const parts = [
		JSON.stringify({ ...value, dataset: { ...value.dataset, ties: ties.slice(0, per) } })
	];
	for (let from = per; from < ties.length; from += per)
		parts.push(JSON.stringify(ties.slice(from, from + per)));
	return parts;
}

/**
 * The browser's module for the data written as `files` (from the site's root, beside the
 * module's chunk in `assets/`): it asks for them all at once, reads each part's JSON in a task of
 * its own, and gives the value put together again. A file that cannot be fetched or read stops
 * the page with words that name it (an error named `TielineDataError`, hooks.client.ts).
 */
export function partsModule(files: readonly string[]): string {
	const names = files.map((f) => '../assets/' + f.split('/').pop());
	return `export const files = ${JSON.stringify(files)};
const urls = ${JSON.stringify(names)}.map((name) => new URL(name, import.meta.url));
const stop = (url, problem) => {
	const error = new Error(\`The bundled data \${url.pathname} \${problem}\`);
	error.name = 'TielineDataError';
	return error;
};
const fetched = urls.map((url) =>
	fetch(url).then(
		(response) => {
			if (!response.ok) throw stop(url, \`could not be read: HTTP \${response.status}\`);
			return response;
		},
		(e) => { throw stop(url, \`could not be fetched: \${e.message}\`); }
	)
);
// A part that fails after an earlier one has failed is not reported twice.
for (const f of fetched) f.catch(() => {});
const parts = [];
for (let i = 0; i < urls.length; i++) {
	// Each part's JSON in a task of its own: between them the page paints and answers.
	if (i > 0) await new Promise((go) => { const c = new MessageChannel(); c.port1.onmessage = () => { c.port1.close(); go(); }; c.port2.postMessage(null); });
	const response = await fetched[i];
	parts.push(await response.json().catch((e) => { throw stop(urls[i], \`is not whole JSON: \${e.message}\`); }));
}
const [value, ...rest] = parts;
for (const ties of rest) for (const tie of ties) value.dataset.ties.push(tie);
export default value;`;
}
