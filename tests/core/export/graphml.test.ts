import Graph from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { readWithNetworkx, smallGraph, xmlError } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();
const mixed = writeGraphml(selectScope(g, {}), { edges: 'mixed' });

describe('writeGraphml', { timeout: 60_000 }, () => {
	it('writes well-formed GraphML with typed keys', () => {
		expect(xmlError(mixed)).toBeNull();
		expect(mixed).toContain('<key id="n_cow" for="node" attr.name="cow" attr.type="int"/>');
		expect(mixed).toContain('<key id="n_lat" for="node" attr.name="lat" attr.type="double"/>');
		expect(mixed).toContain(
			'<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>'
		);
		expect(mixed).toContain('<graph id="tieline" edgedefault="undirected">');
		expect(mixed).toContain('<edge id="prk-rus-shells" source="PRK" target="RUS" directed="true">');
		expect(mixed).toContain(
			'<data key="e_label">Camp David principles,&#10;line two &amp; &lt;more&gt;</data>'
		);
	});

	it('is read back by graphology-graphml with directed edges where the kind is directed', () => {
		const back = graphml.parse(Graph, mixed);
		expect([back.order, back.size]).toEqual([6, 7]);
		expect(back.isDirected('prk-rus-shells')).toBe(true);
		expect(back.isDirected('rus-prk-2024')).toBe(false);
		expect(back.getNodeAttributes('PRK')).toMatchObject({
			label: 'DPRK',
			cow: 731,
			exists_from: '1948-09-09'
		});
	});

	it('networkx refuses the mixed file but reads the default, directed one with every attribute', () => {
		expect(readWithNetworkx(mixed, 'graphml').stderr).toMatch(
			/directed=true edge found in undirected graph/
		);
		const nx = readWithNetworkx(writeGraphml(selectScope(g, {})), 'graphml');
		expect(nx.status).toBe(0);
		expect([nx.json.node_count, nx.json.edge_count, nx.json.directed]).toEqual([6, 12, true]);
		expect(nx.json.nodes.RUS).toMatchObject({ cow: 365, lat: 55.76, name_ja: 'ロシア', y: 200 });
		const shells = nx.json.edges.find((e: { key: string }) => e.key === 'prk-rus-shells');
		expect(shells).toMatchObject({
			source: 'PRK',
			target: 'RUS',
			data: { directed: true, kind: 'arms-transfer' }
		});
		const treaty = nx.json.edges.filter(
			(e: { data: { tie: string } }) => e.data.tie === 'rus-prk-2024'
		);
		expect(treaty.map((e: { source: string; target: string }) => e.source + e.target)).toEqual([
			'RUSPRK',
			'PRKRUS'
		]);
		expect(treaty.map((e: { data: { directed: boolean } }) => e.data.directed)).toEqual([
			false,
			false
		]);
	});
});
