import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { writeCsv } from '../../../src/lib/core/export/csv.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../../src/lib/core/export/tieline-json.ts';
import {
	loadDataset,
	loadDatasetOrThrow,
	validateDocuments
} from '../../../src/lib/core/io/load.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { snapshotJson } from '../../../src/lib/core/model/snapshot-contract.ts';
import type { Actor, Tie } from '../../../src/lib/core/schema/index.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const graph = new TemporalGraph(data);
const all = selectScope(graph, {});
const DATES = ['1925-06-01', '1950-06-01', '1961-09-10', '1995-06-01', '2024-06-19', '2024-12-10'];
const snapshots = (g: TemporalGraph) => DATES.map((d) => snapshotJson(g.at(isoToDay(d)!), 'en'));

describe('Tieline JSON, written by the exporter and read back', () => {
	it('gives the same snapshot at every date', () => {
		const result = loadDataset([{ path: 'export.json', text: writeTielineJson(all) }]);
		expect(result.ok ? [] : result.issues).toEqual([]);
		if (result.ok) expect(snapshots(new TemporalGraph(result.value))).toEqual(snapshots(graph));
	});

	it('names the line of a problem in the JSON', () => {
		const text = writeTielineJson(all).replace('"confidence": "confirmed"', '"confidence": "sure"');
		const result = loadDataset([{ path: 'export.json', text }]);
		const line = text.slice(0, text.indexOf('"sure"')).split('\n').length;
		expect(result.ok ? [] : result.issues).toEqual([
			expect.objectContaining({
				file: 'export.json',
				line,
				message: expect.stringMatching(/Invalid option/)
			})
		]);
	});
});

/** The fields of a tie that GEXF and GraphML carry. */
const tieFields = (t: Tie) => ({
	id: t.id,
	kind: t.kind,
	parties: t.parties,
	title: t.title,
	confidence: t.confidence,
	signed: t.signed,
	inForce: t.inForce,
	ended: t.ended && { date: t.ended.date, how: t.ended.how },
	from: t.from,
	to: t.to,
	asOf: t.asOf,
	sources: [...new Set(t.sources.map((s) => (typeof s === 'string' ? s : s.id)))]
});
const actorFields = (a: Actor) => ({
	id: a.id,
	kind: a.kind,
	cow: a.cow,
	capital: a.capital && { lat: a.capital.lat, lon: a.capital.lon },
	position: a.position,
	exists: a.exists,
	description: a.description
});
const strip = <T extends object>(o: T) => JSON.parse(JSON.stringify(o));
/** Suspensions come back as whole days from the status timeline; the snapshots test them. */
const withoutSuspended = (ties: object[]) =>
	strip(ties).map(({ suspended: _s, ...rest }: Record<string, unknown>) => rest);

describe.each([
	['gexf', 'mixed', (edges: 'mixed' | 'directed') => writeGexf(all, { edges })],
	['gexf', 'directed', (edges: 'mixed' | 'directed') => writeGexf(all, { edges })],
	['graphml', 'mixed', (edges: 'mixed' | 'directed') => writeGraphml(all, { edges })],
	['graphml', 'directed', (edges: 'mixed' | 'directed') => writeGraphml(all, { edges })]
] as const)('%s (%s edges), written by the exporter and read back', (ext, edges, write) => {
	const read = readInputs([{ path: `export.${ext}`, text: write(edges) }]);
	const doc = read.documents[0];
	const raw = doc?.data as { actors: object[]; ties: { id: string }[] };

	it('reads without a problem', () => {
		expect(read.issues).toEqual([]);
		expect(read.documents).toHaveLength(1);
	});

	it('gives back every tie with its kind, parties, dates, confidence, titles and sources', () => {
		expect(raw.ties).toHaveLength(data.ties.length);
		expect(withoutSuspended(raw.ties)).toEqual(strip(data.ties.map(tieFields)));
	});

	it('gives back every actor with its kind, codes, places and lifespan', () => {
		const back = strip(raw.actors).map((a: Record<string, unknown>) => {
			const { names: _n, sources: _s, ...rest } = a;
			return rest;
		});
		expect(back).toEqual(strip(data.actors.map(actorFields)));
	});

	it('locates a tie at its edge element', () => {
		const line = doc.locate(['ties', 0, 'kind']).line!;
		expect(write(edges).split('\n')[line - 1]).toContain(`<edge id="${data.ties[0].id}`);
	});
});

describe('CSV (an actors and a ties table), written by the exporter and read back', () => {
	const { nodes, ties } = writeCsv(all, { bom: true });
	const read = readInputs([
		{ path: 'all.csv', text: nodes },
		{ path: 'all-ties.csv', text: ties }
	]);
	const merged = Object.assign({}, ...read.documents.map((d) => d.data)) as {
		actors: object[];
		ties: object[];
	};

	it('reads both tables without a problem, one document each', () => {
		expect(read.issues).toEqual([]);
		expect(read.documents.map((d) => Object.keys(d.data as object))).toEqual([
			['ties'],
			['actors']
		]);
	});

	it('gives back every tie and actor with the fields the tables carry', () => {
		expect(withoutSuspended(merged.ties)).toEqual(strip(data.ties.map(tieFields)));
		const back = strip(merged.actors).map((a: Record<string, unknown>) => {
			const { names: _n, sources: _s, ...rest } = a;
			return rest;
		});
		expect(back).toEqual(strip(data.actors.map(actorFields)));
	});

	it('points a problem at the line its row starts on, past cells that span lines', () => {
		const broken = ties.replace(',arms-transfer,', ',arms-transferx,');
		const result = validateDocuments(readInputs([{ path: 'ties.csv', text: broken }]));
		const issue = (result.ok ? [] : result.issues).find((i) => /^ties\[\d+\]\.kind$/.test(i.path));
		const lines = broken.split('\r\n');
		expect(lines[issue!.line! - 1]).toContain(',arms-transferx,');
	});

	it('drops the quote a spreadsheet-safe export puts before a leading - = + @', () => {
		const text = "id,kind,name_en,x,y\r\nRUS,state,Russia,'-330,'-230\r\n";
		const raw = readInputs([{ path: 'a.csv', text }]).documents[0].data as {
			actors: { position: unknown }[];
		};
		expect(raw.actors[0].position).toEqual({ x: -330, y: -230 });
	});

	it('a ragged row is a problem with its line', () => {
		const result = readInputs([{ path: 'a.csv', text: 'id,kind\nRUS,state\nPRK\n' }]);
		expect(result.issues).toEqual([
			expect.objectContaining({
				file: 'a.csv',
				line: 3,
				path: '(csv)',
				message: expect.stringMatching(/^CSV: Too few fields/)
			})
		]);
	});
});
