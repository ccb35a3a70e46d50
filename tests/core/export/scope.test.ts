import { describe, expect, it } from 'vitest';
import {
	ScopeError,
	scopePaths,
	selectScope,
	tieEdges
} from '../../../src/lib/core/export/scope.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { smallGraph } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();
const ids = (s: ReturnType<typeof selectScope>) => ({
	actors: s.actors.map((a) => a.actor.id),
	ties: s.ties.map((t) => t.tie.id)
});

describe('selectScope', () => {
	it('at a day: the actors and ties of the snapshot, names of that day', () => {
		const s = selectScope(g, { at: '1990-01-01' });
		expect(ids(s)).toEqual({
			actors: ['RUS', 'PRK', 'USA', 'JPN', 'KOR'],
			ties: ['ussr-prk-1961']
		});
		expect(s.actors[0].name.en).toBe('USSR');
		expect(s.ties[0].statuses).toEqual(['in-force']);
		const snap = g.at(isoToDay('2024-06-30')!);
		const s2 = selectScope(g, { at: isoToDay('2024-06-30')! });
		expect(s2.ties.map((t) => t.tie.id).sort()).toEqual(snap.ties.map((t) => t.tie.id).sort());
	});
	it('leaves out actors with no tie in scope when asked, as the screen does', () => {
		expect(ids(selectScope(g, { at: '1990-01-01', dropIsolated: true }))).toEqual({
			actors: ['RUS', 'PRK'],
			ties: ['ussr-prk-1961']
		});
		const focused = selectScope(g, { at: '1990-01-01', focus: 'USA', hops: 1, dropIsolated: true });
		expect(ids(focused)).toEqual({ actors: [], ties: [] });
	});
	it('keeps the boundary days: an end on E is there on E and gone on E + 1', () => {
		expect(ids(selectScope(g, { at: '2024-04-30' })).actors).toContain('panel-of-experts');
		expect(ids(selectScope(g, { at: '2024-05-01' })).actors).not.toContain('panel-of-experts');
		expect(ids(selectScope(g, { at: '1996-12-31' })).ties).toEqual(['ussr-prk-1961']);
		expect(ids(selectScope(g, { at: '1997-01-01' })).ties).toEqual([]);
	});
	it('over a range: every tie existing at any time in it, with its statuses there', () => {
		const s = selectScope(g, { from: '2024-01-01', to: '2024-12-31' });
		expect(ids(s).ties).toEqual([
			'rus-prk-2024',
			'camp-david-2023',
			'prk-rus-shells',
			'poe-monitors-prk'
		]);
		expect(s.ties[0].statuses).toEqual(['signed', 'in-force']);
		expect(s.actors.find((a) => a.actor.id === 'RUS')!.name.en).toBe('Russia');
	});
	it('filters by kind and by an explicit actor selection', () => {
		expect(ids(selectScope(g, { kinds: ['arms-transfer', 'assessment'] })).ties).toEqual([
			'prk-rus-shells',
			'poe-monitors-prk'
		]);
		const s = selectScope(g, { at: '2024-06-30', actors: ['JPN', 'KOR', 'RUS'] });
		expect(ids(s)).toEqual({ actors: ['RUS', 'JPN', 'KOR'], ties: ['camp-david-2023'] });
		// The three-party agreement is cut to the selected pair: one edge, not three.
		expect(s.ties[0].parties).toEqual(['JPN', 'KOR']);
		expect(tieEdges(s.ties[0])).toHaveLength(1);
	});
	it('takes the k-hop neighbourhood of a focus', () => {
		expect(ids(selectScope(g, { at: '2024-01-01', focus: 'RUS', hops: 1 })).actors).toEqual([
			'RUS',
			'PRK'
		]);
		expect(ids(selectScope(g, { at: '2024-01-01', focus: 'RUS', hops: 2 }))).toEqual({
			actors: ['RUS', 'PRK', 'panel-of-experts'],
			ties: ['prk-rus-shells', 'poe-monitors-prk']
		});
		expect(ids(selectScope(g, { at: '2024-01-01', focus: 'USA', hops: 0 }))).toEqual({
			actors: ['USA'],
			ties: []
		});
	});
	it('writes a multi-party tie as a clique sharing the tie id', () => {
		const camp = selectScope(g, {}).ties.find((t) => t.tie.id === 'camp-david-2023')!;
		expect(tieEdges(camp).map((e) => [e.id, e.tie])).toEqual([
			['camp-david-2023#JPN-USA', 'camp-david-2023'],
			['camp-david-2023#JPN-KOR', 'camp-david-2023'],
			['camp-david-2023#USA-KOR', 'camp-david-2023']
		]);
	});
	it('finds shortest paths over the ties in scope', () => {
		expect(scopePaths(selectScope(g, { at: '2024-01-01' }), 'RUS', 'panel-of-experts')).toEqual([
			{
				actors: ['RUS', 'PRK', 'panel-of-experts'],
				ties: [['prk-rus-shells'], ['poe-monitors-prk']]
			}
		]);
		expect(scopePaths(selectScope(g, { at: '2025-01-01' }), 'RUS', 'USA')).toEqual([]);
		expect(() => scopePaths(selectScope(g, {}), 'RUS', 'XXX')).toThrow(
			'path to: unknown actor id "XXX"'
		);
	});
	it('explains what is wrong with a descriptor', () => {
		const err = (d: Parameters<typeof selectScope>[1]) => () => selectScope(g, d);
		expect(err({ at: '2024-02-30' })).toThrow(ScopeError);
		expect(err({ at: '2024-02-30' })).toThrow('at "2024-02-30" is not a calendar day');
		expect(err({ from: '2024-01-01', to: '2023-01-01' })).toThrow(
			'the range is empty: from 2024-01-01 is after to 2023-01-01'
		);
		expect(err({ kinds: ['alliance'] })).toThrow(
			/unknown tie kind "alliance"; known kinds: defense-treaty/
		);
		expect(err({ actors: ['RUS', 'XYZ'] })).toThrow('actors: unknown actor id "XYZ"');
		expect(err({ focus: 'nope' })).toThrow('focus: unknown actor id "nope"');
		expect(err({ at: '1950-01-01', focus: 'panel-of-experts' })).toThrow(
			/focus actor "panel-of-experts" is not in scope at 1950-01-01/
		);
		expect(err({ hops: 2 })).toThrow('hops needs a focus actor');
		expect(err({ focus: 'RUS', hops: -1 })).toThrow(/hops must be a whole number/);
	});
});
