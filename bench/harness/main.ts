/**
 * A page for the benchmark only: the floor the app is measured against. It draws a dataset with
 * the app's own renderer and steps its date the way the app does (the view's diff step, the
 * display patches, the renderer's apply), with nothing else on the page. The test hook is
 * `window.benchHarness`: `load(json, day, width, height, options)`, then `steps(days)`; nothing
 * of it ships in the app.
 */
import type { Dataset } from '../../src/lib/core/io/dataset.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { DisplayState, type DisplayContext } from '../../src/lib/core/view/display.ts';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';
import { CytoscapeRenderer } from '../../src/lib/render/cytoscape-renderer.ts';
import { dayToIso } from '../../src/lib/core/time/partial-date.ts';

const frame = () => new Promise<void>((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
// The app's default view: pairs of actors drawn as one line each, context ties faint, actors
// with no tie drawn leaving the picture. Without `pairs` the floor drew every tie as its own line,
// which is not what the app draws.
const ctx: DisplayContext = {
	lang: 'en',
	ghosts: false,
	selection: null,
	contextFull: false,
	keepIsolated: false,
	pairs: { mode: 'one', expanded: [] }
};

/** The main thread's long tasks, [start, duration]: the floor's own longest while loading. */
const tasks: [number, number][] = [];
new PerformanceObserver((list) => {
	for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });

let graph: TemporalGraph;
let view: ViewModel;
let display: DisplayState;
let renderer: CytoscapeRenderer;

/**
 * Reads the dataset (JSON text, parsed here so the figure counts it), draws it on `day` at the
 * given size and returns the time from the call to the first painted frame, and the longest main
 * thread task in that time (the task that ran the call counts whole: it also took in the JSON).
 * `sinceNavigation` and `longestSinceNavigation` are the same from the page's navigation.
 */
async function load(
	json: string,
	day: number,
	width: number,
	height: number,
	options: { webgl?: boolean; plainFirstFrame?: boolean } = {}
) {
	const t0 = performance.now();
	const data = JSON.parse(json) as Dataset;
	const el = document.getElementById('graph')!;
	el.style.width = `${width}px`;
	el.style.height = `${height}px`;
	graph = new TemporalGraph(data);
	view = new ViewModel(graph, defaultSpec(dayToIso(day)));
	display = new DisplayState();
	renderer = await CytoscapeRenderer.mount(
		el,
		graph,
		{ select() {}, pick() {}, camera() {} },
		options
	);
	renderer.apply(display.update(view, { all: true, ties: [], actors: [] }, ctx));
	renderer.fit();
	await frame();
	// The app's way draws a large first frame in slices: the picture is there after the last.
	if (!options.plainFirstFrame && !options.webgl)
		while (el.getAttribute('data-first-frame') === 'drawing') await frame();
	const t1 = performance.now();
	// Long-task entries arrive a little after their task: wait for them, then take those of the load.
	await new Promise((ok) => setTimeout(ok, 100));
	const longest = (from: number) =>
		Math.max(0, ...tasks.filter(([s, d]) => s + d > from && s < t1).map(([, d]) => d));
	return {
		firstPicture: t1 - t0,
		longestTask: longest(t0),
		sinceNavigation: t1,
		longestSinceNavigation: longest(0),
		...renderer.counts()
	};
}

/** Steps through the given days; each figure is from the date change to the next painted frame. */
async function steps(days: number[]) {
	const step: number[] = [];
	const baseline: number[] = [];
	for (const next of days) {
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

(window as unknown as { benchHarness: unknown }).benchHarness = { load, steps };

// Opened as `?data=FILE&day=D&width=W&height=H`, the page fetches the dataset and draws it at
// once, as a plain page opening a graph would; the bench reads the result from `benchFloor`. Its
// first frame is Cytoscape's own, as a plain page's is; with `&first=direct` it is drawn as the
// app draws a large picture's (src/lib/render/first-frame.ts).
const q = new URLSearchParams(location.search);
if (q.has('data')) {
	(async () => {
		const json = await (await fetch(q.get('data')!)).text();
		const got = await load(
			json,
			Number(q.get('day')),
			Number(q.get('width')),
			Number(q.get('height')),
			{ plainFirstFrame: q.get('first') !== 'direct' }
		);
		(window as unknown as { benchFloor: unknown }).benchFloor = got;
	})();
}
