import { fitWithin } from '$lib/core/export/image/page-size.ts';

/** Chromium's documented canvas limits; the probe below is what decides. */
export const CANVAS_LIMITS = { side: 32_767, area: 268_435_456 };

export class CanvasTooLarge extends Error {
	constructor(
		readonly requested: { width: number; height: number },
		readonly suggestion: { width: number; height: number }
	) {
		super(
			`${requested.width} × ${requested.height} px is more than this browser can draw in one canvas. ` +
				`The largest picture of the same shape it can draw is about ${suggestion.width} × ${suggestion.height} px: ` +
				`choose that size, a lower DPI, or SVG, which has no size limit.`
		);
		this.name = 'CanvasTooLarge';
	}
}

/** Whether a canvas of this size really works here: allocate it and read a pixel back. */
export function canvasWorks(width: number, height: number): boolean {
	if (
		width > CANVAS_LIMITS.side ||
		height > CANVAS_LIMITS.side ||
		width * height > CANVAS_LIMITS.area
	)
		return false;
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const ctx = canvas.getContext('2d');
	if (!ctx) return false;
	ctx.fillStyle = '#000';
	ctx.fillRect(width - 1, height - 1, 1, 1);
	const ok = ctx.getImageData(width - 1, height - 1, 1, 1).data[3] === 255;
	canvas.width = canvas.height = 0;
	return ok;
}

/** Checks the size before drawing; throws a CanvasTooLarge that says what will work. */
export function checkCanvas(width: number, height: number) {
	if (canvasWorks(width, height)) return;
	let s = fitWithin({ width, height }, CANVAS_LIMITS);
	while (s.width > 16 && !canvasWorks(s.width, s.height))
		s = { width: Math.floor(s.width * 0.9), height: Math.floor(s.height * 0.9) };
	throw new CanvasTooLarge({ width, height }, s);
}

/** Draws an SVG text onto a canvas of exactly width × height pixels. */
export async function svgToCanvas(
	/** The SVG's text, or its UTF-8 bytes. */
	svg: string | Uint8Array<ArrayBuffer>,
	width: number,
	height: number
): Promise<HTMLCanvasElement> {
	checkCanvas(width, height);
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image(width, height);
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('the browser gave no 2D canvas');
		ctx.drawImage(img, 0, 0, width, height);
		return canvas;
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function canvasToBlob(
	canvas: HTMLCanvasElement,
	type: 'image/png' | 'image/jpeg',
	quality?: number
): Promise<Blob> {
	return new Promise((ok, fail) =>
		canvas.toBlob(
			(blob) =>
				blob && blob.size > 0 ? ok(blob) : fail(new Error('the browser returned an empty image')),
			type,
			quality
		)
	);
}
