/**
 * A page for the benchmark only: it draws a dataset handed to it with the app's own GraphView and
 * steps its date the way the app does (TemporalGraph.diff, then GraphView.applyDiff). The test
 * hook is `window.benchHarness`: `load(dataset)` then `scrub(steps)`; nothing of it ships in the app.
 */
import type { Dataset } from '../../src/lib/core/io/dataset.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { GraphView } from '../../src/lib/render/graph-view.ts';

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

let graph: TemporalGraph;
let view: GraphView;
let day = 0;

async function load(data: Dataset) {
	graph = new TemporalGraph(data);
	const span = graph.span();
	day = span.start;
	view = await GraphView.create(document.getElementById('graph')!, graph, graph.at(day), 'en', {
		onSelect() {}
	});
	view.fit();
	await frame();
	await frame();
	return { actors: data.actors.length, ties: data.ties.length };
}

/** Steps evenly across the span; each figure is from the date change to the next painted frame. */
async function scrub(steps: number) {
	const span = graph.span();
	const end = Math.min(span.end, span.start + 40000);
	const step: number[] = [];
	const baseline: number[] = [];
	for (let i = 0; i < steps; i++) {
		const next = Math.round(span.start + ((end - span.start) * (i + 1)) / steps);
		let t0 = performance.now();
		view.applyDiff(graph.diff(day, next));
		day = next;
		await frame();
		step.push(performance.now() - t0);
		t0 = performance.now();
		await frame();
		baseline.push(performance.now() - t0);
	}
	return { step, baseline };
}

(window as unknown as { benchHarness: unknown }).benchHarness = { load, scrub };
