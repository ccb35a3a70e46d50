import type { Dataset } from '$lib/core/io/dataset.ts';
import type { ScopeDescriptor } from '$lib/core/export/scope.ts';
import type { ImageOptions } from '$lib/core/export/image/svg.ts';
import type { EdgeMode } from '$lib/core/export/describe.ts';
import type { TextFormat } from '$lib/core/export/export-text.ts';
import type { ExportedFile } from '$lib/render/export-files.ts';
import type { OnWritten } from '$lib/core/export/progress.ts';
import { cancelledError } from './cancel.ts';

/** One export's text, as the page asks the export worker for it. */
export interface ExportJob {
	format: TextFormat;
	descriptor: ScopeDescriptor;
	base: string;
	/** The picture's options without the base map (a function): `map` says to load it there. */
	image: Omit<ImageOptions, 'baseMap'>;
	map: boolean;
	edges: EdgeMode;
}

/** What the page sends the export worker: the dataset (once per dataset), then jobs. */
export type ExportMessage =
	{ type: 'data'; dataset: Dataset } | { type: 'job'; id: number; job: ExportJob };

/** What the export worker sends back for a job. */
export type ExportWorkerReply =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'done'; id: number; files: (ExportedFile & { body: Uint8Array<ArrayBuffer> })[] }
	| { type: 'failed'; id: number; reason: string };

/** The error an export rejects with when it was cancelled. */
export const exportCancelled = () => cancelledError('The export');

/**
 * Writes exports' text in a Web Worker, so a large picture or data file does not hold the page;
 * cancelling ends the worker at once. The worker is kept between exports and given each dataset
 * once. Where there are no workers, `text` resolves to null and the page writes the files itself.
 */
export class ExportWorker {
	#worker: Worker | null = null;
	#data: Dataset | null = null;
	#next = 0;

	/** Whether there is a worker to write in; without one, `text` resolves to null. */
	static get available() {
		return typeof Worker !== 'undefined';
	}

	/**
	 * Starts the worker and gives it the dataset, so an export asked for soon after does not wait
	 * for either (the Export dialog calls it as it opens).
	 */
	prepare(dataset: Dataset): Worker | null {
		if (!ExportWorker.available) return null;
		const worker = (this.#worker ??= new Worker(new URL('./export-worker.ts', import.meta.url), {
			type: 'module'
		}));
		if (this.#data !== dataset) {
			worker.postMessage({ type: 'data', dataset } satisfies ExportMessage);
			this.#data = dataset;
		}
		return worker;
	}

	/** The files of `job`; `onWritten` is told now and then how far the writing has got. */
	text(
		dataset: Dataset,
		job: ExportJob,
		signal: AbortSignal,
		onWritten?: OnWritten
	): Promise<ExportedFile[] | null> {
		const worker = this.prepare(dataset);
		if (!worker) return Promise.resolve(null);
		if (signal.aborted) return Promise.reject(exportCancelled());
		const id = ++this.#next;
		return new Promise((resolve, reject) => {
			const finish = () => {
				worker.removeEventListener('message', onMessage);
				worker.removeEventListener('error', onError);
				signal.removeEventListener('abort', stop);
			};
			const onMessage = ({ data }: MessageEvent<ExportWorkerReply>) => {
				if (data.id !== id) return;
				if (data.type === 'progress') return onWritten?.(data.done, data.total);
				finish();
				if (data.type === 'failed') reject(new Error(data.reason));
				else resolve(data.files);
			};
			const onError = (e: ErrorEvent) => {
				finish();
				this.stop();
				reject(new Error(e.message || 'the export stopped'));
			};
			const stop = () => {
				finish();
				this.stop();
				reject(exportCancelled());
			};
			worker.addEventListener('message', onMessage);
			worker.addEventListener('error', onError);
			signal.addEventListener('abort', stop, { once: true });
			worker.postMessage({ type: 'job', id, job } satisfies ExportMessage);
		});
	}

	/** Ends the worker (a later export starts another). */
	stop() {
		this.#worker?.terminate();
		this.#worker = null;
		this.#data = null;
	}
}
