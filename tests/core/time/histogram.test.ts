import { describe, expect, it } from 'vitest';
import type { Event } from '../../../src/lib/core/schema/event.ts';
import type { Tie } from '../../../src/lib/core/schema/tie.ts';
import { binUnitFor, histogram, periodStart, total } from '../../../src/lib/core/time/histogram.ts';
import { ticks } from '../../../src/lib/core/time/ticks.ts';
import { dayToIso, isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { tieExtent } from '../../../src/lib/core/time/lifecycle.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { bundledGraph } from '../../support/browser.ts';
import { validSynthetic } from '../../../bench/synthetic.ts';

const day = (iso: string) => isoToDay(iso)!;
const base = { title: { en: 'T', ja: 'T' }, confidence: 'confirmed' as const, sources: ['s'] };
const tie = (t: Partial<Tie> & Pick<Tie, 'id' | 'kind'>): Tie =>
	({ parties: ['A', 'B'], ...base, ...t }) as Tie;
const event = (id: string, date: string): Event =>
	({ id, date, kind: 'summit', actors: ['A'], ...base }) as Event;

const ties = [
	tie({
		id: 't1',
		kind: 'defense-treaty',
		signed: '1961-07-06',
		ended: { date: '1996-09', how: 'lapsed' }
	}),
	tie({ id: 't2', kind: 'arms-transfer', from: '1961', to: '1961-12-31' }),
	tie({ id: 't3', kind: 'agreement', signed: '1996-09-30' }),
	tie({ id: 'open', kind: 'sanctions', from: '2006-10-14' })
];
const events = [event('e1', '1961-07'), event('e2', '1996-09-10'), event('e3', '2006')];

describe('histogram', () => {
	it('bins by year: starts and ends by kind, events per year', () => {
		const bins = histogram(ties, events, day('1960-01-01'), day('2010-12-31'), 'year');
		expect(bins).toHaveLength(51);
		const y = (year: number) => bins.find((b) => dayToIso(b.start) === `${year}-01-01`)!;
		expect(y(1961).starts['defense-treaty']).toBe(1);
		expect(y(1961).starts['arms-transfer']).toBe(1);
		// A tie that starts and ends in the same period counts in both.
		expect(y(1961).ends['arms-transfer']).toBe(1);
		expect(y(1961).events).toBe(1);
		// A partial end date lasts to the end of its period: `1996-09` ends on 30 Sep 1996.
		expect(y(1996).ends['defense-treaty']).toBe(1);
		expect(y(1996).starts.agreement).toBe(1);
		// An open tie has no end.
		expect(total(y(2006).starts)).toBe(1);
		expect(bins.reduce((n, b) => n + total(b.ends), 0)).toBe(2);
		expect(bins.reduce((n, b) => n + b.events, 0)).toBe(3);
	});

	it('bins by month, with whole calendar months at the window edges', () => {
		const bins = histogram(ties, events, day('1996-08-15'), day('1996-10-10'), 'month');
		expect(bins.map((b) => dayToIso(b.start))).toEqual(['1996-08-01', '1996-09-01', '1996-10-01']);
		expect(dayToIso(bins[1].end)).toBe('1996-09-30');
		expect(bins[1].ends['defense-treaty']).toBe(1);
		expect(bins[1].starts.agreement).toBe(1);
		expect(bins[1].events).toBe(1);
		expect(total(bins[0].starts) + total(bins[2].starts)).toBe(0);
	});

	it('ignores what falls outside the window', () => {
		const bins = histogram(ties, events, day('1970-01-01'), day('1979-12-31'), 'year');
		expect(bins.every((b) => total(b.starts) + total(b.ends) + b.events === 0)).toBe(true);
	});

	it('bins by decade from the decade start', () => {
		const bins = histogram(ties, events, day('1961-01-01'), day('2000-01-01'), 'decade');
		expect(bins.map((b) => dayToIso(b.start).slice(0, 4))).toEqual([
			'1960',
			'1970',
			'1980',
			'1990',
			'2000'
		]);
		expect(bins[0].starts['defense-treaty']).toBe(1);
		expect(periodStart(day('1999-12-31'), 'decade')).toBe(day('1990-01-01'));
	});

	it('counts a tie on the first and last day of the bins, and none outside them or undated', () => {
		const edge = [
			tie({ id: 'first', kind: 'arms-transfer', from: '1970-01-01', to: '1979-12-31' }),
			tie({ id: 'before', kind: 'arms-transfer', from: '1969-12-31', to: '1980-01-01' }),
			tie({ id: 'undated', kind: 'sanctions' })
		];
		const bins = histogram(edge, [], day('1970-06-01'), day('1979-06-01'), 'year');
		expect(bins.map((b) => [total(b.starts), total(b.ends)])).toEqual([
			[1, 0],
			...Array.from({ length: 8 }, () => [0, 0]),
			[0, 1]
		]);
		expect(histogram([], [], day('1970-06-01'), day('1970-06-01'), 'month')).toHaveLength(1);
	});

	it('chooses years for long windows and months for short ones', () => {
		expect(binUnitFor(365 * 80)).toBe('year');
		expect(binUnitFor(365 * 3)).toBe('month');
	});
});

describe('histogram from a graph', () => {
	it("counts the same with the graph's own extents as with each tie's dates read again", () => {
		for (const graph of [bundledGraph(), new TemporalGraph(validSynthetic(300, 1500))]) {
			const own = graph.extents;
			for (const [i, t] of graph.data.ties.entries()) {
				expect(graph.extentOf(t.id), t.id).toEqual(tieExtent(t));
				expect({ start: own.start[i], end: own.end[i] }, t.id).toEqual(tieExtent(t));
				expect(own.kinds[own.kind[i]], t.id).toBe(t.kind);
			}
			const { start, end } = graph.span();
			for (const unit of ['month', 'year', 'decade'] as const) {
				const read = histogram(graph.data.ties, graph.events, start, end, unit);
				expect(histogram(graph.data.ties, graph.events, start, end, unit, own)).toEqual(read);
				expect(read.reduce((n, b) => n + total(b.starts), 0)).toBeGreaterThan(0);
			}
		}
	});
});

describe('ticks', () => {
	it('labels decades over the whole span, years when zoomed, months within a year', () => {
		const wide = ticks(day('1945-01-01'), day('2026-01-01'), 1000, 'en');
		expect(wide.map((t) => t.label)).toContain('1950');
		expect(wide.every((t) => Number(t.label) % 10 === 0)).toBe(true);
		const decade = ticks(day('1990-01-01'), day('2000-01-01'), 1000, 'en');
		expect(decade.map((t) => t.label)).toContain('1995');
		const year = ticks(day('1996-01-01'), day('1996-12-31'), 1000, 'ja');
		expect(year.map((t) => t.label)).toEqual([
			'1996年',
			'2月',
			'3月',
			'4月',
			'5月',
			'6月',
			'7月',
			'8月',
			'9月',
			'10月',
			'11月',
			'12月'
		]);
	});
});
