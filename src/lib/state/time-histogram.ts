import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { binUnitFor, histogram, type Bin } from '$lib/core/time/histogram.ts';

/** How many windows' counts each graph keeps (the whole span, and a few zoomed ones). */
const KEPT = 4;
const made = new WeakMap<TemporalGraph, { key: string; bins: Bin[] }[]>();
const keyOf = (from: number, to: number) => `${from}|${to}`;

/**
 * The time bar's counts for a window of days, in bins of the unit its length gives, kept per graph
 * for the last few windows: the page works out the whole span's ahead of its start (at 50,000
 * ties, about 10 ms of the start's one task), and going back to a window reads it again.
 */
export function histogramOf(graph: TemporalGraph, from: number, to: number): Bin[] {
	const known = histogramKept(graph, from, to);
	if (known) return known;
	let kept = made.get(graph);
	if (!kept) made.set(graph, (kept = []));
	const bins = histogram(
		graph.data.ties,
		graph.events,
		from,
		to,
		binUnitFor(to - from),
		graph.extents
	);
	kept.unshift({ key: keyOf(from, to), bins });
	kept.length = Math.min(kept.length, KEPT);
	return bins;
}

/** The counts `histogramOf` keeps for the window, if it has them. */
export function histogramKept(graph: TemporalGraph, from: number, to: number): Bin[] | undefined {
	const key = keyOf(from, to);
	return made.get(graph)?.find((k) => k.key === key)?.bins;
}
