/** Which rows of a long table are in the DOM, and the space the others take above and below. */
export interface RowWindow {
	start: number;
	end: number;
	top: number;
	bottom: number;
}

/**
 * Up to this many rows the table holds them all (the bundled data's whole table among them):
 * drawing them costs less than windowing.
 */
export const ALL_ROWS = 400;
/** Rows kept beyond each edge of the viewport, so a quick scroll or arrow key finds them drawn. */
export const OVERSCAN = 20;

/**
 * The rows to draw for a scroll position. `scrollTop` is measured from the first row, `viewport`
 * is the visible height and `rowHeight` a row's height, all in CSS pixels.
 */
export function rowWindow(
	count: number,
	scrollTop: number,
	viewport: number,
	rowHeight: number
): RowWindow {
	if (count <= ALL_ROWS || rowHeight <= 0) return { start: 0, end: count, top: 0, bottom: 0 };
	const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
	const last = Math.ceil((Math.max(0, scrollTop) + Math.max(viewport, rowHeight)) / rowHeight);
	const end = Math.min(count, last + OVERSCAN);
	// Scrolled past the end (the rows got fewer): keep a full window of the last rows.
	const start = Math.max(0, Math.min(first - OVERSCAN, end - (last - first) - 2 * OVERSCAN));
	return { start, end, top: start * rowHeight, bottom: (count - end) * rowHeight };
}

/** The scroll position (from the first row) that shows row `index`, moving as little as it can. */
export function scrollToRow(
	index: number,
	scrollTop: number,
	viewport: number,
	rowHeight: number
): number {
	const y = index * rowHeight;
	if (y < scrollTop) return y;
	if (y + rowHeight > scrollTop + viewport) return y + rowHeight - viewport;
	return scrollTop;
}
