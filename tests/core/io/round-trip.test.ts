import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { writeCsv } from '../../../src/lib/core/export/csv.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../../src/lib/core/export/tieline-json.ts';
import type { Dataset } from '../../../src/lib/core/io/dataset.ts';
import { loadDatasetOrThrow, validateDocuments } from '../../../src/lib/core/io/load.ts';
import type { DataInput } from '../../../src/lib/core/io/raw-input.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';
import { snapshotJson } from '../../../src/lib/core/model/snapshot-contract.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

// Every format Tieline writes and reads, written from the bundled data and read back: the graph
// at each date (actors with their names, ties with their status) must be the one written.
// Cytoscape JSON (.cyjs) is written but not read, so it has no round trip.
const data = loadDatasetOrThrow(readGraphData('graph-data'));
const graph = new TemporalGraph(data);
const all = selectScope(graph, {});
const DATES = ['1950-02-14', '1961-07-11', '1991-12-25', '1991-12-26', '2019-11-23', '2024-12-10'];
const snapshots = (g: TemporalGraph, lang: 'en' | 'ja') =>
	DATES.map((d) => snapshotJson(g.at(isoToDay(d)!), lang));

const FORMATS: [string, () => DataInput[]][] = [
	['Tieline JSON', () => [{ path: 'all.json', text: writeTielineJson(all) }]],
	['GEXF (directed)', () => [{ path: 'all.gexf', text: writeGexf(all, { edges: 'directed' }) }]],
	['GEXF (mixed)', () => [{ path: 'all.gexf', text: writeGexf(all, { edges: 'mixed' }) }]],
	['GraphML (directed)', () => [{ path: 'all.graphml', text: writeGraphml(all) }]],
	['GraphML (mixed)', () => [{ path: 'all.graphml', text: writeGraphml(all, { edges: 'mixed' }) }]],
	[
		'CSV (actors and ties)',
		() => {
			const { nodes, ties } = writeCsv(all);
			return [
				{ path: 'all.csv', text: nodes },
				{ path: 'all-ties.csv', text: ties }
			];
		}
	]
];

/**
 * The graph formats carry actors and ties, not the sources they cite, the events or the long
 * texts (descriptions, notes, clauses): those are taken from the data written, and every field
 * the file does carry replaces the one in the data, so the snapshot tests what was read.
 */
function completed(read: ReturnType<typeof readInputs>): Dataset {
	const back = Object.assign({}, ...read.documents.map((d) => d.data)) as {
		actors?: Record<string, unknown>[];
		ties?: Record<string, unknown>[];
		sources?: unknown[];
	};
	if (back.sources) {
		const result = validateDocuments(read);
		if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
		return result.value;
	}
	const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
	const actors = byId(data.actors);
	const ties = byId(data.ties);
	const merged = {
		file: 'merged',
		data: {
			sources: data.sources,
			events: data.events,
			absences: data.absences,
			actors: back.actors!.map((a) => ({ ...actors.get(a.id as string), ...a })),
			ties: back.ties!.map((t) => ({ ...ties.get(t.id as string), ...t }))
		},
		locate: () => ({})
	};
	const result = validateDocuments({ documents: [merged], issues: [], unreadable: [] });
	if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
	return result.value;
}

describe.each(FORMATS)('%s, written from the bundled data and read back', (_name, write) => {
	const read = readInputs(write());

	it('reads without a problem', () => {
		expect(read.issues).toEqual([]);
	});

	it.each(['en', 'ja'] as const)('gives the same graph on every date (%s)', (lang) => {
		const back = new TemporalGraph(completed(read));
		expect(snapshots(back, lang)).toEqual(snapshots(graph, lang));
	});
});
