import type { Dataset } from '$lib/core/io/dataset.ts';
import type { MeasureResult } from '$lib/core/analysis/measures-tool.ts';
import type { ToolParamValues } from '$lib/core/analysis/tool-params-url.ts';
import { cancelledError } from './cancel.ts';

/** What the page sends the measures worker: the dataset (once per dataset), then runs. */
export type MeasuresMessage =
	{ type: 'data'; dataset: Dataset } | { type: 'run'; id: number; params: ToolParamValues };

/** What the measures worker sends back for a run: each step done, then the result. */
export type MeasuresReply =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'done'; id: number; result: MeasureResult; ms: number }
	| { type: 'failed'; id: number; reason: string };

/** A finished run: the result, the worker's computing time, and how long the page took it in. */
export interface MeasuresDone {
	result: MeasureResult;
	/** The worker's time computing the steps (ms). */
	ms: number;
	/** The page's time taking in the result (ms): all the run held the page. */
	held: number;
}

/** The parts of a Worker the runner uses (a test gives a stand-in). */
export type WorkerLike = Pick<
	Worker,
	'postMessage' | 'terminate' | 'addEventListener' | 'removeEventListener'
>;

const startWorker = (): WorkerLike =>
	new Worker(new URL('./measures-worker.ts', import.meta.url), { type: 'module' });

/**
 * Computes measures over time in a Web Worker, so a run whose steps each take a second on a large
 * graph never holds the page. The worker is kept between runs and given each dataset once;
 * cancelling a run under way ends the worker at once (the next run starts another).
 */
export class MeasuresWorker {
	#worker: WorkerLike | null = null;
	#data: Dataset | null = null;
	#next = 0;

	constructor(private readonly start: () => WorkerLike = startWorker) {}

	/** Whether this browser has workers (without, the page computes the steps itself). */
	static get available() {
		return typeof Worker !== 'undefined';
	}

	/**
	 * Starts the worker and gives it the dataset, so a run asked for soon after waits for neither
	 * (the Analysis panel calls it as the Measures tab opens).
	 */
	prepare(dataset: Dataset): WorkerLike {
		const worker = (this.#worker ??= this.start());
		if (this.#data !== dataset) {
			worker.postMessage({ type: 'data', dataset } satisfies MeasuresMessage);
			this.#data = dataset;
		}
		return worker;
	}

	/** Runs the tool on `dataset`; `onStep` hears of each step done. Rejects with an AbortError
	 * when `signal` aborts, and with the worker's reason when it fails. */
	run(
		dataset: Dataset,
		params: ToolParamValues,
		signal: AbortSignal,
		onStep: (done: number, total: number) => void
	): Promise<MeasuresDone> {
		if (signal.aborted) return Promise.reject(cancelledError('The run'));
		let worker: WorkerLike;
		try {
			worker = this.prepare(dataset);
		} catch (e) {
			return Promise.reject(e);
		}
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			const finish = () => {
				worker.removeEventListener('message', onMessage as EventListener);
				worker.removeEventListener('error', onError as EventListener);
				signal.removeEventListener('abort', stop);
			};
			const onMessage = (e: MessageEvent<MeasuresReply>) => {
				const t0 = performance.now();
				// Reading `data` takes the message in: for the result, the run's only work on the page.
				const data = e.data;
				if (data.id !== id) return;
				if (data.type === 'progress') return onStep(data.done, data.total);
				finish();
				if (data.type === 'failed') reject(new Error(data.reason));
				else resolve({ result: data.result, ms: data.ms, held: performance.now() - t0 });
			};
			const onError = (e: ErrorEvent) => {
				finish();
				this.stop();
				reject(new Error(e.message || 'the measures worker stopped'));
			};
			const stop = () => {
				finish();
				this.stop();
				reject(cancelledError('The run'));
			};
			worker.addEventListener('message', onMessage as EventListener);
			worker.addEventListener('error', onError as EventListener);
			signal.addEventListener('abort', stop, { once: true });
			worker.postMessage({ type: 'run', id, params } satisfies MeasuresMessage);
		});
	}

	/** Ends the worker (a later run starts another). */
	stop() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#data = null;
	}
}
