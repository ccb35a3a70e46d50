import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../src/lib/core/export/csv.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { writeSvg } from '../../../src/lib/core/export/image/svg.ts';
import { ScopeError, selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../../src/lib/core/export/tieline-json.ts';
import { shownKinds } from '../../../src/lib/core/filters/tie-filter.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { datasetManifest } from '../../../src/lib/core/io/manifest.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { decodeViewSpec } from '../../../src/lib/core/view/url-decode.ts';
import { encodeViewSpec } from '../../../src/lib/core/view/url-encode.ts';
import { ViewModel } from '../../../src/lib/core/view/view-model.ts';
import { defaultSpec, type ViewSpec } from '../../../src/lib/core/view/view-spec.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

// A dataset as another tool might write it: its own kinds, one language, no sources.
const TEXT = `actors:
  - { id: a, names: [{ en: Aland }] }
  - { id: b, names: [{ en: Borduria }], population: 812000 }
  - { id: c, names: [{ ja: カルパチア }] }
ties:
  - { id: t1, kind: trade, parties: [a, b], from: 1990, weight: 3.5 }
  - { id: t2, kind: Alliance, parties: [b, c], from: 1995-06, directed: true }
  - { id: t3, kind: trade, parties: [a, c], from: 2001 }
`;
const loaded = loadDataset([{ path: 'foreign.yaml', text: TEXT }], { profile: 'relaxed' });
if (!loaded.ok) throw new Error(loaded.issues[0].message);
const graph = new TemporalGraph(loaded.value);
const kinds = datasetManifest(loaded.value).kinds.map((k) => k.kind);
const hidingTrade: ViewSpec = {
	...defaultSpec('2005-01-01'),
	filter: { hiddenKinds: ['trade'], minConfidence: 'alleged', hiddenActors: [] }
};

describe('a foreign kind through the view', () => {
	it('is hidden and shown by the kind filter', () => {
		expect(kinds).toEqual(['Alliance', 'trade']);
		const all = new ViewModel(graph, defaultSpec('2005-01-01'));
		expect(all.ties.map((t) => t.tie.id).sort()).toEqual(['t1', 't2', 't3']);
		const vm = new ViewModel(graph, hidingTrade);
		expect(vm.ties.map((t) => t.tie.id)).toEqual(['t2']);
		expect(vm.passes(graph.tiesById.get('t1')!)).toBe(false);
		expect(shownKinds(hidingTrade.filter, kinds)).toEqual(['Alliance']);
	});

	it('goes into a link and back; a kind the data does not have is reported', () => {
		const search = encodeViewSpec(hidingTrade);
		expect(new URLSearchParams(search).get('hide')).toBe('trade');
		const ctx = {
			defaults: defaultSpec('2005-01-01'),
			span: { start: isoToDay('1990-01-01')!, end: isoToDay('2025-01-01')! },
			kindOf: () => null,
			kinds
		};
		const back = decodeViewSpec(search, ctx);
		expect(back.problems).toEqual([]);
		expect(back.spec.filter.hiddenKinds).toEqual(['trade']);
		const bad = decodeViewSpec('?at=2005-01-01&hide=trade,membership', ctx);
		expect(bad.spec.filter.hiddenKinds).toEqual(['trade']);
		expect(bad.problems).toEqual([
			{ param: 'hide', value: 'membership', reason: 'unknown-id', shown: '—' }
		]);
	});

	it('is written by every export, with the view’s filter, and the missing sources noted', () => {
		const scope = selectScope(graph, {
			at: isoToDay('2005-01-01')!,
			kinds: shownKinds(hidingTrade.filter, kinds)
		});
		expect(scope.ties.map((t) => t.tie.id)).toEqual(['t2']);

		const gexf = writeGexf(scope);
		expect(gexf).toContain('<attvalue for="kind" value="Alliance"/>');
		expect(gexf).toContain('<attvalue for="no_source" value="true"/>');
		expect(gexf).toContain('<attvalue for="population" value="812000"/>');

		const graphml = writeGraphml(scope);
		expect(graphml).toContain('<data key="e_kind">Alliance</data>');
		expect(graphml).toContain('attr.name="population" attr.type="int"');

		const everything = selectScope(graph, {});
		const csv = writeCsv(everything, { bom: false });
		const [head, ...rows] = csv.ties.trim().split('\r\n');
		expect(head.split(',').slice(-2)).toEqual(['no_source', 'weight']);
		expect(rows.find((r) => r.startsWith('t1,'))).toMatch(/,trade,.*,true,3\.5$/);
		expect(csv.nodes.split('\r\n')[0].split(',').slice(-2)).toEqual(['no_source', 'population']);

		const svg = writeSvg(scope, {
			lang: 'ja',
			width: 800,
			height: 600,
			background: '#fff',
			title: '',
			caption: true,
			legend: true,
			footnotes: true
		});
		expect(svg).toContain('>Alliance</text>');
		expect(svg).toContain('<desc>出典なし：関係 1 件、主体 3 件</desc>');
		expect(svg).toContain(`stroke="${datasetManifest(loaded.value).kinds[0].colour}"`);
	});

	it('comes back from Tieline’s own JSON under the relaxed profile, attributes and all', () => {
		const json = writeTielineJson(selectScope(graph, {}));
		const back = loadDataset([{ path: 'back.json', text: json }], { profile: 'relaxed' });
		expect(back.ok ? [] : back.issues).toEqual([]);
		if (!back.ok) return;
		const { origins: _origins, profile, ...data } = back.value;
		expect(profile).toBe('relaxed');
		expect(data.ties).toEqual(loaded.value.ties);
		expect(data.actors).toEqual(loaded.value.actors);
	});

	it('an export asked for a kind the data does not have names the kinds it has', () => {
		expect(() => selectScope(graph, { kinds: ['tarde'] })).toThrow(ScopeError);
		expect(() => selectScope(graph, { kinds: ['tarde'] })).toThrow(/"tarde".*Alliance, trade/);
	});
});
