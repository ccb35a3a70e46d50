import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { snapshotJson } from '../../../src/lib/core/model/snapshot-contract.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { isDirectedKind } from '../../../src/lib/core/schema/index.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const YAML = `sources:
  - { id: s1, title: S1, publisher: P, date: 2020, language: en, kind: news }
  - { id: s2, title: S2, publisher: P, date: 2021, language: en, kind: news }
actors:
  - id: RUS
    kind: state
    names:
      - { to: 1991-12-25, en: USSR, ja: ソ連 }
      - { from: 1991-12-26, en: Russia, ja: ロシア }
    description: { en: R, ja: ロ }
    sources: [s1]
  - { id: PRK, kind: state, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
  - { id: unsc, kind: organisation, names: [{ en: UN Security Council, ja: 国連安保理 }], description: { en: U, ja: 安 }, sources: [s1] }
ties:
  - { id: treaty, kind: defense-treaty, parties: [RUS, PRK], title: { en: Treaty, ja: 条約 }, confidence: confirmed, sources: [s2, { id: s1, locator: Art. 4 }, s2], signed: 2024-06-19, inForce: 2024-12-04 }
  - { id: shells, kind: arms-transfer, parties: [PRK, RUS], title: { en: Shells, ja: 砲弾 }, confidence: reported, sources: [s1], from: 2023-09 }
  - { id: sanctions, kind: sanctions, parties: [unsc, PRK], title: { en: Sanctions, ja: 制裁 }, confidence: confirmed, sources: [s1], from: 2006-10-14 }
`;
const graph = new TemporalGraph(loadDatasetOrThrow([{ path: 'graph-data/x.yaml', text: YAML }]));
const snap = (iso: string, lang: 'en' | 'ja' = 'en') =>
	snapshotJson(graph.at(isoToDay(iso)!), lang);

describe('snapshotJson', () => {
	it('has exactly the contract fields', () => {
		const s = snap('2024-06-19');
		expect(Object.keys(s).sort()).toEqual(['at', 'nodes', 'ties']);
		expect(s.at).toBe('2024-06-19');
		for (const n of s.nodes) expect(Object.keys(n).sort()).toEqual(['id', 'kind', 'label']);
		for (const t of s.ties)
			expect(Object.keys(t).sort()).toEqual([
				'id',
				'kind',
				'parties',
				'sources',
				'status',
				'title'
			]);
	});

	it('gives the full snapshot with English labels', () => {
		expect(snap('2024-06-19')).toEqual({
			at: '2024-06-19',
			nodes: [
				{ id: 'RUS', kind: 'state', label: 'Russia' },
				{ id: 'PRK', kind: 'state', label: 'DPRK' },
				{ id: 'unsc', kind: 'organisation', label: 'UN Security Council' }
			],
			ties: [
				{
					id: 'treaty',
					kind: 'defense-treaty',
					parties: ['RUS', 'PRK'],
					status: 'signed',
					title: 'Treaty',
					sources: ['s2', 's1']
				},
				{
					id: 'shells',
					kind: 'arms-transfer',
					parties: ['PRK', 'RUS'],
					status: 'active',
					title: 'Shells',
					sources: ['s1']
				},
				{
					id: 'sanctions',
					kind: 'sanctions',
					parties: ['unsc', 'PRK'],
					status: 'active',
					title: 'Sanctions',
					sources: ['s1']
				}
			]
		});
	});

	it('gives Japanese labels and titles with lang ja, and the name at the day', () => {
		const s = snap('1990-01-01', 'ja');
		expect(s.nodes.find((n) => n.id === 'RUS')?.label).toBe('ソ連');
		expect(snap('2024-12-04', 'ja').ties.map((t) => [t.id, t.title, t.status])).toEqual([
			['treaty', '条約', 'in-force'],
			['shells', '砲弾', 'active'],
			['sanctions', '制裁', 'active']
		]);
	});

	it('lists only ties that exist at the day', () => {
		expect(snap('2023-08-31').ties.map((t) => t.id)).toEqual(['sanctions']);
		expect(snap('2006-10-13').ties).toEqual([]);
	});

	it('is plain JSON: it survives a round trip unchanged', () => {
		const s = snap('2024-12-04');
		expect(JSON.parse(JSON.stringify(s))).toEqual(s);
	});
});

describe('snapshotJson on the bundled dataset', () => {
	const real = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
	const days = [
		'1950-06-25',
		'1961-09-10',
		'1991-12-26',
		'1995-06-01',
		'2006-10-14',
		'2024-06-19',
		'2024-12-04',
		'2025-06-01'
	];
	const allowed = ['signed', 'in-force', 'suspended', 'active'];

	it.each(days)(
		'%s: sources never empty, statuses valid, directed parties are [from, to]',
		(iso) => {
			const s = snapshotJson(real.at(isoToDay(iso)!), 'en');
			expect(s.at).toBe(iso);
			expect(s.ties.length).toBeGreaterThan(0);
			const nodeIds = new Set(s.nodes.map((n) => n.id));
			for (const t of s.ties) {
				const tie = real.tiesById.get(t.id)!;
				expect(t.sources.length, t.id).toBeGreaterThan(0);
				expect(new Set(t.sources).size, t.id).toBe(t.sources.length);
				expect(allowed, t.id).toContain(t.status);
				expect(t.parties).toEqual(tie.parties);
				if (isDirectedKind(tie.kind)) {
					expect(t.parties, t.id).toHaveLength(2);
					expect(t.status, t.id).toBe('active');
				}
				for (const p of t.parties)
					expect(nodeIds.has(p), `${t.id} party ${p} exists on ${iso}`).toBe(true);
			}
		}
	);

	it('labels RUS USSR on 1991-12-25 and Russia / ロシア on 1991-12-26', () => {
		const label = (iso: string, lang: 'en' | 'ja') =>
			snapshotJson(real.at(isoToDay(iso)!), lang).nodes.find((n) => n.id === 'RUS')?.label;
		expect(label('1991-12-25', 'en')).toBe('USSR');
		expect(label('1991-12-26', 'en')).toBe('Russia');
		expect(label('1991-12-26', 'ja')).toBe('ロシア');
	});
});
