import type { Tie } from '../schema/tie.ts';
import type { Event } from '../schema/event.ts';
import { tieExtent } from './lifecycle.ts';
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

/** Index of the bin holding `day`, or -1 when outside; bins are sorted and contiguous. */
function binIndex(bins: readonly Bin[], day: number): number {
	let lo = 0;
	let hi = bins.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >>> 1;
		if (day < bins[mid].start) hi = mid - 1;
		else if (day > bins[mid].end) lo = mid + 1;
		else return mid;
	}
	return -1;
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
	/** Each tie's first and last day; a graph that has them worked out passes its own. */
	extentOf: (tie: Tie) => { start: number; end: number } | undefined = tieExtent
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
	for (const tie of ties) {
		const extent = extentOf(tie);
		if (!extent) continue;
		const a = binIndex(bins, extent.start);
		if (a >= 0) bins[a].starts[tie.kind] = (bins[a].starts[tie.kind] ?? 0) + 1;
		if (Number.isFinite(extent.end)) {
			const b = binIndex(bins, extent.end);
			if (b >= 0) bins[b].ends[tie.kind] = (bins[b].ends[tie.kind] ?? 0) + 1;
		}
	}
	for (const e of events) {
		const i = binIndex(bins, firstDay(partialDate(e.date)));
		if (i >= 0) bins[i].events++;
	}
	return bins;
}

export function total(counts: Record<string, number>): number {
	let n = 0;
	for (const k in counts) n += counts[k];
	return n;
}
