/** The bundled dataset, read and checked at build time (vite.config.ts: bundledDataset). */
declare module 'virtual:tieline-dataset' {
	import type { Dataset } from '$lib/core/io/dataset.ts';
	import type { DataIssue } from '$lib/core/io/issue.ts';
	const bundled: { dataset: Dataset | null; issues: DataIssue[] };
	export default bundled;
	/**
	 * Where the browser's build wrote the data, from the site's root: one file, or a large
	 * dataset's parts in order (none on the dev server).
	 */
	export const files: string[];
}
