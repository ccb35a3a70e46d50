import { isoToDay } from '$lib/core/time/partial-date.ts';

/** The stretch of days the time bar shows: from the whole span down to a single year. */
export interface TimeWindow {
	from: number;
	to: number;
}

export const MIN_WINDOW_DAYS = 365;

type Span = { start: number; end: number };

/**
 * The days the time bar spans, from the dataset's dated span (`from`, `to`) and today: open-ended
 * ties run to the present, so the bar does too. Data with no dates at all (a plain graph file)
 * looks the same on any day: the bar shows the year to today.
 */
export function barSpan(dated: { from: string; to: string } | undefined, today: number): Span {
	return dated
		? { start: isoToDay(dated.from)!, end: Math.max(isoToDay(dated.to)!, today) }
		: { start: today - 365, end: today };
}

/** The day the explorer opens on: the data's last day, or today if that is earlier. */
export function openingDay(dated: { from: string; to: string } | undefined, today: number): number {
	return dated ? Math.min(isoToDay(dated.to)!, today) : today;
}

/** Keeps a window inside the span, no narrower than a year, keeping its width when it can. */
export function clampWindow(w: TimeWindow, span: Span): TimeWindow {
	const full = span.end - span.start;
	const width = Math.min(full, Math.max(MIN_WINDOW_DAYS, w.to - w.from));
	let from = Math.round(w.from);
	if (from < span.start) from = span.start;
	if (from + width > span.end) from = span.end - width;
	return { from, to: from + width };
}

/** Zooms by `factor` (< 1 narrows) around `center`, which stays under the pointer. */
export function zoomWindow(w: TimeWindow, factor: number, center: number, span: Span): TimeWindow {
	const width = (w.to - w.from) * factor;
	const t = (center - w.from) / Math.max(1, w.to - w.from);
	const next = Math.max(MIN_WINDOW_DAYS, width);
	return clampWindow({ from: center - t * next, to: center - t * next + next }, span);
}

/** Pans by a fraction of the window's width (negative: back in time). */
export function panWindow(w: TimeWindow, fraction: number, span: Span): TimeWindow {
	const shift = (w.to - w.from) * fraction;
	return clampWindow({ from: w.from + shift, to: w.to + shift }, span);
}

/** Pans just enough to bring `day` into view, so the cursor never leaves the bar. */
export function followDay(w: TimeWindow, day: number, span: Span): TimeWindow {
	if (day >= w.from && day <= w.to) return w;
	const width = w.to - w.from;
	const from = day < w.from ? day - width * 0.1 : day - width * 0.9;
	return clampWindow({ from, to: from + width }, span);
}

export function dayAtX(w: TimeWindow, x: number, width: number): number {
	return Math.round(
		w.from + (Math.min(Math.max(x, 0), width) / Math.max(1, width)) * (w.to - w.from)
	);
}

export function xOfDay(w: TimeWindow, day: number, width: number): number {
	return ((day - w.from) / Math.max(1, w.to - w.from)) * width;
}
