import { describe, expect, it } from 'vitest';
import { dyadTimeline, dyadTool } from '../../../src/lib/core/analysis/dyad-tool.ts';
import { parseParams } from '../../../src/lib/core/analysis/tool.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { NO_FILTER } from '../../../src/lib/core/view/view-spec.ts';
import { tinyGraph } from './tiny-graph.ts';

const day = (iso: string) => isoToDay(iso)!;

// A and B: relations from 1948 (a year), a treaty signed 1961-07-06 in force 1961-09 that lapsed
// in 1996 with a suspension in 1990–1991, a treaty signed and not yet in force, an open arms flow
// last reported in Oct 2024 (alleged), and a closed one. C is joined to A only; D to nobody.
const g = tinyGraph(
	['A', 'B', 'C', 'D'],
	[
		{ id: 'rel', parties: ['A', 'B'], from: '1948' },
		{
			id: 'pact',
			kind: 'defense-treaty',
			parties: ['A', 'B'],
			signed: '1961-07-06',
			inForce: '1961-09',
			suspended: [{ from: '1990', to: '1991-06' }],
			ended: { date: '1996-09-10', how: 'lapsed' }
		},
		{ id: 'new-pact', kind: 'defense-treaty', parties: ['B', 'A'], signed: '2024-06-19' },
		{
			id: 'shells',
			kind: 'arms-transfer',
			parties: ['B', 'A'],
			from: '2023-08',
			asOf: '2024-10',
			confidence: 'alleged'
		},
		{ id: 'old-arms', kind: 'arms-transfer', parties: ['A', 'B'], from: '1950', to: '1953-07' },
		{ id: 'ac', kind: 'agreement', parties: ['A', 'C'], signed: '2000', inForce: '2000' },
		{ id: 'abc', kind: 'agreement', parties: ['A', 'B', 'C'], signed: '2010', inForce: '2011' }
	]
);
const dyad = (a: string, b: string, kinds: string[] = []) =>
	dyadTimeline(g, parseParams(dyadTool, { a, b, kinds }));

