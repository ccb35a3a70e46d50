import { describe, expect, it } from 'vitest';
import { egoTool } from '../../../src/lib/core/analysis/ego-tool.ts';
import { absentText } from '../../../src/lib/core/analysis/result-text.ts';
import { runTool } from '../../../src/lib/core/analysis/registry.ts';
import { tinyGraph } from './tiny-graph.ts';

// A–B from 2000, A–C from 2004, B–C from 2005 (a triangle by 2005); a three-party agreement
// A, C, E in force 2001–2003; D→E arms from 2012; F exists from 2010 and has no ties.
const g = tinyGraph(
	['A', 'B', 'C', 'D', 'E', { id: 'F', from: '2010' }],
	[
		{ id: 'ab', parties: ['A', 'B'], from: '2000' },
		{ id: 'ac', parties: ['A', 'C'], from: '2004' },
		{ id: 'bc', parties: ['B', 'C'], from: '2005' },
		{
			id: 'tri',
			kind: 'agreement',
			parties: ['A', 'C', 'E'],
			signed: '2001',
			inForce: '2001',
			ended: { date: '2003', how: 'expired' }
		},
		{ id: 'de', kind: 'arms-transfer', parties: ['D', 'E'], from: '2012' }
	]
);
const ego = (params: Record<string, unknown>) => runTool(g, 'ego', params);

describe('ego over time', () => {
	it('gives the actors within k steps with their distance, and the ties among them', () => {
		expect(ego({ actor: 'A', at: '2002-06-01' })).toEqual({
			center: 'A',
			present: true,
			actors: [
				{ id: 'A', hops: 0 },
				{ id: 'B', hops: 1 },
				{ id: 'C', hops: 1 },
				{ id: 'E', hops: 1 }
			],
			ties: ['ab', 'tri']
		});
		expect(ego({ actor: 'B', at: '2000-06-01', hops: 2 }).actors.map((a) => a.id)).toEqual([
			'B',
			'A'
		]);
	});

	it('follows the date: the triangle on 2006, the three-party tie gone', () => {
		expect(ego({ actor: 'A', at: '2006-01-01' }).ties).toEqual(['ab', 'ac', 'bc']);
	});

	it('keeps only the actor’s own ties when asked, whatever the hops', () => {
		const own = ego({ actor: 'A', at: '2006-01-01', ownTies: true, hops: 3 });
		expect(own.ties).toEqual(['ab', 'ac']);
		expect(own.actors.map((a) => a.id)).toEqual(['A', 'B', 'C']);
	});

	it('limits to the chosen kinds', () => {
		const r = ego({ actor: 'E', at: '2020-01-01', kinds: ['arms-transfer'], hops: 5 });
		expect(r.actors).toEqual([
			{ id: 'E', hops: 0 },
			{ id: 'D', hops: 1 }
		]);
		expect(r.ties).toEqual(['de']);
		expect(ego({ actor: 'E', at: '2020-01-01', kinds: ['agreement'] }).actors).toEqual([
			{ id: 'E', hops: 0 }
		]);
	});

	it('follows direction when asked', () => {
		expect(ego({ actor: 'E', at: '2020-01-01', direction: 'out' }).ties).toEqual([]);
		expect(ego({ actor: 'E', at: '2020-01-01', direction: 'in' }).ties).toEqual(['de']);
	});

	it('over a range holds every tie that existed at some time in it', () => {
		const r = ego({ actor: 'E', mode: 'range', from: '2002-01-01', to: '2013-01-01', hops: 2 });
		expect(r.ties).toEqual(['ab', 'ac', 'bc', 'de', 'tri']);
		expect(r.actors.find((a) => a.id === 'B')).toEqual({ id: 'B', hops: 2 });
	});

	it('an isolated actor is alone; a disconnected part is not reached', () => {
		expect(ego({ actor: 'F', at: '2011-01-01', hops: 10 })).toMatchObject({
			present: true,
			actors: [{ id: 'F', hops: 0 }],
			ties: []
		});
		expect(ego({ actor: 'D', at: '2006-01-01', hops: 10 }).actors).toEqual([{ id: 'D', hops: 0 }]);
	});

	it('an empty graph gives the actor alone', () => {
		expect(runTool(tinyGraph(['A']), 'ego', { actor: 'A', at: '2000-01-01' })).toEqual({
			center: 'A',
			present: true,
			actors: [{ id: 'A', hops: 0 }],
			ties: []
		});
	});

	it('says, with the name, when the actor does not exist then', () => {
		const r = ego({ actor: 'F', at: '2005-01-01' });
		expect(r).toEqual({ center: 'F', present: false, actors: [], ties: [] });
		expect(absentText(g, 'F', { mode: 'at', at: '2005-01-01' }, 'en')).toBe(
			'F does not exist on 1 Jan 2005.'
		);
		expect(absentText(g, 'F', { mode: 'at', at: '2005-01-01' }, 'ja')).toBe(
			'2005年1月1日時点でFは存在しません。'
		);
	});

	it('rejects bad parameters naming the tool, the parameter and the problem', () => {
		expect(() => ego({ actor: 'ZZ', at: '2000-01-01' })).toThrow(
			'analysis/ego: actor: unknown actor id "ZZ"'
		);
		expect(() => ego({ actor: 'A' })).toThrow('analysis/ego: at: give a date');
		expect(() => ego({ actor: 'A', at: '2000-13-01' })).toThrow(
			/^analysis\/ego: at: not a calendar day/
		);
		expect(() => ego({ actor: 'A', at: '2000-01-01', hops: -1 })).toThrow(/^analysis\/ego: hops: /);
		expect(() => ego({ actor: 'A', at: '2000-01-01', kinds: ['alliance'] })).toThrow(
			/^analysis\/ego: kinds\.0: /
		);
		expect(() => ego({ actor: 'A', mode: 'range', from: '2001-01-01', to: '2000-01-01' })).toThrow(
			'analysis/ego: to: the range is empty: 2001-01-01 is after 2000-01-01'
		);
		expect(() => ego({ actor: 'A', at: '2000-01-01', depth: 2 })).toThrow(
			/^analysis\/ego: depth: /
		);
		expect(egoTool.id).toBe('ego');
	});
});
