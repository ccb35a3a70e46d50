import type { GraphScope } from './scope.ts';
import { writeSvg, type ImageOptions } from './image/svg.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeCsv } from './csv.ts';
import { writeCyjs } from './cyjs.ts';
import { writeTielineJson } from './tieline-json.ts';
import type { EdgeMode } from './describe.ts';
import { writtenCounter, type OnWritten } from './progress.ts';

/** The exports written as text: the data formats, and the SVG that PNG and PDF are drawn from. */
export const TEXT_FORMATS = ['svg', 'gexf', 'graphml', 'csv', 'cyjs', 'json'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** One file of an export, as text. */
export interface TextFile {
	name: string;
	body: string;
	type: string;
}

/**
 * The files of an export in a text format, named from `base` (e.g. tieline-2024-12-10-selection):
 * one file, or two for CSV (actors and ties).
 */
export function exportText(
	format: TextFormat,
	scope: GraphScope,
	base: string,
	image: ImageOptions,
	edges: EdgeMode,
	/** Told now and then how many of the actors and ties (a picture's lines) are written. */
	onWritten?: OnWritten
): TextFile[] {
	const lang = image.lang;
	const xml = 'application/xml';
	const tick = writtenCounter(scope.actors.length + scope.ties.length, onWritten);
	switch (format) {
		case 'svg':
			return [
				{ name: `${base}.svg`, body: writeSvg(scope, image, onWritten), type: 'image/svg+xml' }
			];
		case 'gexf':
			return [{ name: `${base}.gexf`, body: writeGexf(scope, { lang, edges }, tick), type: xml }];
		case 'graphml':
			return [
				{ name: `${base}.graphml`, body: writeGraphml(scope, { lang, edges }, tick), type: xml }
			];
		case 'csv': {
			const { nodes, ties } = writeCsv(scope, { lang, bom: true }, tick);
			return [
				{ name: `${base}-actors.csv`, body: nodes, type: 'text/csv' },
				{ name: `${base}-ties.csv`, body: ties, type: 'text/csv' }
			];
		}
		case 'cyjs':
			return [
				{ name: `${base}.cyjs`, body: writeCyjs(scope, { lang }, tick), type: 'application/json' }
			];
		case 'json':
			return [
				{ name: `${base}.tieline.json`, body: writeTielineJson(scope), type: 'application/json' }
			];
	}
}