describe('dyad timeline', () => {
	it('gives one lane per tie between the two, in order of time, multi-party ties included', () => {
		const r = dyad('A', 'B');
		expect(r.lanes.map((l) => l.tie.id)).toEqual([
			'rel',
			'old-arms',
			'pact',
			'abc',
			'shells',
			'new-pact'
		]);
		expect(r.lanes.find((l) => l.tie.id === 'abc')!.with).toEqual(['B', 'C']);
		expect(r.extent).toEqual({ start: day('1948-01-01'), end: day('2024-10-31') });
	});

	it('splits a treaty into its phases, each with the written dates it begins and ends with', () => {
		const pact = dyad('A', 'B').lanes.find((l) => l.tie.id === 'pact')!;
		expect(pact.phases.map((p) => [p.status, p.from?.iso, p.to?.iso])).toEqual([
			['signed', '1961-07-06', '1961-09'],
			['in-force', '1961-09', '1990'],
			['suspended', '1990', '1991-06'],
			['in-force', '1991-06', '1996-09-10']
		]);
		const [signed, inForce, suspended, resumed] = pact.phases;
		expect(signed.end).toBe(day('1961-08-31'));
		expect(inForce.start).toBe(day('1961-09-01'));
		expect(suspended.start).toBe(day('1990-01-01'));
		expect(suspended.end).toBe(day('1991-06-30'));
		expect(resumed.start).toBe(day('1991-07-01'));
		expect(resumed.end).toBe(day('1996-09-10'));
	});

	it('keeps the precision of each date: a year or a month is a stretch of days', () => {
		const r = dyad('A', 'B');
		const rel = r.lanes.find((l) => l.tie.id === 'rel')!;
		expect(rel.dates).toEqual([
			{
				role: 'from',
				iso: '1948',
				precision: 'year',
				first: day('1948-01-01'),
				last: day('1948-12-31')
			}
		]);
		const inForce = r.lanes
			.find((l) => l.tie.id === 'pact')!
			.dates.find((d) => d.role === 'in-force')!;
		expect([inForce.precision, inForce.first, inForce.last]).toEqual([
			'month',
			day('1961-09-01'),
			day('1961-09-30')
		]);
		expect(rel.phases).toEqual([
			expect.objectContaining({ status: 'active', start: day('1948-01-01'), end: Infinity })
		]);
		expect(rel.phases[0].to).toBeUndefined();
	});

	it('marks an open flow "last reported", and neither a closed flow nor an open relation', () => {
		const lanes = dyad('A', 'B').lanes;
		const shells = lanes.find((l) => l.tie.id === 'shells')!;
		expect(shells.lastReported).toMatchObject({ iso: '2024-10', last: day('2024-10-31') });
		expect(shells.phases[0].end).toBe(Infinity);
		expect(lanes.find((l) => l.tie.id === 'old-arms')!.lastReported).toBeUndefined();
		expect(lanes.find((l) => l.tie.id === 'rel')!.lastReported).toBeUndefined();
		// Signed and never in force: one open "signed" phase, not an empty in-force one.
		expect(lanes.find((l) => l.tie.id === 'new-pact')!.phases).toEqual([
			expect.objectContaining({ status: 'signed', end: Infinity })
		]);
	});

	it('with * lists every tie of the actor, grouped by the other party', () => {
		const r = dyad('A', '*');
		expect(r.lanes.map((l) => l.tie.id)).toEqual([
			'rel',
			'old-arms',
			'pact',
			'shells',
			'new-pact',
			'abc',
			'ac'
		]);
		expect(dyad('C', '*').lanes.map((l) => l.with)).toEqual([['A'], ['A', 'B']]);
	});

	it('limits to kinds, and follows the filter: confidence and actors taken out', () => {
		expect(dyad('A', 'B', ['arms-transfer']).lanes.map((l) => l.tie.id)).toEqual([
			'old-arms',
			'shells'
		]);
		const p = parseParams(dyadTool, { a: 'A', b: 'B' });
		const reported = dyadTimeline(g, p, { ...NO_FILTER, minConfidence: 'reported' });
		expect(reported.lanes.map((l) => l.tie.id)).not.toContain('shells');
		const noRelations = dyadTimeline(g, p, { ...NO_FILTER, hiddenKinds: ['diplomatic-relations'] });
		expect(noRelations.lanes.map((l) => l.tie.id)).not.toContain('rel');
		const withoutC = dyadTimeline(g, parseParams(dyadTool, { a: 'A', b: '*' }), {
			...NO_FILTER,
			hiddenActors: ['C']
		});
		expect(withoutC.lanes.map((l) => l.tie.id)).not.toContain('ac');
		expect(withoutC.lanes.map((l) => l.tie.id)).not.toContain('abc');
	});

	it('an actor with no ties, or an empty graph: no lanes and no extent', () => {
		expect(dyad('A', 'D')).toEqual({ a: 'A', b: 'D', lanes: [], events: [], extent: null });
		expect(dyad('D', '*').lanes).toEqual([]);
		const empty = tinyGraph(['X', 'Y']);
		expect(dyadTimeline(empty, parseParams(dyadTool, { a: 'X', b: 'Y' })).extent).toBeNull();
	});

	it('rejects an unknown actor or the same actor twice, naming the tool and the parameter', () => {
		expect(() => dyad('A', 'Q')).toThrow('analysis/dyad: b: unknown actor id "Q"');
		expect(() => dyad('Q', 'A')).toThrow('analysis/dyad: a: unknown actor id "Q"');
		expect(() => dyad('A', 'A')).toThrow('analysis/dyad: b: choose an actor other than a');
		expect(() => parseParams(dyadTool, { a: 'A' })).toThrow(/^analysis\/dyad: b: /);
	});
});

describe('dyad events', () => {
	it('lists the events between the two, and those that concern one of their ties', () => {
		const base = tinyGraph(['A', 'B', 'C'], [{ id: 'rel', parties: ['A', 'B'], from: '1948' }]);
		const data = {
			...base.data,
			events: [
				ev('visit', '2000-07', ['A', 'B']),
				ev('alone', '2001', ['A']),
				ev('other', '2002-01-02', ['A', 'C']),
				{ ...ev('note', '1949-03-17', ['C']), ties: ['rel'] }
			]
		};
		const g2 = new TemporalGraph(data);
		const r = dyadTimeline(g2, parseParams(dyadTool, { a: 'A', b: 'B' }));
		expect(r.events.map((e) => [e.id, e.precision, e.ties])).toEqual([
			['note', 'day', ['rel']],
			['visit', 'month', []]
		]);
		const all = dyadTimeline(g2, parseParams(dyadTool, { a: 'A', b: '*' }));
		expect(all.events.map((e) => e.id)).toEqual(['note', 'visit', 'other']);
	});
});

function ev(id: string, date: string, actors: string[]) {
	return {
		id,
		date,
		kind: 'visit' as const,
		actors,
		title: { en: id, ja: id },
		confidence: 'confirmed' as const,
		sources: ['s']
	};
}
