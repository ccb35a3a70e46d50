/** Paper and slide formats for image exports, and the pixel sizes they make at a DPI. */
export const PAGE_FORMATS = {
	a4: { label: { en: 'A4', ja: 'A4' }, width: 297 / 25.4, height: 210 / 25.4 },
	letter: { label: { en: 'US Letter', ja: 'USレター' }, width: 11, height: 8.5 },
	'slide-16-9': { label: { en: '16:9 slide', ja: '16:9 スライド' }, width: 13.333, height: 7.5 }
} as const;
export type PageFormat = keyof typeof PAGE_FORMATS;
export type Orientation = 'landscape' | 'portrait';

/** Width and height in inches, landscape by default. */
export function pageInches(format: PageFormat, orientation: Orientation = 'landscape') {
	const { width, height } = PAGE_FORMATS[format];
	return orientation === 'landscape' ? { width, height } : { width: height, height: width };
}

/** Pixels for a page at a DPI: A4 landscape at 300 DPI is 3508 × 2480. */
export function pagePixels(
	format: PageFormat,
	dpi: number,
	orientation: Orientation = 'landscape'
) {
	if (!Number.isFinite(dpi) || dpi < 36 || dpi > 1200) {
		throw new RangeError(`DPI must be between 36 and 1200, got ${dpi}`);
	}
	const { width, height } = pageInches(format, orientation);
	return { width: Math.round(width * dpi), height: Math.round(height * dpi) };
}

/** Page size in PDF points (1/72 inch). */
export function pagePoints(format: PageFormat, orientation: Orientation = 'landscape') {
	const { width, height } = pageInches(format, orientation);
	return { width: width * 72, height: height * 72 };
}

/** The largest size with the same shape that fits a side and an area limit. */
export function fitWithin(
	size: { width: number; height: number },
	limits: { side: number; area: number }
): { width: number; height: number } {
	const k = Math.min(
		1,
		limits.side / size.width,
		limits.side / size.height,
		Math.sqrt(limits.area / (size.width * size.height))
	);
	return { width: Math.floor(size.width * k), height: Math.floor(size.height * k) };
}
