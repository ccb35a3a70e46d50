import { describe, expect, it } from 'vitest';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { binUnitFor, histogram } from '../../src/lib/core/time/histogram.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { histogramKept, histogramOf } from '../../src/lib/state/time-histogram.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

describe("the time bar's counts, kept per graph", () => {
	const graph = new TemporalGraph(validSynthetic(60, 600));
	const day = (iso: string) => isoToDay(iso)!;

	it('are the counts of the window, in the unit its length gives, made once', () => {
		const [from, to] = [day('1950-01-01'), day('2020-12-31')];
		expect(histogramKept(graph, from, to)).toBeUndefined();
		const bins = histogramOf(graph, from, to);
		const unit = binUnitFor(to - from);
		expect(bins).toEqual(histogram(graph.data.ties, graph.events, from, to, unit));
		expect(bins.length).toBeGreaterThan(60);
		expect(histogramOf(graph, from, to)).toBe(bins);
		expect(histogramKept(graph, from, to)).toBe(bins);
		// Another graph of equal data has its own.
		expect(histogramKept(new TemporalGraph(graph.data), from, to)).toBeUndefined();
	});

	it('keep the last four windows, and make a fifth one back again', () => {
		const first = histogramOf(graph, day('1960-01-01'), day('1970-01-01'));
		for (const y of [1971, 1972, 1973]) histogramOf(graph, day('1960-01-01'), day(`${y}-01-01`));
		expect(histogramOf(graph, day('1960-01-01'), day('1970-01-01'))).toBe(first);
		for (const y of [1974, 1975, 1976, 1977])
			histogramOf(graph, day('1960-01-01'), day(`${y}-01-01`));
		expect(histogramKept(graph, day('1960-01-01'), day('1970-01-01'))).toBeUndefined();
		const again = histogramOf(graph, day('1960-01-01'), day('1970-01-01'));
		expect(again).not.toBe(first);
		expect(again).toEqual(first);
	});
});
