import type { ImportProgress, ImportResult } from '$lib/core/io/import-data.ts';
import type { StoredFile } from './dataset-record.ts';

/** Reads and checks files, telling how far it has got; stops (rejecting) when `signal` aborts. */
export type Importer = (
	files: readonly StoredFile[],
	onProgress: (p: ImportProgress) => void,
	signal: AbortSignal
) => Promise<ImportResult>;

/** What the page sends the import worker. */
export interface ImportRequest {
	files: readonly StoredFile[];
}

/** What the import worker sends back: progress, then the result or why it failed. */
export type ImportReply =
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'done'; result: ImportResult }
	| { type: 'failed'; reason: string };

/** The error an importer rejects with when it was cancelled. */
export const cancelled = () => new DOMException('Opening was cancelled', 'AbortError');

export const isCancelled = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/**
 * Reads and checks files in a Web Worker: the page keeps answering input however large the files
 * are, and cancelling stops the work at once (the worker is ended). Where there are no workers
 * it reads them on the page instead.
 */
export const importInWorker: Importer = (files, onProgress, signal) => {
	if (typeof Worker === 'undefined') return importHere(files, onProgress, signal);
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(cancelled());
		const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			worker.terminate();
			signal.removeEventListener('abort', stop);
		};
		const stop = () => {
			finish();
			reject(cancelled());
		};
		signal.addEventListener('abort', stop, { once: true });
		worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
			if (data.type === 'progress') return onProgress(data.progress);
			finish();
			if (data.type === 'done') resolve(data.result);
			else reject(new Error(data.reason));
		});
		worker.addEventListener('error', (e) => {
			finish();
			reject(new Error(e.message || 'the reader stopped'));
		});
		worker.postMessage({ files } satisfies ImportRequest);
	});
};

/** Reads and checks files on this thread (Node, and browsers without workers). */
export const importHere: Importer = async (files, onProgress, signal) => {
	const { importData } = await import('$lib/core/io/import-data.ts');
	// Let the "reading" state paint before the parse takes the thread.
	await new Promise((ok) => setTimeout(ok, 0));
	if (signal.aborted) throw cancelled();
	const result = importData(files, onProgress);
	if (signal.aborted) throw cancelled();
	return result;
};
