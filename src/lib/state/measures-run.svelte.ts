import { measureRun, measuresTool, type MeasureResult } from '$lib/core/analysis/measures-tool.ts';
import { parseParams } from '$lib/core/analysis/tool.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { ToolParamValues } from '$lib/core/analysis/tool-params-url.ts';

/** How long a run may hold the page before it lets a frame through (ms). */
const SLICE_MS = 40;

/**
 * A measures run spread over several frames: each slice computes steps for about SLICE_MS, then
 * yields to the page, so a long run never freezes it and can show its progress. Starting a new
 * run abandons the one under way.
 */
export class MeasuresRun {
	#result = $state.raw<MeasureResult | null>(null);
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#ms = $state(0);
	#longest = $state(0);
	#run = 0;

	/** `sliceMs`: how long a slice may hold the page before it yields. */
	constructor(private readonly sliceMs = SLICE_MS) {}

	get result() {
		return this.#result;
	}
	/** Steps done and to do while a run is under way; null otherwise. */
	get progress() {
		return this.#progress;
	}
	/** How long the last finished run computed, in ms (the pauses for the page left out). */
	get ms() {
		return this.#ms;
	}
	/** The longest the last run held the page at once, in ms. */
	get longest() {
		return this.#longest;
	}

	async start(graph: TemporalGraph, params: ToolParamValues, yieldFrame = nextTask) {
		const id = ++this.#run;
		let busy = 0;
		let longest = 0;
		let slice = performance.now();
		const run = measureRun(graph, parseParams(measuresTool, params));
		const total = run.dates.length;
		const rows: MeasureResult['rows'] = [];
		this.#result = null;
		this.#progress = { done: 0, total };
		let done = 0;
		const endSlice = () => {
			const held = performance.now() - slice;
			busy += held;
			longest = Math.max(longest, held);
		};
		for (const step of run.steps) {
			rows.push(...step);
			done++;
			if (performance.now() - slice >= this.sliceMs && done < total) {
				endSlice();
				this.#progress = { done, total };
				await yieldFrame();
				if (id !== this.#run) return;
				slice = performance.now();
			}
		}
		endSlice();
		this.#progress = null;
		this.#ms = Math.round(busy);
		this.#longest = Math.round(longest);
		this.#result = { kinds: run.kinds, dates: run.dates, rows };
	}

	/** Abandons a run under way and forgets the result. */
	stop() {
		this.#run++;
		this.#progress = null;
		this.#result = null;
	}
}

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));
