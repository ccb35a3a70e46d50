import type { Dataset } from '$lib/core/io/dataset.ts';
import { datasetManifest } from '$lib/core/io/manifest.ts';
import { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { nextTask } from '$lib/core/slices.ts';
import { tieRanks } from './time-rows.ts';

/**
 * What the explorer works out from a dataset as it starts, and keeps per dataset (its temporal
 * graph, its manifest, the table's order of the ties), worked out ahead of it, each in a task of
 * its own: between them the page answers input (at 50,000 ties, with them, the explorer's start
 * had been one task of 0.65 s).
 */
export async function prepareDataset(data: Dataset): Promise<void> {
	for (const work of [
		() => TemporalGraph.of(data),
		() => datasetManifest(data),
		() => tieRanks(data.ties)
	]) {
		await nextTask();
		work();
	}
	// And the explorer starts in a task of its own.
	await nextTask();
}
