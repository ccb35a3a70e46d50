import { describe, expect, it } from 'vitest';
import { writeCyjs } from '../../../src/lib/core/export/cyjs.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { snapshotJson } from '../../../src/lib/core/model/snapshot-contract.ts';
import {
	isDirectedKind as isDirectedTieKind,
	type TieKind
} from '../../../src/lib/core/schema/tie.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import {
	readWithIgraph,
	readWithNetworkx,
	smallGraph
} from '../../fixtures/export/load-fixture.ts';
import cytoscape from 'cytoscape';

const g = smallGraph();
const pairs = (n: number) => (n * (n - 1)) / 2;
const isDirectedKind = (kind: string) => isDirectedTieKind(kind as TieKind);

interface ReadEdge {
	source: string;
	target: string;
	data: Record<string, unknown>;
}
interface ReadGraph {
	directed: boolean;
	node_count: number;
	edge_count: number;
	nodes: Record<string, Record<string, unknown>>;
	edges: ReadEdge[];
}

/**
 * What another tool read is the snapshot: every actor, and every tie with its direction. A
 * directed tie is one arc from its first party to its second; an undirected one is an arc each
 * way between every pair of its parties.
 */
function expectSnapshot(read: ReadGraph, at: string) {
	const snap = snapshotJson(g.at(isoToDay(at)!), 'en');
	const arcs = (t: (typeof snap.ties)[number]) =>
		isDirectedKind(t.kind) ? 1 : 2 * pairs(t.parties.length);
	expect(read.directed).toBe(true);
	expect(read.node_count).toBe(snap.nodes.length);
	expect(read.edge_count).toBe(snap.ties.reduce((n, t) => n + arcs(t), 0));
	expect(Object.keys(read.nodes).sort()).toEqual(snap.nodes.map((n) => n.id).sort());
	for (const node of snap.nodes) {
		expect(read.nodes[node.id]).toMatchObject({ label: node.label, kind: node.kind });
	}
	for (const tie of snap.ties) {
		const edges = read.edges.filter((e) => e.data.tie === tie.id);
		expect(edges).toHaveLength(arcs(tie));
		for (const e of edges) {
			expect(e.data).toMatchObject({
				kind: tie.kind,
				status: tie.status,
				label: tie.title,
				directed: isDirectedKind(tie.kind),
				sources: tie.sources.join('; ')
			});
		}
		const ends = edges.map((e) => `${e.source}>${e.target}`).sort();
		if (isDirectedKind(tie.kind)) expect(ends).toEqual([`${tie.parties[0]}>${tie.parties[1]}`]);
		else {
			const both = tie.parties.flatMap((a) =>
				tie.parties.filter((b) => b !== a).map((b) => `${a}>${b}`)
			);
			expect(ends).toEqual(both.sort());
		}
	}
}

describe.each(['1990-01-01', '2024-06-30', '2024-12-04'])(
	'the default export at %s reads as the snapshot, directions kept',
	{ timeout: 60_000 },
	(at) => {
		const scope = selectScope(g, { at });

		it.each([
			['gexf', writeGexf(scope)],
			['graphml', writeGraphml(scope)]
		] as const)('networkx, %s', (ext, text) => {
			const nx = readWithNetworkx(text, ext);
			expect(nx.stderr).toBe('');
			expectSnapshot(nx.json, at);
			expect(nx.json.edge_attributes).toEqual(
				expect.arrayContaining(['kind', 'status', 'confidence', 'sources', 'tie', 'title_ja'])
			);
		});

		it('igraph, graphml', () => {
			const ig = readWithIgraph(writeGraphml(scope));
			expect(ig.stderr).toBe('');
			expectSnapshot(ig.json, at);
		});
	}
);

describe(
	'what the readers make of positions, dates and the mixed form',
	{ timeout: 60_000 },
	() => {
		const all = selectScope(g, {});

		it('y points up in GEXF and GraphML, as networkx and igraph read it', () => {
			const nx = readWithNetworkx(writeGraphml(all), 'graphml').json;
			const ig = readWithIgraph(writeGraphml(all)).json;
			// Russia is north-west of the DPRK in the layout (x -300, y -200 against 0, -60).
			for (const read of [nx, ig]) {
				expect(read.nodes.RUS).toMatchObject({ x: -300, y: 200 });
				expect(read.nodes.PRK.y).toBeLessThan(read.nodes.RUS.y as number);
			}
			expect(readWithNetworkx(writeGexf(all), 'gexf').json.nodes.RUS.viz.position).toMatchObject({
				x: -300,
				y: 200
			});
		});

		it('a partial date is also written as a full day: a start its first, an end its last', () => {
			const nx = readWithNetworkx(writeGraphml(all), 'graphml').json;
			const edge = (id: string) => nx.edges.find((e: ReadEdge) => e.data.tie === id)!.data;
			expect(edge('prk-rus-shells')).toMatchObject({
				from: '2023-09',
				from_day: '2023-09-01',
				asOf: '2024-07',
				asOf_day: '2024-07-01'
			});
			expect(edge('ussr-prk-1961')).toMatchObject({ ended: '1996', ended_day: '1996-12-31' });
			expect(edge('poe-monitors-prk')).toMatchObject({
				from_day: '2010-01-01',
				to_day: '2024-04-30'
			});
			expect(nx.nodes['panel-of-experts']).toMatchObject({
				exists_from_day: '2009-06-12',
				exists_to_day: '2024-04-30'
			});
		});

		it('the mixed form is refused by networkx and read undirected by igraph', () => {
			const mixed = writeGraphml(all, { edges: 'mixed' });
			expect(readWithNetworkx(mixed, 'graphml').stderr).toMatch(/directed=true edge found/);
			expect(readWithIgraph(mixed).json.directed).toBe(false);
		});

		it('Cytoscape.js keeps the positions of a .cyjs loaded as it is', () => {
			const doc = JSON.parse(writeCyjs(all));
			const cy = cytoscape({ headless: true, ...doc });
			expect(cy.getElementById('RUS').position()).toEqual({ x: -300, y: -200 });
			expect(cy.getElementById('USA').position()).toEqual({ x: 400, y: 0 });
			cy.destroy();
		});
	}
);
