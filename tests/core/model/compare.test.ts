import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { compareDates } from '../../../src/lib/core/model/compare.ts';
import { rangeSnapshot } from '../../../src/lib/core/model/range.ts';
import { announceDiff } from '../../../src/lib/core/model/change-text.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const YAML = `sources:
  - { id: s1, title: S1, publisher: P, date: 2020, language: en, kind: news }
actors:
  - { id: RUS, kind: state, names: [{ to: 1991-12-25, en: USSR, ja: ソ連 }, { from: 1991-12-26, en: Russia, ja: ロシア }], description: { en: R, ja: ロ }, sources: [s1] }
  - { id: PRK, kind: state, names: [{ en: DPRK, ja: 北朝鮮 }], description: { en: D, ja: 北 }, sources: [s1] }
  - { id: CHN, kind: state, names: [{ en: China, ja: 中国 }], description: { en: C, ja: 中 }, sources: [s1] }
  - { id: KOR, kind: state, names: [{ en: ROK, ja: 韓国 }], description: { en: K, ja: 韓 }, sources: [s1] }
ties:
  - { id: ussr-prk, kind: defense-treaty, parties: [RUS, PRK], title: { en: Soviet–DPRK treaty, ja: ソ朝条約 }, confidence: confirmed, sources: [s1], signed: 1961-07-06, inForce: 1961-09-10, ended: { date: 1996-09-10, how: lapsed } }
  - { id: chn-prk, kind: defense-treaty, parties: [CHN, PRK], title: { en: Sino–DPRK treaty, ja: 中朝条約 }, confidence: confirmed, sources: [s1], signed: 1961-07-11, inForce: 1961-09-10 }
  - { id: rus-prk-2024, kind: defense-treaty, parties: [RUS, PRK], title: { en: Russia–DPRK treaty, ja: 露朝条約 }, confidence: confirmed, sources: [s1], signed: 2024-06-19, inForce: 2024-12-04 }
  - { id: short, kind: arms-transfer, parties: [RUS, KOR], title: { en: Short flow, ja: 短期 }, confidence: reported, sources: [s1], from: 1995-02, to: 1995-05 }
  - { id: kor-prk, kind: agreement, parties: [KOR, PRK], title: { en: CMA, ja: 軍事合意 }, confidence: confirmed, sources: [s1], signed: 2018-09-19, suspended: [{ from: 2024-06-04 }] }
events: []
`;
const g = new TemporalGraph(loadDatasetOrThrow([{ path: 'graph-data/x.yaml', text: YAML }]));
const day = (iso: string) => isoToDay(iso)!;
const ids = (list: { tie: { id: string } }[]) => list.map((c) => c.tie.id).sort();

describe('compareDates', () => {
	it('lists additions, removals and status changes between two dates', () => {
		const c = compareDates(g, day('1995-06-01'), day('2024-07-01'));
		expect(ids(c.added)).toEqual(['kor-prk', 'rus-prk-2024']);
		expect(c.added.find((x) => x.tie.id === 'rus-prk-2024')?.after).toBe('signed');
		expect(ids(c.removed)).toEqual(['ussr-prk']);
		expect(c.removed[0].before).toBe('in-force');
		expect(c.changed).toEqual([]);
		expect(c.ties.find((x) => x.tie.id === 'chn-prk')?.change).toBe('same');
		// A tie that started and ended between A and B is in neither snapshot: not a change.
		expect(c.ties.map((x) => x.tie.id)).not.toContain('short');
	});

	it('sees a status change (signed → in force, signed → suspended)', () => {
		const c = compareDates(g, day('2024-07-01'), day('2024-12-10'));
		expect(c.changed.map((x) => [x.tie.id, x.before, x.after])).toEqual([
			['rus-prk-2024', 'signed', 'in-force']
		]);
		const d = compareDates(g, day('2020-01-01'), day('2024-07-01'));
		expect(d.changed.map((x) => [x.tie.id, x.before, x.after])).toEqual([
			['kor-prk', 'signed', 'suspended']
		]);
	});

	it('keeps actors that only exist at A', () => {
		const c = compareDates(g, day('1990-01-01'), day('1995-01-01'));
		expect(c.actors.map((a) => a.actor.id).sort()).toEqual(['CHN', 'KOR', 'PRK', 'RUS']);
	});

	it('is the inverse when A and B swap', () => {
		const ab = compareDates(g, day('1995-06-01'), day('2024-07-01'));
		const ba = compareDates(g, day('2024-07-01'), day('1995-06-01'));
		expect(ids(ba.removed)).toEqual(ids(ab.added));
		expect(ids(ba.added)).toEqual(ids(ab.removed));
	});
});

describe('rangeSnapshot', () => {
	it('holds a tie that started and ended inside the range, marked both ways', () => {
		const r = rangeSnapshot(g, day('1994-01-01'), day('1997-01-01'));
		const byId = Object.fromEntries(r.ties.map((t) => [t.tie.id, t]));
		expect(Object.keys(byId).sort()).toEqual(['chn-prk', 'short', 'ussr-prk']);
		expect(byId.short).toMatchObject({ beganInside: true, endedInside: true, status: 'active' });
		expect(byId['ussr-prk']).toMatchObject({
			beganInside: false,
			endedInside: true,
			status: 'in-force'
		});
		expect(byId['chn-prk']).toMatchObject({ beganInside: false, endedInside: false });
	});

	it('counts boundary days as inside: a tie ending on the first day is there', () => {
		const r = rangeSnapshot(g, day('1996-09-10'), day('1996-12-31'));
		expect(r.ties.map((t) => t.tie.id)).toContain('ussr-prk');
		const after = rangeSnapshot(g, day('1996-09-11'), day('1996-12-31'));
		expect(after.ties.map((t) => t.tie.id)).not.toContain('ussr-prk');
	});

	it('takes the status on the last day of the range', () => {
		const r = rangeSnapshot(g, day('2024-01-01'), day('2024-12-31'));
		const t = r.ties.find((x) => x.tie.id === 'rus-prk-2024')!;
		expect(t.status).toBe('in-force');
		expect(t.statuses).toEqual(['signed', 'in-force']);
	});

	it('accepts its ends in either order', () => {
		const a = rangeSnapshot(g, day('1997-01-01'), day('1994-01-01'));
		expect(a.ties.map((t) => t.tie.id)).toContain('short');
	});
});

describe('announceDiff', () => {
	it('says what lapsed, in English and Japanese', () => {
		const diff = g.diff(day('1996-09-10'), day('1996-09-11'));
		expect(announceDiff(diff, 'en')).toBe('11 Sep 1996 — Soviet–DPRK treaty lapsed');
		expect(announceDiff(diff, 'ja')).toBe('1996年9月11日 — ソ朝条約が失効');
	});
	it('says when nothing changed, and names status changes', () => {
		expect(announceDiff(g.diff(day('2000-01-01'), day('2000-02-01')), 'en')).toBe(
			'1 Feb 2000: no change in ties'
		);
		expect(announceDiff(g.diff(day('2024-12-03'), day('2024-12-04')), 'en')).toBe(
			'4 Dec 2024 — Russia–DPRK treaty: Signed, not yet in force → In force'
		);
	});
});
