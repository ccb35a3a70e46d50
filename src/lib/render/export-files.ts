import type { GraphScope } from '$lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '$lib/core/export/image/svg.ts';
import { writeGexf } from '$lib/core/export/gexf.ts';
import { writeGraphml } from '$lib/core/export/graphml.ts';
import { writeCsv } from '$lib/core/export/csv.ts';
import { writeCyjs } from '$lib/core/export/cyjs.ts';
import { writeTielineJson } from '$lib/core/export/tieline-json.ts';
import type { EdgeMode } from '$lib/core/export/describe.ts';
import { canvasToBlob, svgToCanvas } from './rasterize.ts';
import { download } from './png.ts';
import { loadPdfFonts } from './pdf-fonts.ts';

export const IMAGE_FORMATS = ['png', 'svg', 'pdf'] as const;
export const DATA_FORMATS = ['gexf', 'graphml', 'csv', 'cyjs', 'json'] as const;
export type ExportFormat = (typeof IMAGE_FORMATS)[number] | (typeof DATA_FORMATS)[number];

export interface ExportRequest {
	format: ExportFormat;
	scope: GraphScope;
	/** File name without extension, e.g. tieline-2024-12-10-selection. */
	base: string;
	image: ImageOptions;
	/** PDF page size in points; the picture is fitted into it, keeping its shape. */
	page?: { width: number; height: number };
	edges: EdgeMode;
	onProgress?: (step: string) => void;
	/** Another picture than the graph (the dyad timeline, the matrix); image formats only. */
	picture?: (image: ImageOptions) => string;
}

export interface SavedFile {
	name: string;
	blob: Blob;
}

/**
 * Builds every file of an export before saving any, so a failure half way leaves nothing
 * half-written on the person's disk.
 */
export async function buildExport(r: ExportRequest): Promise<SavedFile[]> {
	const lang = r.image.lang;
	const draw = r.picture ?? ((image: ImageOptions) => writeSvg(r.scope, image));
	const text = (name: string, body: string, type: string): SavedFile => ({
		name,
		blob: new Blob([body], { type })
	});
	switch (r.format) {
		case 'svg':
			return [text(`${r.base}.svg`, draw(r.image), 'image/svg+xml')];
		case 'png': {
			r.onProgress?.('draw');
			const canvas = await svgToCanvas(draw(r.image), r.image.width, r.image.height);
			r.onProgress?.('encode');
			return [{ name: `${r.base}.png`, blob: await canvasToBlob(canvas, 'image/png') }];
		}
		case 'pdf': {
			r.onProgress?.('draw');
			const image = {
				...r.image,
				background: r.image.background === 'transparent' ? '#ffffff' : r.image.background
			};
			const svg = draw(image);
			r.onProgress?.('encode');
			// The PDF library and its fonts load only when a PDF is made.
			const [{ writePdf }, fonts] = await Promise.all([
				import('$lib/core/export/image/pdf.ts'),
				loadPdfFonts()
			]);
			const page = r.page ?? { width: (image.width * 72) / 96, height: (image.height * 72) / 96 };
			const pdf = await writePdf(
				[{ picture: () => svg, size: { width: image.width, height: image.height } }],
				fonts,
				{ title: image.title || 'Tieline', lang, page }
			);
			return [
				{ name: `${r.base}.pdf`, blob: new Blob([pdf as BlobPart], { type: 'application/pdf' }) }
			];
		}
		case 'gexf':
			return [
				text(`${r.base}.gexf`, writeGexf(r.scope, { lang, edges: r.edges }), 'application/xml')
			];
		case 'graphml':
			return [
				text(
					`${r.base}.graphml`,
					writeGraphml(r.scope, { lang, edges: r.edges }),
					'application/xml'
				)
			];
		case 'csv': {
			const { nodes, ties } = writeCsv(r.scope, { lang, bom: true });
			return [
				text(`${r.base}-actors.csv`, nodes, 'text/csv'),
				text(`${r.base}-ties.csv`, ties, 'text/csv')
			];
		}
		case 'cyjs':
			return [text(`${r.base}.cyjs`, writeCyjs(r.scope, { lang }), 'application/json')];
		case 'json':
			return [text(`${r.base}.tieline.json`, writeTielineJson(r.scope), 'application/json')];
	}
}

export function saveFiles(files: SavedFile[]) {
	for (const f of files) download(f.blob, f.name);
}
