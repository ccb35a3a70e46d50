import type { TextFile } from '$lib/core/io/load.ts';

/** The bundled dataset: graph-data/*.yaml, inlined at build time so the app needs no network. */
const modules = import.meta.glob('$graph-data/**/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Paths relative to the project, as the person editing them knows them: graph-data/ties/treaties.yaml. */
export function bundledFiles(): TextFile[] {
	return Object.entries(modules).map(([path, text]) => ({ path: path.replace(/^\//, ''), text }));
}
