import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { lowerBound } from '../../../src/lib/core/sorted.ts';
import { dayToIso, isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { validSynthetic } from '../../../bench/synthetic.ts';

const SMALL_YAML = `sources:
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
  - { id: PRK, kind: state, exists: { from: 1948-09-09 }, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
  - { id: CHN, kind: state, exists: { from: 1949-10-01 }, names: [{ en: China, ja: 中国 }], description: { en: C, ja: 中 }, sources: [s1] }
  - { id: USA, kind: state, names: [{ en: USA, ja: 米国 }], description: { en: U, ja: 米 }, sources: [s1] }
  - { id: KOR, kind: state, exists: { from: 1948-08-15 }, names: [{ en: ROK, ja: 韓国 }], description: { en: K, ja: 韓 }, sources: [s1] }
  - { id: unsc, kind: organisation, exists: { from: 1945-10-24 }, names: [{ en: UNSC, ja: 安保理 }], description: { en: U, ja: 安 }, sources: [s1] }
  - { id: panel, kind: organisation, exists: { from: 2009-06-12, to: 2024-04-30 }, names: [{ en: Panel, ja: パネル }], description: { en: P, ja: パ }, sources: [s1] }
ties:
  - { id: ussr-prk-1961, kind: defense-treaty, parties: [RUS, PRK], title: { en: Soviet–DPRK treaty, ja: ソ朝条約 }, confidence: confirmed, sources: [s1, { id: s1, locator: Art. 1 }, s2], signed: 1961-07-06, inForce: 1961-09-10, ended: { date: 1996-09, how: lapsed } }
  - { id: rus-prk-2024, kind: defense-treaty, parties: [RUS, PRK], title: { en: Russia–DPRK treaty, ja: 露朝条約 }, confidence: confirmed, sources: [s2], signed: 2024-06-19, inForce: 2024-12-04 }
  - { id: armistice, kind: agreement, parties: [USA, PRK, CHN], title: { en: Armistice, ja: 休戦協定 }, confidence: confirmed, sources: [s1], signed: 1953-07-27, inForce: 1953-07-27 }
  - { id: prk-rus-ammo, kind: arms-transfer, parties: [PRK, RUS], title: { en: Shells, ja: 砲弾 }, confidence: reported, sources: [s2], from: 2023-09, asOf: 2025 }
  - { id: kor-prk-2018, kind: agreement, parties: [KOR, PRK], title: { en: CMA, ja: 軍事合意 }, confidence: confirmed, sources: [s1], signed: 2018-09-19, suspended: [{ from: 2024-06-04 }] }
  - { id: rus-unsc, kind: membership, parties: [RUS, unsc], title: { en: Seat, ja: 議席 }, confidence: confirmed, sources: [s1], from: 1945-10-24 }
events:
  - { id: e-2024, date: 2024-06-19, kind: signing, actors: [RUS, PRK], ties: [rus-prk-2024], title: { en: Signing, ja: 署名 }, confidence: confirmed, sources: [s2] }
  - { id: e-1961, date: 1961-07, kind: signing, actors: [RUS, PRK], title: { en: Signing, ja: 署名 }, confidence: confirmed, sources: [s1] }
`;

const smallGraph = () =>
	new TemporalGraph(loadDatasetOrThrow([{ path: 'graph-data/x.yaml', text: SMALL_YAML }]));
const day = (iso: string) => isoToDay(iso)!;
const g = smallGraph();
const tiesAt = (iso: string) =>
	Object.fromEntries(g.at(day(iso)).ties.map((t) => [t.tie.id, t.status]));
const actorsAt = (iso: string) =>
	Object.fromEntries(g.at(day(iso)).actors.map((a) => [a.actor.id, a.name.en]));

describe('TemporalGraph.at', () => {
	it('the graph on 1995-06-01', () => {
		expect(tiesAt('1995-06-01')).toEqual({
			'ussr-prk-1961': 'in-force',
			armistice: 'in-force',
			'rus-unsc': 'active'
		});
		expect(actorsAt('1995-06-01')).toEqual({
			RUS: 'Russia',
			PRK: 'DPRK',
			CHN: 'China',
			USA: 'USA',
			KOR: 'ROK',
			unsc: 'UNSC'
		});
	});

	it('the graph on 1961-09-09 and 1961-09-10', () => {
		expect(tiesAt('1961-07-05')['ussr-prk-1961']).toBeUndefined();
		expect(tiesAt('1961-09-09')['ussr-prk-1961']).toBe('signed');
		expect(tiesAt('1961-09-10')['ussr-prk-1961']).toBe('in-force');
		expect(actorsAt('1961-09-10').RUS).toBe('USSR');
	});

	it('the graph in late 2024', () => {
		expect(tiesAt('2024-06-30')).toEqual({
			armistice: 'in-force',
			'rus-prk-2024': 'signed',
			'prk-rus-ammo': 'active',
			'kor-prk-2018': 'suspended',
			'rus-unsc': 'active'
		});
		expect(tiesAt('2024-12-04')['rus-prk-2024']).toBe('in-force');
		expect(actorsAt('2024-04-30').panel).toBe('Panel');
		expect(actorsAt('2024-05-01').panel).toBeUndefined();
	});

	it('before 1945 only the actors without a start exist', () => {
		expect(g.at(day('1940-01-01')).ties).toEqual([]);
		expect(Object.keys(actorsAt('1940-01-01')).sort()).toEqual(['RUS', 'USA']);
	});
});

describe('TemporalGraph.actorAt', () => {
	it('names RUS USSR until 1991-12-25 and Russia from 1991-12-26', () => {
		expect(g.actorAt('RUS', day('1991-12-25'))?.name.en).toBe('USSR');
		expect(g.actorAt('RUS', day('1991-12-25'))?.name.ja).toBe('ソ連');
		expect(g.actorAt('RUS', day('1991-12-26'))?.name.en).toBe('Russia');
		expect(g.actorAt('RUS', day('1991-12-26'))?.name.ja).toBe('ロシア');
	});
	it('is undefined before an actor exists, after it ends, and for an unknown id', () => {
		expect(g.actorAt('PRK', day('1948-09-08'))).toBeUndefined();
		expect(g.actorAt('PRK', day('1948-09-09'))?.name.en).toBe('DPRK');
		expect(g.actorAt('panel', day('2024-05-01'))).toBeUndefined();
		expect(g.actorAt('XXX', day('2000-01-01'))).toBeUndefined();
		expect(g.statusAt('XXX', day('2000-01-01'))).toBeUndefined();
	});
});

describe('TemporalGraph.diff', () => {
	const ids = (ties: { id: string }[]) => ties.map((t) => t.id).sort();
	it('renames RUS across 1991-12-25/26 and nothing else', () => {
		const d = g.diff(day('1991-12-25'), day('1991-12-26'));
		expect(d.renamedActors.map((r) => [r.actor.id, r.before.en, r.after.en])).toEqual([
			['RUS', 'USSR', 'Russia']
		]);
		expect([d.addedTies, d.removedTies, d.changedTies, d.addedActors, d.removedActors]).toEqual([
			[],
			[],
			[],
			[],
			[]
		]);
	});
	it('removes the 1961 treaty on 1996-10-01, not on 1996-09-30', () => {
		expect(g.diff(day('1996-09-29'), day('1996-09-30')).removedTies).toEqual([]);
		expect(ids(g.diff(day('1996-09-30'), day('1996-10-01')).removedTies)).toEqual([
			'ussr-prk-1961'
		]);
	});
	it('adds, changes and removes over a long step, and back again', () => {
		const d = g.diff(day('2024-04-30'), day('2024-12-04'));
		expect(d.addedTies.map((t) => [t.tie.id, t.status])).toEqual([['rus-prk-2024', 'in-force']]);
		expect(d.changedTies.map((c) => [c.tie.id, c.before, c.after])).toEqual([
			['kor-prk-2018', 'signed', 'suspended']
		]);
		expect(d.removedActors.map((a) => a.id)).toEqual(['panel']);
		const back = g.diff(day('2024-12-04'), day('2024-04-30'));
		expect(ids(back.removedTies)).toEqual(['rus-prk-2024']);
		expect(back.addedActors.map((a) => a.actor.id)).toEqual(['panel']);
		expect(back.changedTies.map((c) => [c.before, c.after])).toEqual([['suspended', 'signed']]);
	});
	it('is empty between a day and itself', () => {
		const d = g.diff(day('2024-12-04'), day('2024-12-04'));
		expect(d.addedTies.length + d.removedTies.length + d.changedTies.length).toBe(0);
	});
});

describe('TemporalGraph.over', () => {
	const over = (a: string, b: string) =>
		Object.fromEntries(
			g
				.over(day(a), day(b))
				.map((o) => [o.tie.id, [o.statuses.join('+'), o.beganInside, o.endedInside]])
		);
	it('flags ties that began or ended inside the range', () => {
		expect(over('1990-01-01', '2000-12-31')).toEqual({
			'ussr-prk-1961': ['in-force', false, true],
			armistice: ['in-force', false, false],
			'rus-unsc': ['active', false, false]
		});
		expect(over('1961-01-01', '1961-12-31')['ussr-prk-1961']).toEqual([
			'signed+in-force',
			true,
			false
		]);
		expect(over('2024-01-01', '2024-12-31')['rus-prk-2024']).toEqual([
			'signed+in-force',
			true,
			false
		]);
	});
	it('includes a tie on the boundary days of the range', () => {
		expect(over('1996-09-30', '1997-01-01')['ussr-prk-1961']).toEqual(['in-force', false, true]);
		expect(over('1996-10-01', '1997-01-01')['ussr-prk-1961']).toBeUndefined();
		expect(over('1950-01-01', '1953-07-27').armistice).toEqual(['in-force', true, false]);
	});
});

describe('TemporalGraph structure', () => {
	it('span runs from the earliest to the latest dated fact', () => {
		const span = g.span();
		expect(dayToIso(span.start)).toBe('1945-10-24');
		expect(dayToIso(span.end)).toBe('2025-12-31'); // asOf: 2025
	});
	it('turns a three-party agreement into three pairwise edges, a flow into a directed edge', () => {
		const keys = g.topology.edges().sort();
		expect(keys.filter((k) => k.startsWith('armistice'))).toEqual([
			'armistice#PRK-CHN',
			'armistice#USA-CHN',
			'armistice#USA-PRK'
		]);
		expect(g.topology.isDirected('prk-rus-ammo')).toBe(true);
		expect(g.topology.source('prk-rus-ammo')).toBe('PRK');
		expect(g.topology.target('prk-rus-ammo')).toBe('RUS');
		expect(g.topology.isUndirected('ussr-prk-1961')).toBe(true);
		expect(g.topology.getEdgeAttribute('armistice#USA-CHN', 'tie')).toBe('armistice');
		expect(g.topology.order).toBe(7);
		expect(g.topology.size).toBe(8);
	});
	it('sorts events by their first day and change days ascending', () => {
		expect(g.events.map((e) => e.id)).toEqual(['e-1961', 'e-2024']);
		const days = [...g.days];
		expect(days).toEqual([...days].sort((a, b) => a - b));
		expect(days).toContain(day('1991-12-26'));
		expect(days).toContain(day('1996-10-01'));
		expect(days.every(Number.isFinite)).toBe(true);
	});
	it('lowerBound finds the first element not below the value', () => {
		expect(lowerBound([1, 3, 3, 7], 3)).toBe(1);
		expect(lowerBound([1, 3, 3, 7], 4)).toBe(3);
		expect(lowerBound([1, 3, 3, 7], 8)).toBe(4);
		expect(lowerBound([], 0)).toBe(0);
	});
});

describe('TemporalGraph.steps', () => {
	it('builds, with pauses, the graph the constructor builds at once, and keeps it per dataset', () => {
		const data = validSynthetic(300, 3000);
		const steps = TemporalGraph.steps(data);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		const stepped = step.value;
		// One pause per 1,024 ties or actors at least: 3,300 of them.
		expect(pauses).toBeGreaterThanOrEqual(3);
		const whole = new TemporalGraph(data);
		expect([...stepped.days]).toEqual([...whole.days]);
		expect(stepped.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
		for (const iso of ['1950-01-01', '1975-06-01', '2000-01-01']) {
			const at = (graph: TemporalGraph) => {
				const s = graph.at(day(iso));
				return [s.actors.map((a) => a.actor.id), s.ties.map((t) => `${t.tie.id} ${t.status}`)];
			};
			expect(at(stepped)).toEqual(at(whole));
		}
		const diff = (graph: TemporalGraph) => graph.diff(day('1960-01-01'), day('1990-01-01'));
		expect(diff(whole).addedTies.length).toBeGreaterThan(0);
		expect(diff(stepped)).toEqual(diff(whole));
		// Kept: `of` and further steps give the same graph, at once.
		expect(TemporalGraph.of(data)).toBe(stepped);
		const again = TemporalGraph.steps(data).next();
		expect(again).toEqual({ done: true, value: stepped });
	});
});
