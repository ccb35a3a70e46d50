import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { LiveProjection } from '../../../src/lib/core/analysis/live-projection.ts';
import { measuresCsv } from '../../../src/lib/core/analysis/measures-csv.ts';
import type { MeasureRow } from '../../../src/lib/core/analysis/measures-tool.ts';
import { runTool } from '../../../src/lib/core/analysis/registry.ts';
import { parseStep, stepDays } from '../../../src/lib/core/analysis/step-days.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { dayToIso, isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { tinyGraph } from './tiny-graph.ts';

const day = (iso: string) => isoToDay(iso)!;

// A–B and B–C from 2000 (a line), D alone; from 2010 a second A–B tie, a three-party agreement
// B, C, D and a C→D arms flow; A ceases to exist at the end of 2014 but its ties go on.
const g = tinyGraph(
	[{ id: 'A', to: '2014' }, 'B', 'C', 'D'],
	[
		{ id: 'ab', parties: ['A', 'B'], from: '2000' },
		{ id: 'bc', parties: ['B', 'C'], from: '2000' },
		{ id: 'ab2', kind: 'agreement', parties: ['A', 'B'], signed: '2010', inForce: '2010' },
		{ id: 'bcd', kind: 'agreement', parties: ['B', 'C', 'D'], signed: '2010', inForce: '2010' },
		{ id: 'cd', kind: 'arms-transfer', parties: ['C', 'D'], from: '2010' }
	]
);
const measure = (params: Record<string, unknown>) => runTool(g, 'measures', params);
const at = (rows: MeasureRow[], date: string, actor: string) =>
	rows.find((r) => r.date === date && r.actor === actor);

