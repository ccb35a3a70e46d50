import { measureRun, measuresTool, type MeasureResult } from '$lib/core/analysis/measures-tool.ts';
import { parseParams } from '$lib/core/analysis/tool.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { ToolParamValues } from '$lib/core/analysis/tool-params-url.ts';
import { isCancelled } from './cancel.ts';
import type { MeasuresWorker } from './measures-runner.ts';

/** How long a run may hold the page before it lets a frame through (ms). */
const SLICE_MS = 40;

/**
 * A measures run, with its progress, that never freezes the page: in a Web Worker where there is
 * one (`worker`), otherwise on the page spread over several frames (each slice computes steps for
 * about SLICE_MS, then yields). Starting a new run abandons the one under way; `cancel` stops it
 * and says so.
 */
export class MeasuresRun {
	#result = $state.raw<MeasureResult | null>(null);
	#progress = $state.raw<{ done: number; total: number } | null>(null);
	#cancelled = $state(false);
	#ms = $state(0);
	#longest = $state(0);
	#run = 0;
	#abort: AbortController | null = null;

	/**
	 * `sliceMs`: how long a slice on the page may hold it before it yields; `worker`: where to run
	 * instead (a worker that fails leaves the run to the page).
	 */
	constructor(
		private readonly sliceMs = SLICE_MS,
		private readonly worker: MeasuresWorker | null = null
	) {}

	get result() {
		return this.#result;
	}
	/** Steps done and to do while a run is under way; null otherwise. */
	get progress() {
		return this.#progress;
	}
	/** Whether the last run was cancelled (and so has no result). */
	get cancelled() {
		return this.#cancelled;
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
		const id = this.#begin();
		const run = measureRun(graph, parseParams(measuresTool, params));
		this.#progress = { done: 0, total: run.dates.length };
		if (this.worker) {
			const abort = (this.#abort = new AbortController());
			try {
				const got = await this.worker.run(graph.data, params, abort.signal, (done, total) => {
					if (id === this.#run) this.#progress = { done, total };
				});
				if (id === this.#run) this.#finish(got.result, got.ms, got.held);
				return;
			} catch (e) {
				if (id !== this.#run || isCancelled(e)) return;
				// The worker could not run it: the page computes it, as where there are no workers.
				this.#progress = { done: 0, total: run.dates.length };
			}
		}
		await this.#onPage(id, run, yieldFrame);
	}

	async #onPage(id: number, run: ReturnType<typeof measureRun>, yieldFrame: () => Promise<void>) {
		let busy = 0;
		let longest = 0;
		let slice = performance.now();
		const total = run.dates.length;
		const rows: MeasureResult['rows'] = [];
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
		this.#finish({ kinds: run.kinds, dates: run.dates, rows }, busy, longest);
	}

	#begin() {
		this.#abort?.abort();
		this.#abort = null;
		this.#result = null;
		this.#cancelled = false;
		return ++this.#run;
	}

	#finish(result: MeasureResult, ms: number, longest: number) {
		this.#abort = null;
		this.#progress = null;
		this.#ms = Math.round(ms);
		this.#longest = Math.round(longest);
		this.#result = result;
	}

	/** Abandons a run under way and forgets the result. */
	stop() {
		this.#begin();
		this.#progress = null;
	}

	/** Stops the run under way, saying it was cancelled. */
	cancel() {
		if (!this.#progress) return;
		this.stop();
		this.#cancelled = true;
	}
}

const nextTask = () => new Promise<void>((ok) => setTimeout(ok, 0));
