/**
 * Writes an export's text off the page's thread (SVG, GEXF, GraphML, CSV, Cytoscape JSON,
 * Tieline JSON): the page sends the dataset once, then each export's scope and options, and gets
 * the files back. Started by `export-runner.ts`.
 */
import { TemporalGraph } from '../core/model/temporal-graph.ts';
import { selectScope } from '../core/export/scope.ts';
import { exportText } from '../core/export/export-text.ts';
import { loadBaseMap } from '../core/map/base-map.ts';
import type { ExportMessage, ExportWorkerReply } from './export-runner.ts';

let graph: TemporalGraph | null = null;
const reply = (message: ExportWorkerReply, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });

self.addEventListener('message', async ({ data }: MessageEvent<ExportMessage>) => {
	if (data.type === 'data') {
		graph = new TemporalGraph(data.dataset);
		return;
	}
	const { id, job } = data;
	try {
		if (!graph) throw new Error('no dataset was given');
		const scope = selectScope(graph, job.descriptor);
		const baseMap = job.map ? await loadBaseMap() : undefined;
		const files = exportText(
			job.format,
			scope,
			job.base,
			{ ...job.image, baseMap },
			job.edges,
			(done, total) => reply({ type: 'progress', id, done, total })
		);
		// As UTF-8 bytes, moved to the page rather than copied: a file of many megabytes would
		// otherwise be copied as a string and encoded again on the page to be saved.
		const encoder = new TextEncoder();
		const bytes = files.map((f) => ({ ...f, body: encoder.encode(f.body) }));
		reply(
			{ type: 'done', id, files: bytes },
			bytes.map((f) => f.body.buffer)
		);
	} catch (e) {
		reply({ type: 'failed', id, reason: (e as Error).message || String(e) });
	}
});
