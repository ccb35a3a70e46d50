import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/lib/core/io/load.ts';
import { rawItems } from '../../../src/lib/core/io/raw-input.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';
import { spreadsheetCsv } from '../../support/spreadsheet-csv.ts';

// Real files from other tools: Gephi Lite's samples in ../shared/fixtures, networkx files, and
// spreadsheet tables made from a sample (tests/fixtures/foreign/README.md says where each comes from).
const OWN = 'tests/fixtures/foreign';
// Gephi Lite's sample files are shared beside the project, not copied into it.
const SHARED = '../shared/fixtures';
const dirOf = (name: string) => (/^networkx/.test(name) ? OWN : SHARED);
const read = (name: string) =>
	readInputs([{ path: `${dirOf(name)}/${name}`, bytes: readFileSync(`${dirOf(name)}/${name}`) }]);
type Raw = { actors: Record<string, unknown>[]; ties: Record<string, unknown>[] };
const tmp = mkdtempSync(join(tmpdir(), 'tieline-foreign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('foreign graph files', () => {
	it.each([
		['les-miserables.gexf', 77, 254],
		['airlines.graphml', 235, 2101],
		['networkx-dynamic.gexf', 3, 2],
		['networkx-status.gexf', 3, 2],
		['java.gexf', 1538, 8032]
	])('%s opens with %i actors and %i ties', (name, actors, ties) => {
		const result = read(name);
		expect(result.issues).toEqual([]);
		const raw = result.documents[0].data as Raw;
		expect(raw.actors).toHaveLength(actors);
		expect(raw.ties).toHaveLength(ties);
	});

	it('keeps the labels and the positions of Gephi Lite’s sample, y turned south', () => {
		const raw = read('les-miserables.gexf').documents[0].data as Raw;
		const valjean = raw.actors.find((a) => (a.names as { en: string }[])[0].en === 'Valjean');
		expect(valjean?.position).toEqual({ x: -87.93029, y: -6.8120565 });
	});

	it('reads networkx’s start and end attributes as lifespans', () => {
		const raw = read('networkx-dynamic.gexf').documents[0].data as Raw;
		expect(raw.actors.map((a) => a.exists)).toEqual([
			{ from: '1990-01-01', to: '2000-12-31' },
			{ from: '1995-06-01' },
			undefined
		]);
		expect(raw.ties.map((t) => [t.parties, t.from, t.to, t.kind])).toEqual([
			[['a', 'b'], '1996-01-01', '1999-12-31', 'trade'],
			[['b', 'c'], '2001-03-04', undefined, undefined]
		]);
	});

	it('reads GEXF spells as one lifespan from the first start to the last end', () => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <nodes>
      <node id="a" label="A"><spells><spell start="2001-02-03" end="2002"/><spell start="2005" end="2010-06"/></spells></node>
      <node id="b" label="B"><spells><spell start="1999"/></spells></node>
    </nodes>
    <edges><edge id="e" source="a" target="b"><spells><spell start="2003-04"/></spells></edge></edges>
  </graph>
</gexf>`;
		const raw = readInputs([{ path: 'spells.gexf', text }]).documents[0].data as Raw;
		expect(raw.actors.map((a) => a.exists)).toEqual([
			{ from: '2001-02-03', to: '2010-06' },
			{ from: '1999' }
		]);
		expect(raw.ties[0]).toMatchObject({ id: 'e', from: '2003-04' });
		expect(raw.ties[0].to).toBeUndefined();
	});

	it('reads an edge list and its nodes table exported from a spreadsheet (CR line ends)', () => {
		const csv = spreadsheetCsv(tmp);
		const files = [csv.nodes, csv.edges].map((path) => ({ path, bytes: readFileSync(path) }));
		// As a spreadsheet saves them: CR-only line ends, no byte-order mark.
		for (const { bytes } of files) {
			expect(bytes.includes('\n')).toBe(false);
			expect(bytes.subarray(0, 3).toString()).toMatch(/^(Id|Sou)/);
		}
		const result = readInputs(files);
		expect(result.issues).toEqual([]);
		const [edges, nodes] = result.documents;
		expect(rawItems(nodes, 'actors') as Raw['actors']).toHaveLength(77);
		expect(rawItems(edges, 'ties') as Raw['ties']).toHaveLength(254);
		expect((rawItems(edges, 'ties') as Raw['ties'])[0]).toEqual({
			id: 'edge-1',
			parties: ['1', '0'],
			attributes: { weight: '1', cooccurrence: '1' }
		});
		expect((rawItems(edges, 'ties') as Raw['ties'])[1].attributes).toEqual({
			weight: '8',
			cooccurrence: '8'
		});
		expect((rawItems(nodes, 'actors') as Raw['actors'])[0]).toEqual({
			id: '11',
			names: [{ en: 'Valjean' }]
		});
		expect(edges.summary?.csv).toMatchObject({
			table: 'ties',
			kept: ['weight', 'cooccurrence'],
			dropped: [{ column: 'Type' }],
			generated: ['id']
		});
		// Lines counted across CR-only line ends: the last row is on the last line.
		expect(edges.locate(['ties', 253])).toEqual({ line: 255, column: 1 });
		expect(nodes.locate(['actors', 76])).toEqual({ line: 78, column: 1 });
	});

	it('reads networkx’s dynamic attributes: names over time, a status as a lifecycle', () => {
		const doc = read('networkx-status.gexf').documents[0];
		const raw = { actors: rawItems(doc, 'actors'), ties: rawItems(doc, 'ties') } as Raw;
		expect(raw.actors[1].names).toEqual([
			{ en: 'Old Beta', from: '1950-01-01', to: '1991-12-25' },
			{ en: 'Beta', from: '1991-12-26' }
		]);
		// The file draws its edges as arrows, which a foreign kind would follow.
		expect(raw.ties[0]).toEqual({
			directed: true,
			id: '0',
			kind: 'defense-treaty',
			parties: ['a', 'b'],
			signed: '1961-07-06',
			inForce: '1961-09-10',
			ended: { date: '1996-09-10', how: 'lapsed' }
		});
		expect(raw.ties[1]).toEqual({
			directed: true,
			id: '1',
			kind: 'arms-transfer',
			parties: ['b', 'c'],
			from: '2023-09-01',
			to: '2024-12-31',
			attributes: { volume: '3 2023-09-01..2023-12-31; 5 2024-01-01..' }
		});
		expect(doc.summary).toEqual({
			format: 'gexf',
			kept: ['volume'],
			notes: [
				'a name over time read as dated names (1×)',
				'"status" over time read as lifecycle dates (2×)'
			]
		});
	});

	it('reads open spell bounds as the day after the start and the day before the end', () => {
		const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="edge" mode="dynamic"><attribute id="s" title="status" type="string"/></attributes>
    <nodes>
      <node id="a"><spells><spell startopen="2001-02-28" endopen="2004-03-01"/></spells></node>
      <node id="b"/>
    </nodes>
    <edges>
      <edge id="e" source="a" target="b"><attvalues>
        <attvalue for="s" value="signed" start="2002-01-01" endopen="2002-06-01"/>
        <attvalue for="s" value="In Force" startopen="2002-05-31" end="2003-12-31"/>
        <attvalue for="s" value="Suspended" start="2003-01-01" end="2003-02-01"/>
        <attvalue for="s" value="terminated" startopen="2003-12-31"/>
      </attvalues></edge>
    </edges>
  </graph>
</gexf>`;
		const raw = readInputs([{ path: 'open.gexf', text }]).documents[0].data as Raw;
		expect(raw.actors[0].exists).toEqual({ from: '2001-03-01', to: '2004-02-29' });
		expect(raw.ties[0]).toMatchObject({
			signed: '2002-01-01',
			inForce: '2002-06-01',
			suspended: [{ from: '2003-01-01', to: '2003-02-01' }],
			ended: { date: '2003-12-31', how: 'terminated' }
		});
	});

	it('under the strict profile, lists what is missing at the line of each node', () => {
		const result = validateDocuments(read('les-miserables.gexf'));
		expect(result.ok).toBe(false);
		const issues = result.ok ? [] : result.issues;
		const text = readFileSync(`${SHARED}/les-miserables.gexf`, 'utf8');
		const firstNode = text.split('\n').findIndex((l) => l.includes('<node ')) + 1;
		expect(issues[0]).toMatchObject({
			file: `${SHARED}/les-miserables.gexf`,
			line: firstNode,
			path: 'actors[0].kind'
		});
	});

	it('a broken XML file is reported with its line', () => {
		const result = readInputs([
			{ path: 'bad.graphml', text: '<graphml>\n<graph>\n<node id="a>\n</graph></graphml>' }
		]);
		expect(result.documents).toEqual([]);
		expect(result.issues[0]).toMatchObject({ file: 'bad.graphml', line: 3, path: '(xml)' });
		expect(result.unreadable).toEqual([{ file: 'bad.graphml', reason: 'problem' }]);
	});
});