describe('measures over time', () => {
	it('on a line with an isolated actor: values networkx gives (normalised)', () => {
		const { rows } = measure({ from: '2005-01-01', to: '2005-01-01' });
		expect(rows.map((r) => r.actor)).toEqual(['A', 'B', 'C', 'D']);
		// n = 4: B is on the one A–C path of (n−1)(n−2)/2 = 3 pairs.
		expect(at(rows, '2005-01-01', 'B')).toMatchObject({ degree: 2, betweenness: 1 / 3 });
		// A reaches 2 of 3 others at total distance 3: (2/3) × (2/3).
		expect(at(rows, '2005-01-01', 'A')!.closeness).toBeCloseTo(4 / 9, 15);
		expect(at(rows, '2005-01-01', 'B')!.closeness).toBeCloseTo(2 / 3, 15);
		expect(at(rows, '2005-01-01', 'D')).toMatchObject({ degree: 0, betweenness: 0, closeness: 0 });
	});

	it('counts a tie once per party and per kind; parallel ties do not change the projection', () => {
		const { rows, kinds } = measure({ from: '2012-01-01', to: '2012-01-01' });
		expect(kinds).toContain('arms-transfer');
		expect(at(rows, '2012-01-01', 'B')).toMatchObject({
			degree: 4,
			byKind: { 'diplomatic-relations': 2, agreement: 2, 'arms-transfer': 0 }
		});
		// C→D counts for both ends; the three-party tie once for D.
		expect(at(rows, '2012-01-01', 'D')).toMatchObject({
			degree: 2,
			byKind: { agreement: 1, 'arms-transfer': 1 }
		});
		// Projection: A–B, B–C, B–D, C–D. B is on A–C and A–D: 2 of the 3 pairs it is not in.
		expect(at(rows, '2012-01-01', 'B')!.betweenness).toBeCloseTo(2 / 3, 15);
		expect(at(rows, '2012-01-01', 'C')!.betweenness).toBe(0);
	});

	it('limits to the chosen kinds, with one column per chosen kind', () => {
		const r = measure({ from: '2012-01-01', to: '2012-01-01', kinds: ['agreement'] });
		expect(r.kinds).toEqual(['agreement']);
		expect(at(r.rows, '2012-01-01', 'C')).toEqual({
			date: '2012-01-01',
			actor: 'C',
			degree: 1,
			byKind: { agreement: 1 },
			betweenness: 0,
			closeness: 3 / 4
		});
	});

	it('steps by year, by month, by N months, from the start day without drift', () => {
		expect(measure({ from: '2000-01-31', to: '2000-04-30', step: 'month' }).dates).toEqual([
			'2000-01-31',
			'2000-02-29',
			'2000-03-31',
			'2000-04-30'
		]);
		expect(
			measure({ from: '2000-01-01', to: '2001-01-01', step: 'months', months: 5 }).dates
		).toEqual(['2000-01-01', '2000-06-01', '2000-11-01']);
		expect(measure({ from: '1999-06-01', to: '2001-06-01' }).dates).toEqual([
			'1999-06-01',
			'2000-06-01',
			'2001-06-01'
		]);
		expect(parseStep('year')).toBe(12);
		expect(parseStep('month')).toBe(1);
		expect(parseStep('3-months')).toBe(3);
		expect(parseStep('0-months')).toBeNull();
		expect(parseStep('weekly')).toBeNull();
		expect(() => stepDays(0, 10, 0)).toThrow(/months must be a whole number/);
	});

	it('an actor with no ties and no existence leaves; one that ceased but keeps ties stays', () => {
		const { rows } = measure({ from: '1999-06-01', to: '2016-06-01' });
		expect(at(rows, '1999-06-01', 'A')).toMatchObject({ degree: 0 });
		expect(at(rows, '2016-06-01', 'A')).toMatchObject({ degree: 2 });
		const gone = tinyGraph([{ id: 'A', to: '2001' }, 'B']);
		const r = runTool(gone, 'measures', { from: '2000-06-01', to: '2002-06-01' });
		expect(r.rows.map((x) => `${x.date} ${x.actor}`)).toEqual([
			'2000-06-01 A',
			'2000-06-01 B',
			'2001-06-01 A',
			'2001-06-01 B',
			'2002-06-01 B'
		]);
	});

	it('an empty graph gives no rows; a graph of one actor gives zeros', () => {
		expect(
			runTool(tinyGraph([]), 'measures', { from: '2000-01-01', to: '2002-01-01' }).rows
		).toEqual([]);
		expect(
			runTool(tinyGraph(['A']), 'measures', { from: '2000-01-01', to: '2000-01-01' }).rows
		).toMatchObject([{ actor: 'A', degree: 0, betweenness: 0, closeness: 0 }]);
	});

	it('writes CSV with names in force on each date and numbers in full', () => {
		const csv = measuresCsv(
			g,
			measure({ from: '2005-01-01', to: '2005-01-01', kinds: ['diplomatic-relations'] })
		);
		expect(csv.split('\r\n')).toEqual([
			'date,actor,name,degree,degree_diplomatic-relations,betweenness,closeness',
			'2005-01-01,A,A,1,1,0,0.4444444444444444',
			'2005-01-01,B,B,2,2,0.3333333333333333,0.6666666666666666',
			'2005-01-01,C,C,1,1,0,0.4444444444444444',
			'2005-01-01,D,D,0,0,0,0',
			''
		]);
	});

	it('rejects bad parameters naming the tool, the parameter and the problem', () => {
		expect(() => measure({ to: '2000-01-01' })).toThrow(
			'analysis/measures: from: give a start date'
		);
		expect(() => measure({ from: '2001-01-01', to: '2000-01-01' })).toThrow(
			'analysis/measures: to: the range is empty: 2001-01-01 is after 2000-01-01'
		);
		expect(() => measure({ from: '2000-01-01', to: '2001-01-01', step: 'week' })).toThrow(
			/^analysis\/measures: step: /
		);
		expect(() =>
			measure({ from: '2000-01-01', to: '2001-01-01', step: 'months', months: 0 })
		).toThrow(/^analysis\/measures: months: /);
		expect(() => measure({ from: '1000-01-01', to: '2000-01-01', step: 'month' })).toThrow(
			'analysis/measures: step: 12001 steps is too many (at most 5000); take a longer step'
		);
	});
});

describe('measures kept up to date by diffs', () => {
	it('equal the measures of a graph rebuilt at every step (bundled data, 1945–2025)', () => {
		const data = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
		const { rows, dates } = runTool(data, 'measures', { from: '1945-01-01', to: '2025-01-01' });
		expect(dates).toHaveLength(81);
		for (const date of dates) {
			const fresh = new LiveProjection();
			const snap = data.at(day(date));
			snap.actors.forEach((a) => fresh.addActor(a.actor.id));
			snap.ties.forEach((t) => fresh.addTie(t.tie));
			const expected = [...fresh.measure()].sort(([a], [b]) => (a < b ? -1 : 1));
			const got = rows.filter((r) => r.date === date);
			expect(got.map((r) => r.actor)).toEqual(expected.map(([id]) => id));
			for (const [i, [, m]] of expected.entries()) {
				expect(got[i].degree).toBe(m.degree);
				expect(got[i].betweenness).toBeCloseTo(m.betweenness, 12);
				expect(got[i].closeness).toBeCloseTo(m.closeness, 12);
			}
		}
		expect(dayToIso(day(dates[80]))).toBe('2025-01-01');
	});
});
