import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { runTool } from '../../src/lib/core/analysis/registry.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { MeasuresRun } from '../../src/lib/state/measures-run.svelte.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const params = { from: '2000-01-01', to: '2010-01-01' };

describe('a measures run spread over frames', () => {
	it('yields to the page between slices, shows its progress, and ends with the whole result', async () => {
		const run = new MeasuresRun(0);
		const seen: { done: number; total: number }[] = [];
		await run.start(graph, params, async () => {
			seen.push(run.progress!);
		});
		// A slice of 0 ms yields after every step but the last.
		expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(seen.every((p) => p.total === 11)).toBe(true);
		expect(run.progress).toBeNull();
		expect(run.result).toEqual(runTool(graph, 'measures', params));
		expect(run.ms).toBeGreaterThanOrEqual(0);
	});

	it('abandons a run when another starts, so the older never overwrites the newer', async () => {
		const run = new MeasuresRun(0);
		let release!: () => void;
		const first = run.start(graph, params, () => new Promise<void>((ok) => (release = ok)));
		const second = run.start(graph, { ...params, kinds: ['defense-treaty'] }, async () => {});
		await second;
		release();
		await first;
		expect(run.result!.kinds).toEqual(['defense-treaty']);
	});
});
