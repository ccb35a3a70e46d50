import type { GraphScope } from '$lib/core/export/scope.ts';
import type { ImageOptions } from '$lib/core/export/image/svg.ts';
import { exportText, type TextFormat } from '$lib/core/export/export-text.ts';
import type { EdgeMode } from '$lib/core/export/describe.ts';
import type { OnWritten } from '$lib/core/export/progress.ts';
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
	/**
	 * Where the export has got to: writing the text, drawing the picture, encoding the file; while
	 * a worker writes, the share of the text written (0 to 1) too.
	 */
	onProgress?: (step: ExportStep, share?: number) => void;
	/** Another picture than the graph (the dyad timeline, the matrix); image formats only. */
	picture?: (image: ImageOptions) => string;
	/**
	 * Where the text of the files is written (the SVG of PNG and PDF too): a worker, so a large
	 * export does not hold the page. On the page, from `scope`, when left out.
	 */
	text?: (
		format: TextFormat,
		image: ImageOptions,
		onWritten: OnWritten
	) => Promise<ExportedFile[] | null>;
}

/**
 * A file of an export as text, or as its UTF-8 bytes (as the export worker hands them over: moved,
 * not copied, and put in a Blob without encoding a long string on the page).
 */
export interface ExportedFile {
	name: string;
	body: string | Uint8Array<ArrayBuffer>;
	type: string;
}

/** The steps of an export, in order: PNG takes all three, PDF writes and encodes, the rest write. */
export type ExportStep = 'write' | 'draw' | 'encode';

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
	// Written where `r.text` writes (a worker), or here when there is none to ask.
	const text = async (format: TextFormat, image: ImageOptions) => {
		r.onProgress?.('write');
		const written: OnWritten = (done, total) => r.onProgress?.('write', done / total);
		return (
			(await r.text?.(format, image, written)) ??
			exportText(format, r.scope, r.base, image, r.edges)
		);
	};
	const draw = async (image: ImageOptions) =>
		r.picture ? r.picture(image) : (await text('svg', image))[0].body;
	const saved = (files: ExportedFile[]): SavedFile[] =>
		files.map((f) => ({ name: f.name, blob: new Blob([f.body], { type: f.type }) }));
	switch (r.format) {
		case 'svg':
			return [
				{
					name: `${r.base}.svg`,
					blob: new Blob([await draw(r.image)], { type: 'image/svg+xml' })
				}
			];
		case 'png': {
			const svg = await draw(r.image);
			r.onProgress?.('draw');
			const canvas = await svgToCanvas(svg, r.image.width, r.image.height);
			r.onProgress?.('encode');
			return [{ name: `${r.base}.png`, blob: await canvasToBlob(canvas, 'image/png') }];
		}
		case 'pdf': {
			const image = {
				...r.image,
				background: r.image.background === 'transparent' ? '#ffffff' : r.image.background
			};
			const drawn = await draw(image);
			const svg = typeof drawn === 'string' ? drawn : new TextDecoder().decode(drawn);
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
		default:
			return saved(await text(r.format, r.image));
	}
}

export function saveFiles(files: SavedFile[]) {
	for (const f of files) download(f.blob, f.name);
}
