import type { Dataset } from '$lib/core/io/dataset.ts';
import { datasetManifest, manifestSteps } from '$lib/core/io/manifest.ts';
import { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { inSlices, nextTask } from '$lib/core/slices.ts';
import { isoToDay } from '$lib/core/time/partial-date.ts';
import { tieRankSteps } from './time-rows.ts';
import { histogramOf } from './time-histogram.ts';
import { barSpan } from './time-window.ts';

/**
 * What the explorer works out from a dataset as it starts, and keeps per dataset (its temporal
 * graph, its manifest, the table's order of the ties, the time bar's counts over the whole span),
 * worked out ahead of it, each in slices of tasks of its own: between them the page answers input
 * (at 50,000 ties, with them, the explorer's start had been one task of 0.65 s).
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
	// The time bar's counts over the whole span, the window the explorer starts with (at 50,000
	// ties, about 10 ms).
	await nextTask();
	const today = isoToDay(new Date().toISOString().slice(0, 10))!;
	const span = barSpan(datasetManifest(data).span, today);
	histogramOf(TemporalGraph.of(data), span.start, span.end);
	// And the explorer starts in a task of its own.
	await nextTask();
}
