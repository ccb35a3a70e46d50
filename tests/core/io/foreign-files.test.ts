import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocuments } from '../../../src/lib/core/io/load.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';

// Real files from other tools: Gephi Lite's samples in ../shared/fixtures, and a networkx file
// (tests/fixtures/foreign/README.md says where each comes from).
const OWN = 'tests/fixtures/foreign';
// Gephi Lite's sample files are shared beside the project, not copied into it.
const SHARED = '../shared/fixtures';
const dirOf = (name: string) => (name.startsWith('networkx') ? OWN : SHARED);
const read = (name: string) =>
	readInputs([{ path: `${dirOf(name)}/${name}`, bytes: readFileSync(`${dirOf(name)}/${name}`) }]);
type Raw = { actors: Record<string, unknown>[]; ties: Record<string, unknown>[] };

describe('foreign graph files', () => {
	it.each([
		['les-miserables.gexf', 77, 254],
		['airlines.graphml', 235, 2101],
		['networkx-dynamic.gexf', 3, 2]
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
