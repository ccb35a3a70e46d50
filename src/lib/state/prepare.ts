import type { Dataset } from '$lib/core/io/dataset.ts';
import { datasetManifest, manifestSteps } from '$lib/core/io/manifest.ts';
import { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { inSlices, nextTask } from '$lib/core/slices.ts';
import { dayToIso, todayDay } from '$lib/core/time/partial-date.ts';
import { defaultSpec } from '$lib/core/view/view-spec.ts';
import { tieRankSteps, tieRows } from './time-rows.ts';
import { makeViewAhead } from './view-ahead.ts';
import { histogramOf } from './time-histogram.ts';
import { barSpan, openingDay } from './time-window.ts';

/**
 * What the explorer works out from a dataset as it starts, and keeps per dataset (its temporal
 * graph, its manifest, the table's order of the ties, and the view it opens with: its rows, its
 * legend counts, the time bar's counts), worked out ahead of it, each in tasks of its own: between
 * them the page answers input (at 50,000 ties, with them, the explorer's start had been one task
 * of 0.65 s).
 */
export async function prepareDataset(data: Dataset): Promise<void> {
	// Each in slices (at 50,000 ties, at once, the graph was a task of about 0.3 s, the others
	// about 0.1 s each).
	const work: Iterator<unknown>[] = [
		TemporalGraph.steps(data),
		manifestSteps(data),
		tieRankSteps(data.ties)
	];
	for (const steps of work) {
		await nextTask();
		await inSlices(steps);
	}
	// What the explorer shows as it opens, each in a task of its own (at 50,000 ties, 25,000 of
	// them in view, about 10 ms each): the view, the table's rows, the legend's counts, and the
	// time bar's counts over the whole span. Dated as the explorer dates its start.
	const graph = TemporalGraph.of(data);
	const dated = datasetManifest(data).span;
	const today = todayDay();
	await nextTask();
	const view = makeViewAhead(graph, defaultSpec(dayToIso(openingDay(dated, today))));
	await nextTask();
	tieRows(view);
	await nextTask();
	view.facetCounts(view.filter);
	await nextTask();
	const span = barSpan(dated, today);
	histogramOf(graph, span.start, span.end);
	// And the explorer starts in a task of its own.
	await nextTask();
}
