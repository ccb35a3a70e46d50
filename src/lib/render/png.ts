import type { Core } from 'cytoscape';

/** Chromium's largest canvas: 16384 px a side and about 268 million pixels in all. */
export const MAX_CANVAS_SIDE = 16384;
export const MAX_CANVAS_AREA = 268_435_456;

export interface PngResult {
	blob: Blob;
	width: number;
	height: number;
}

/**
 * The view as a PNG at `scale` times its on-screen size, with an exact pixel size: passing
 * maxWidth/maxHeight keeps Cytoscape from multiplying by devicePixelRatio behind our back.
 */
export async function viewToPng(
	cy: Core,
	scale: number,
	background = '#FFFFFF'
): Promise<PngResult> {
	const width = Math.round(cy.width() * scale);
	const height = Math.round(cy.height() * scale);
	if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_AREA) {
		throw new Error(
			`${width} × ${height} px is larger than the browser can draw (at most ${MAX_CANVAS_SIDE} px a side); choose a smaller scale.`
		);
	}
	const blob = (await cy.png({
		output: 'blob-promise',
		full: false,
		scale,
		maxWidth: width,
		maxHeight: height,
		bg: background
	})) as Blob;
	if (!blob || blob.size === 0) throw new Error('the browser returned an empty image');
	return { blob, width, height };
}

export function download(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
