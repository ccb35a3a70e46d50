import { TemporalGraph } from '../core/model/temporal-graph.ts';
import { measureRun, measuresTool, type MeasureRow } from '../core/analysis/measures-tool.ts';
import { parseParams } from '../core/analysis/tool.ts';
import type { MeasuresMessage, MeasuresReply } from './measures-runner.ts';

/**
 * The measures worker's side, apart from the worker (a test drives it in-process): keeps the
 * graph of the last dataset given, and answers each run with a word per step done, then the rows.
 */
export function measuresServer(reply: (message: MeasuresReply) => void) {
	let graph: TemporalGraph | null = null;
	return (message: MeasuresMessage) => {
		if (message.type === 'data') {
			graph = new TemporalGraph(message.dataset);
			return;
		}
		const { id, params } = message;
		try {
			if (!graph) throw new Error('no dataset was given');
			const t0 = performance.now();
			const run = measureRun(graph, parseParams(measuresTool, params));
			const total = run.dates.length;
			const rows: MeasureRow[] = [];
			let done = 0;
			for (const step of run.steps) {
				rows.push(...step);
				reply({ type: 'progress', id, done: ++done, total });
			}
			const result = { kinds: run.kinds, dates: run.dates, rows };
			reply({ type: 'done', id, result, ms: Math.round(performance.now() - t0) });
		} catch (e) {
			reply({ type: 'failed', id, reason: (e as Error).message || String(e) });
		}
	};
}
