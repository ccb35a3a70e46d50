import Graph from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { readWithNetworkx, smallGraph, xmlError } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();
const all = writeGexf(selectScope(g, {}), { edges: 'mixed' });

describe('writeGexf', { timeout: 60_000 }, () => {
	it('writes well-formed GEXF 1.3 in dynamic mode with dates', () => {
		expect(xmlError(all)).toBeNull();
		expect(all).toContain('<gexf xmlns="http://gexf.net/1.3"');
		expect(all).toContain('<graph mode="dynamic" defaultedgetype="undirected" timeformat="date"');
		expect(all).toMatch(/<!-- Ties with three or more parties are written as a clique/);
	});

	it('escapes markup, quotes and newlines in labels', () => {
		expect(all).toContain('label="Camp David principles,&#10;line two &amp; &lt;more&gt;"');
		expect(all).toContain('label="Panel of Experts &lt;1718&gt;"');
		expect(all).toContain(
			'value="Treaty on &quot;Comprehensive Strategic Partnership&quot;, 2024"'
		);
	});

	it('round-trips through graphology-gexf with typed attributes and mixed edges', () => {
		const back = gexf.parse(Graph, all);
		expect([back.order, back.size]).toEqual([6, 7]);
		expect(back.type).toBe('mixed');
		expect(back.getNodeAttributes('RUS')).toMatchObject({
			label: 'Russia',
			kind: 'state',
			cow: 365,
			lat: 55.76,
			x: -300
		});
		expect(back.getNodeAttribute('RUS', 'y')).toBe(200); // Gephi's y points up
		const shells = back.getEdgeAttributes('prk-rus-shells');
		expect(shells).toMatchObject({
			kind: 'arms-transfer',
			directed: true,
			confidence: 'reported',
			from: '2023-09',
			asOf: '2024-07',
			start: '2023-09-01'
		});
		expect(back.isDirected('prk-rus-shells')).toBe(true);
		expect(back.source('prk-rus-shells')).toBe('PRK');
		expect(back.isDirected('rus-prk-2024')).toBe(false);
		expect(back.getEdgeAttributes('ussr-prk-1961')).toMatchObject({
			signed: '1961-07-06',
			inForce: '1961-09-10',
			ended: '1996',
			ended_how: 'lapsed',
			end: '1996-12-31'
		});
		const clique = back.filterEdges((_, a) => a.tie === 'camp-david-2023');
		expect(clique.sort()).toEqual([
			'camp-david-2023#JPN-KOR',
			'camp-david-2023#JPN-USA',
			'camp-david-2023#USA-KOR'
		]);
	});

	it('writes every edge directed by default, an undirected tie as an arc each way', () => {
		const directed = writeGexf(selectScope(g, {}));
		expect(directed).toContain('defaultedgetype="directed"');
		expect(directed).not.toMatch(/ type="(un)?directed"/);
		const back = gexf.parse(Graph, directed);
		expect(back.type).toBe('directed');
		// 7 edges as pairs; the 5 undirected among them also run backwards.
		expect([back.order, back.size]).toEqual([6, 12]);
		expect([back.source('rus-prk-2024'), back.target('rus-prk-2024')]).toEqual(['RUS', 'PRK']);
		expect(back.getEdgeAttributes('rus-prk-2024#PRK-RUS')).toMatchObject({
			tie: 'rus-prk-2024',
			directed: false
		});
		expect(back.hasEdge('prk-rus-shells#RUS-PRK')).toBe(false);
		expect(back.getNodeAttribute('RUS', 'y')).toBe(200);
	});

	it('gives nodes and edges spells that Gephi and networkx read', () => {
		const nx = readWithNetworkx(writeGexf(selectScope(g, {}), { edges: 'directed' }), 'gexf');
		expect(nx.status).toBe(0);
		const edge = (id: string) => nx.json.edges.find((e: { key: string }) => e.key === id).data;
		expect(edge('ussr-prk-1961').spells).toEqual([['1961-07-06', '1996-12-31']]);
		expect(edge('rus-prk-2024').spells).toEqual([['2024-06-19', 'None']]); // open end
		expect(nx.json.nodes['panel-of-experts'].spells).toEqual([['2009-06-12', '2024-04-30']]);
		expect(nx.json.nodes['USA'].spells).toBeUndefined(); // always there
	});

	it('labels in Japanese on request and rejects bad options', () => {
		const ja = gexf.parse(
			Graph,
			writeGexf(selectScope(g, { at: '1980-01-01' }), { lang: 'ja', edges: 'mixed' })
		);
		expect(ja.getNodeAttribute('RUS', 'label')).toBe('ソ連');
		expect(ja.getEdgeAttribute('ussr-prk-1961', 'label')).toBe('ソ朝条約');
		expect(() => writeGexf(selectScope(g, {}), { lang: 'fr' as 'en' })).toThrow(
			'export/gexf: lang must be en or ja, got "fr".'
		);
		expect(() => writeGexf(selectScope(g, {}), { edges: 'both' as 'mixed' })).toThrow(
			/edges must be directed or mixed/
		);
	});

	it('writes a status for the scope and the whole status timeline', () => {
		const back = gexf.parse(
			Graph,
			writeGexf(selectScope(g, { at: '2024-07-01' }), { edges: 'mixed' })
		);
		expect(back.getEdgeAttribute('rus-prk-2024', 'status')).toBe('signed');
		expect(back.getEdgeAttribute('rus-prk-2024', 'status_timeline')).toBe(
			'signed 2024-06-19..2024-12-03; in-force 2024-12-04..'
		);
	});
});
