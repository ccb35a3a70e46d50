import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { runTool } from '../../src/lib/core/analysis/registry.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { MeasuresRun } from '../../src/lib/state/measures-run.svelte.ts';
import { measuresServer } from '../../src/lib/state/measures-job.ts';
import {
	MeasuresWorker,
	type MeasuresMessage,
	type WorkerLike
} from '../../src/lib/state/measures-runner.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const params = { from: '2000-01-01', to: '2010-01-01' };

describe('a measures run spread over frames', () => {
	it('yields to the page between slices, shows its progress, and ends with the whole result', async () => {
		const run = new MeasuresRun(0);
		const seen: { done: number; total: number }[] = [];
		await run.start(graph, params, async () => {
			seen.push(run.progress!);
		});
		// A slice of 0 ms yields after every step but the last.
		expect(seen.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(seen.every((p) => p.total === 11)).toBe(true);
		expect(run.progress).toBeNull();
		expect(run.result).toEqual(runTool(graph, 'measures', params));
		expect(run.ms).toBeGreaterThanOrEqual(0);
	});

	it('abandons a run when another starts, so the older never overwrites the newer', async () => {
		const run = new MeasuresRun(0);
		let release!: () => void;
		const first = run.start(graph, params, () => new Promise<void>((ok) => (release = ok)));
		const second = run.start(graph, { ...params, kinds: ['defense-treaty'] }, async () => {});
		await second;
		release();
		await first;
		expect(run.result!.kinds).toEqual(['defense-treaty']);
	});
});

/**
 * A stand-in for the measures worker that runs its side (`measuresServer`) in this process, each
 * message a task later, as a worker's would arrive; it records what it was sent and whether it
 * was ended.
 */
function fakeWorker(
	log: { sent: string[]; ended: number; started: number },
	delivered: () => void = () => {}
) {
	let listeners: ((e: MessageEvent) => void)[] = [];
	let ended = false;
	const serve = measuresServer((data) =>
		setTimeout(() => {
			if (ended) return;
			listeners.forEach((l) => l({ data } as MessageEvent));
			delivered();
		}, 0)
	);
	log.started++;
	const worker: WorkerLike = {
		postMessage(message: MeasuresMessage) {
			log.sent.push(message.type);
			setTimeout(() => !ended && serve(message), 0);
		},
		terminate() {
			ended = true;
			log.ended++;
		},
		addEventListener(type: string, l: EventListenerOrEventListenerObject) {
			if (type === 'message') listeners.push(l as (e: MessageEvent) => void);
		},
		removeEventListener(type: string, l: EventListenerOrEventListenerObject) {
			listeners = listeners.filter((x) => x !== l);
		}
	} as WorkerLike;
	return worker;
}

describe('a measures run in a worker', () => {
	it('hears of every step, ends with the same result as on the page, and keeps the worker', async () => {
		const log = { sent: [] as string[], ended: 0, started: 0 };
		const seen: (number | null)[] = [];
		const run: MeasuresRun = new MeasuresRun(
			40,
			new MeasuresWorker(() => fakeWorker(log, () => seen.push(run.progress?.done ?? null)))
		);
		const started = run.start(graph, params);
		expect(run.progress).toEqual({ done: 0, total: 11 });
		await started;
		expect(run.result).toEqual(runTool(graph, 'measures', params));
		expect(run.progress).toBeNull();
		// The page hears of each step as the worker ends it (then of the result).
		expect(seen.splice(0).slice(0, 11)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
		// A second run on the same data sends the parameters only, to the same worker.
		await run.start(graph, { ...params, kinds: ['defense-treaty'] });
		expect(run.result!.kinds).toEqual(['defense-treaty']);
		expect(log).toEqual({ sent: ['data', 'run', 'run'], ended: 0, started: 1 });
	});

	it('cancels: the worker ends at once, nothing is shown but that it was cancelled', async () => {
		const log = { sent: [] as string[], ended: 0, started: 0 };
		const run = new MeasuresRun(40, new MeasuresWorker(() => fakeWorker(log)));
		const started = run.start(graph, params);
		run.cancel();
		await started;
		expect(log.ended).toBe(1);
		expect(run.cancelled).toBe(true);
		expect(run.result).toBeNull();
		expect(run.progress).toBeNull();
		// Measured again, a new worker takes the dataset and the run.
		await run.start(graph, params);
		expect(run.cancelled).toBe(false);
		expect(run.result).toEqual(runTool(graph, 'measures', params));
		expect(log).toMatchObject({ sent: ['data', 'run', 'data', 'run'], started: 2 });
	});

	it('a newer run ends the older one, which never shows its result', async () => {
		const log = { sent: [] as string[], ended: 0, started: 0 };
		const run = new MeasuresRun(40, new MeasuresWorker(() => fakeWorker(log)));
		const first = run.start(graph, params);
		const second = run.start(graph, { ...params, kinds: ['agreement'] });
		await Promise.all([first, second]);
		expect(log.ended).toBe(1);
		expect(run.result!.kinds).toEqual(['agreement']);
	});

	it('is given the dataset ahead of a run, once', async () => {
		const log = { sent: [] as string[], ended: 0, started: 0 };
		const worker = new MeasuresWorker(() => fakeWorker(log));
		worker.prepare(graph.data);
		worker.prepare(graph.data);
		expect(log).toEqual({ sent: ['data'], ended: 0, started: 1 });
		const run = new MeasuresRun(40, worker);
		await run.start(graph, params);
		expect(log.sent).toEqual(['data', 'run']);
		expect(run.result).toEqual(runTool(graph, 'measures', params));
	});

	it('falls back to the page when the worker fails', async () => {
		const failing = {
			run: () => Promise.reject(new Error('no worker here')),
			stop() {}
		} as unknown as MeasuresWorker;
		const run = new MeasuresRun(0, failing);
		await run.start(graph, params, async () => {});
		expect(run.result).toEqual(runTool(graph, 'measures', params));
	});
});
