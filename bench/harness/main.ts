/**
 * A page for the benchmark only: it draws a dataset handed to it with the app's own renderer and
 * steps its date the way the app does (the view's diff step, the display patches, the renderer's
 * apply). The test hook is `window.benchHarness`: `load(dataset)` then `scrub(steps)`; nothing of
 * it ships in the app.
 */
import type { Dataset } from '../../src/lib/core/io/dataset.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { dayToIso } from '../../src/lib/core/time/partial-date.ts';
import { DisplayState, type DisplayContext } from '../../src/lib/core/view/display.ts';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';
import { CytoscapeRenderer } from '../../src/lib/render/cytoscape-renderer.ts';

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
const ctx: DisplayContext = { lang: 'en', ghosts: false, selection: null };

let graph: TemporalGraph;
let view: ViewModel;
let display: DisplayState;
let renderer: CytoscapeRenderer;

async function load(data: Dataset) {
	graph = new TemporalGraph(data);
	view = new ViewModel(graph, defaultSpec(dayToIso(graph.span().start)));
	display = new DisplayState();
	renderer = await CytoscapeRenderer.mount(document.getElementById('graph')!, graph, {
		select() {},
		pick() {},
		camera() {}
	});
	renderer.apply(display.update(view, { all: true, ties: [], actors: [] }, ctx));
	renderer.fit();
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
		renderer.apply(display.update(view, view.step(next).delta, ctx));
		await frame();
		step.push(performance.now() - t0);
		t0 = performance.now();
		await frame();
		baseline.push(performance.now() - t0);
	}
	return { step, baseline };
}

(window as unknown as { benchHarness: unknown }).benchHarness = { load, scrub };
