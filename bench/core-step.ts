/**
 * What a date step costs in the core: TemporalGraph.diff (the indexed step the view uses)
 * against TemporalGraph.at (recomputing the whole snapshot), on the bundled dataset and on a
 * synthetic one of 2,000 actors and 10,000 ties. Also times loading and validating graph-data.
 * Prints medians and spread; the ratio within one run is what to compare across machines.
 *
 *   npm run bench:core
 */
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { loadDataset, loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { TemporalGraph } from '../src/lib/core/model/temporal-graph.ts';
import { addMonths, isoToDay } from '../src/lib/core/time/partial-date.ts';
import { syntheticDataset } from './synthetic.ts';
import { ViewModel } from '../src/lib/core/view/view-model.ts';
import { DisplayState } from '../src/lib/core/view/display.ts';
import { defaultSpec } from '../src/lib/core/view/view-spec.ts';
import { dayToIso } from '../src/lib/core/time/partial-date.ts';

function stats(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

function time(fn: () => void): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

function scrub(name: string, graph: TemporalGraph, start: number, steps = 200, rounds = 5) {
	const days = [start];
	for (let i = 1; i <= steps; i++) days.push(addMonths(start, i));
	const diffT: number[] = [];
	const atT: number[] = [];
	const viewT: number[] = [];
	let changes = 0;
	// The app's step in state: the derived view updated from the diff, and the display patches.
	const ctx = { lang: 'en' as const, ghosts: false, selection: null };
	for (let r = 0; r < rounds; r++) {
		const vm = new ViewModel(graph, defaultSpec(dayToIso(days[0])));
		const display = new DisplayState();
		display.update(vm, { all: true, ties: [], actors: [] }, ctx);
		for (let i = 1; i < days.length; i++)
			viewT.push(time(() => display.update(vm, vm.step(days[i]).delta, ctx)));
	}
	for (let r = 0; r < rounds; r++) {
		for (let i = 1; i < days.length; i++) {
			diffT.push(
				time(() => {
					const d = graph.diff(days[i - 1], days[i]);
					changes += d.addedTies.length + d.removedTies.length + d.changedTies.length;
				})
			);
			atT.push(time(() => graph.at(days[i])));
		}
	}
	const d = stats(diffT);
	const a = stats(atT);
	console.log(
		`\n${name}: ${graph.data.actors.length} actors, ${graph.data.ties.length} ties; ${steps} month steps × ${rounds} rounds`
	);
	console.log(
		`  diff (indexed step)   median ${us(d.median)}  p95 ${us(d.p95)}  min ${us(d.min)}  max ${us(d.max)}`
	);
	console.log(
		`  at   (full snapshot)  median ${us(a.median)}  p95 ${us(a.p95)}  min ${us(a.min)}  max ${us(a.max)}`
	);
	const v = stats(viewT);
	console.log(
		`  view step (state)     median ${us(v.median)}  p95 ${us(v.p95)}  min ${us(v.min)}  max ${us(v.max)}`
	);
	console.log(
		`  ratio at/diff (median) ${(a.median / d.median).toFixed(1)}×; view step/diff ${(v.median / d.median).toFixed(1)}×; ties changed per step on average ${(changes / diffT.length).toFixed(1)}`
	);
}

const files = readGraphData('graph-data');
const loads: number[] = [];
for (let i = 0; i < 10; i++) loads.push(time(() => loadDataset(files)));
const l = stats(loads);
console.log(
	`load + validate graph-data (${files.length} files): median ${l.median.toFixed(1)} ms  p95 ${l.p95.toFixed(1)} ms  (10 runs)`
);

const bundled = new TemporalGraph(loadDatasetOrThrow(files));
scrub('bundled dataset', bundled, isoToDay('1945-01-01')!);

const t0 = performance.now();
const synthetic = new TemporalGraph(syntheticDataset(2000, 10000));
console.log(`\nbuild synthetic TemporalGraph: ${(performance.now() - t0).toFixed(0)} ms`);
scrub('synthetic dataset', synthetic, isoToDay('1960-01-01')!);
