import type { TextFile } from '$lib/core/io/load.ts';

/**
 * The bundled dataset: every .yaml and .yml file below graph-data (the files the CLI and the
 * build check read), inlined at build time so the app needs no network. The build check has
 * read the same files as bytes and refused any that were not UTF-8 before they were inlined.
 */
const modules = import.meta.glob('$graph-data/**/*.{yaml,yml}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Paths relative to the project, as the person editing them knows them: graph-data/ties/treaties.yaml. */
export function bundledFiles(): TextFile[] {
	return Object.entries(modules).map(([path, text]) => ({ path: path.replace(/^\//, ''), text }));
}
