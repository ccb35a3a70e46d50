import type { TemporalGraph } from '../model/temporal-graph.ts';
import { addYears, dayToIso } from '../time/partial-date.ts';
import type { FilterSpec, MultiplesSpec } from '../view/view-spec.ts';
import { matrixAt, type MatrixResult } from './matrix-tool.ts';

/** At most this many small multiples: more would not read on one screen. */
export const MAX_MULTIPLES = 12;

/**
 * The days of the small multiples, oldest first: every ten years back from the date in view
 * (so the last one is the date in view) as far as the data goes, or the days chosen.
 */
export function multipleDays(
	multiples: Exclude<MultiplesSpec, null>,
	cursor: number,
	span: { start: number; end: number }
): string[] {
	if (multiples !== 'decades') return [...new Set(multiples)].sort().slice(-MAX_MULTIPLES);
	const days: number[] = [];
	for (let d = cursor; d >= span.start && days.length < MAX_MULTIPLES; d = addYears(d, -10))
		days.unshift(d);
	return days.map(dayToIso);
}

export interface MatrixSeries {
	/** One row and column order for every frame, so the same cell is in the same place. */
	actors: string[];
	frames: MatrixResult[];
}

/**
 * The matrix on several days, in one order: the order of the last day (blocs as they are then),
 * followed by actors that only earlier days have, in the order they had.
 */
export function matrixSeries(
	graph: TemporalGraph,
	days: readonly string[],
	kinds: readonly string[],
	filter?: FilterSpec
): MatrixSeries {
	const frames = days.map((at) =>
		matrixAt(graph, { at, kinds: [...kinds], order: 'blocs' }, filter)
	);
	const actors: string[] = [];
	for (const f of [...frames].reverse())
		for (const id of f.actors) if (!actors.includes(id)) actors.push(id);
	return { actors, frames };
}
