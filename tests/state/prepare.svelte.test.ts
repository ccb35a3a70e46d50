import { describe, expect, it, vi } from 'vitest';
import { datasetManifest } from '../../src/lib/core/io/manifest.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { todayDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { prepareDataset } from '../../src/lib/state/prepare.ts';
import { tieRanks } from '../../src/lib/state/time-rows.ts';
import { histogramKept } from '../../src/lib/state/time-histogram.ts';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

describe('a dataset prepared before the explorer starts', () => {
	it('has its graph, manifest, table order, opening view and counts worked out once, and the explorer takes them up', async () => {
		const data = validSynthetic(40, 300);
		let settled = false;
		const prepared = prepareDataset(data).then(() => (settled = true));
		await Promise.resolve();
		// Worked out in tasks of their own, not in the caller's.
		expect(settled).toBe(false);
		await prepared;
		const graph = TemporalGraph.of(data);
		const manifest = datasetManifest(data);
		const ranks = tieRanks(data.ties);
		// Dated as the page dates it: the time bar's span runs to today. The explorer takes the
		// view made ahead (no view is worked out), with its legend counts.
		const rebuild = vi.spyOn(ViewModel.prototype, 'rebuild');
		const app = new AppState(data, todayDay());
		expect(rebuild).not.toHaveBeenCalled();
		rebuild.mockRestore();
		expect(app.view.ties.length).toBeGreaterThan(0);
		expect((app.view as unknown as { counts: unknown }).counts).not.toBeNull();
		expect(app.graph).toBe(graph);
		expect(histogramKept(graph, app.timeWindow.from, app.timeWindow.to)).toBeDefined();
		expect(app.manifest).toBe(manifest);
		expect(tieRanks(data.ties)).toBe(ranks);
		// Another dataset object has its own.
		expect(TemporalGraph.of(validSynthetic(40, 300))).not.toBe(graph);
	});
});
