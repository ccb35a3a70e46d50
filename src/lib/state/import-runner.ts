import type { ImportProgress, ImportResult } from '$lib/core/io/import-data.ts';
import type { StoredFile } from './dataset-record.ts';
import { cancelledError } from './cancel.ts';

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
	/** Items of one of the dataset's lists, in order, sent before `done` when the list is long. */
	| { type: 'part'; key: string; items: unknown[] }
	/** The result; a list sent in parts is empty here and is put together from them. */
	| { type: 'done'; result: ImportResult }
	| { type: 'failed'; reason: string };

/** The error an importer rejects with when it was cancelled. */
export const cancelled = () => cancelledError('Opening');

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
		const reassemble = new Reassembler();
		worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
			if (data.type === 'progress') return onProgress(data.progress);
			if (data.type === 'part') return reassemble.part(data);
			finish();
			if (data.type === 'failed') reject(new Error(data.reason));
			else resolve(reassemble.done(data.result));
		});
		worker.addEventListener('error', (e) => {
			finish();
			reject(new Error(e.message || 'the reader stopped'));
		});
		worker.postMessage({ files } satisfies ImportRequest);
	});
};

/**
 * Items per message when a dataset's lists are sent in parts: the page reads each message in a
 * task of its own, so a large dataset never holds the page for one long copy.
 */
export const PART = 1000;

/** The worker's messages for a result: each long list of the dataset in parts, then the rest. */
export function repliesFor(result: ImportResult, part = PART): ImportReply[] {
	if (!result.dataset) return [{ type: 'done', result }];
	const out: ImportReply[] = [];
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(result.dataset)) {
		if (!Array.isArray(value) || value.length <= part) {
			rest[key] = value;
			continue;
		}
		rest[key] = [];
		for (let i = 0; i < value.length; i += part)
			out.push({ type: 'part', key, items: value.slice(i, i + part) });
	}
	out.push({
		type: 'done',
		result: { ...result, dataset: rest as unknown as ImportResult['dataset'] }
	});
	return out;
}

/** Puts a result sent by `repliesFor` together again, in the order its parts came. */
export class Reassembler {
	#parts = new Map<string, unknown[]>();

	part({ key, items }: { key: string; items: unknown[] }) {
		const list = this.#parts.get(key) ?? [];
		this.#parts.set(key, list);
		for (const item of items) list.push(item);
	}

	done(result: ImportResult): ImportResult {
		if (!result.dataset) return result;
		return { ...result, dataset: { ...result.dataset, ...Object.fromEntries(this.#parts) } };
	}
}

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
