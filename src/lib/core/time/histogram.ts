import type { Tie } from '../schema/tie.ts';
import type { Event } from '../schema/event.ts';
import { tieExtents, type TieExtents } from './extents.ts';
import { lowerBound } from '../sorted.ts';
import { addMonths, addYears, dayNumber, dayToIso, firstDay, partialDate } from './partial-date.ts';

export type BinUnit = 'decade' | 'year' | 'month';

/** One period of the time bar: how many ties of each kind began and ended in it, and its events. */
export interface Bin {
	start: number;
	/** Inclusive last day. */
	end: number;
	/** Ties that begin and end in the bin, by kind (Tieline's own or a foreign kind's name). */
	starts: Record<string, number>;
	ends: Record<string, number>;
	events: number;
}

const emptyCounts = (): Record<string, number> => ({});

/** The first day of the period of `unit` that contains `day`. */
export function periodStart(day: number, unit: BinUnit): number {
	const [y, m] = dayToIso(day).split('-').map(Number);
	if (unit === 'month') return dayNumber(y, m, 1);
	if (unit === 'year') return dayNumber(y, 1, 1);
	return dayNumber(Math.floor(y / 10) * 10, 1, 1);
}

export function nextPeriod(day: number, unit: BinUnit): number {
	if (unit === 'month') return addMonths(day, 1);
	return addYears(day, unit === 'year' ? 1 : 10);
}

/** The bin unit that keeps a span of `days` readable: years for long spans, months below. */
export function binUnitFor(days: number): BinUnit {
	return days > 365 * 15 ? 'year' : 'month';
}

/**
 * Index of the period holding `day`, or -1 when outside; `starts` holds each period's first day
 * and, last, the day after the last period. (Days are whole numbers: the last start not after
 * `day` is the one before the first start after it.)
 */
function binIndex(starts: Float64Array, day: number): number {
	if (!(day >= starts[0] && day < starts[starts.length - 1])) return -1;
	return lowerBound(starts, day + 1) - 1;
}

/**
 * Counts, per period of [from, to], the ties that begin (first day they exist) and end (last day
 * they exist) and the events dated in it. A tie still open has no end to count. Periods are whole
 * calendar months, years or decades, so the first and last bins may reach outside the span in view.
 */
export function histogram(
	ties: readonly Tie[],
	events: readonly Event[],
	from: number,
	to: number,
	unit: BinUnit,
	/** Each tie's first and last day, at its place in `ties`; a graph passes its own. */
	extents: TieExtents = tieExtents(ties)
): Bin[] {
	const bins: Bin[] = [];
	for (let d = periodStart(from, unit); d <= to; d = nextPeriod(d, unit)) {
		bins.push({
			start: d,
			end: nextPeriod(d, unit) - 1,
			starts: emptyCounts(),
			ends: emptyCounts(),
			events: 0
		});
	}
	const edges = Float64Array.from([
		...bins.map((b) => b.start),
		(bins.at(-1)?.end ?? -Infinity) + 1
	]);
	// Counted by the kind's number first, then named: a string key per tie was most of the cost.
	const k = extents.kinds.length;
	const begun = new Int32Array(bins.length * k);
	const ended = new Int32Array(bins.length * k);
	for (let i = 0; i < ties.length; i++) {
		const a = binIndex(edges, extents.start[i]);
		if (a >= 0) begun[a * k + extents.kind[i]]++;
		const b = binIndex(edges, extents.end[i]);
		if (b >= 0) ended[b * k + extents.kind[i]]++;
	}
	bins.forEach((bin, i) => {
		extents.kinds.forEach((kind, j) => {
			if (begun[i * k + j]) bin.starts[kind] = begun[i * k + j];
			if (ended[i * k + j]) bin.ends[kind] = ended[i * k + j];
		});
	});
	for (const e of events) {
		const i = binIndex(edges, firstDay(partialDate(e.date)));
		if (i >= 0) bins[i].events++;
	}
	return bins;
}

export function total(counts: Record<string, number>): number {
	let n = 0;
	for (const k in counts) n += counts[k];
	return n;
}
