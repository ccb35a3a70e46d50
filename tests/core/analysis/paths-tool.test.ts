import { describe, expect, it } from 'vitest';
import { runTool } from '../../../src/lib/core/analysis/registry.ts';
import { pathResultText } from '../../../src/lib/core/analysis/result-text.ts';
import { tinyGraph } from './tiny-graph.ts';

// A–B from 2000, A–C from 2004, B–C from 2005; A, C, E in a three-party agreement 2001–2003;
// D→E arms from 2012; F exists from 2010. A and D have names, to check the messages.
const g = tinyGraph(
	[
		{ id: 'A', en: 'Avalon', ja: 'アヴァロン' },
		'B',
		'C',
		{ id: 'D', en: 'Dorne', ja: 'ドーン' },
		'E',
		{ id: 'F', from: '2010' }
	],
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
const paths = (params: Record<string, unknown>) => runTool(g, 'paths', params);

describe('paths on a date', () => {
	it('gives the length and the ties of each shortest path', () => {
		expect(paths({ source: 'A', target: 'C', at: '2006-01-01' })).toEqual({
			found: true,
			source: 'A',
			target: 'C',
			mode: 'at',
			length: 1,
			paths: [{ actors: ['A', 'C'], ties: [['ac']] }],
			truncated: false
		});
	});

	it('says the length and how many were found', () => {
		const when = { mode: 'at', at: '2006-01-01' } as const;
		const r = paths({ source: 'A', target: 'C', at: '2006-01-01', excludeDirect: true });
		expect(pathResultText(g, r, when, 'en')).toBe('Shortest paths: length 2, 1 found');
		expect(pathResultText(g, r, when, 'ja')).toBe('最短経路：長さ 2、1 件');
		// A square: two ways from N to S.
		const square = tinyGraph(
			['N', 'E', 'S', 'W'],
			[
				{ id: 'ne', parties: ['N', 'E'], from: '2000' },
				{ id: 'es', parties: ['E', 'S'], from: '2000' },
				{ id: 'nw', parties: ['N', 'W'], from: '2000' },
				{ id: 'ws', parties: ['W', 'S'], from: '2000' }
			]
		);
		const ns = { source: 'N', target: 'S', at: '2002-01-01' };
		expect(runTool(square, 'paths', { ...ns, maxPaths: 2 })).toMatchObject({ truncated: false });
		const cut = runTool(square, 'paths', { ...ns, maxPaths: 1 });
		expect(cut).toMatchObject({ found: true, truncated: true, length: 2 });
		expect(cut.found && cut.paths).toHaveLength(1);
		expect(pathResultText(square, cut, { mode: 'at', at: '2002-01-01' }, 'en')).toBe(
			'Shortest paths: length 2, first 1 shown'
		);
	});

	it('can leave out the direct tie', () => {
		expect(
			paths({ source: 'A', target: 'C', at: '2006-01-01', excludeDirect: true })
		).toMatchObject({
			found: true,
			length: 2,
			paths: [{ actors: ['A', 'B', 'C'], ties: [['ab'], ['bc']] }]
		});
		// A multi-party tie holding both is a direct tie too.
		expect(
			paths({ source: 'A', target: 'E', at: '2002-01-01', excludeDirect: true })
		).toMatchObject({ found: false, reason: 'no-path' });
	});

	it('limits to the chosen kinds', () => {
		expect(
			paths({ source: 'A', target: 'C', at: '2002-01-01', kinds: ['agreement'] })
		).toMatchObject({
			found: true,
			paths: [{ actors: ['A', 'C'], ties: [['tri']] }]
		});
		expect(
			paths({ source: 'A', target: 'B', at: '2002-01-01', kinds: ['agreement'] })
		).toMatchObject({ found: false, reason: 'no-path' });
	});

	it('walks a flow both ways unless told to follow its direction', () => {
		expect(paths({ source: 'E', target: 'D', at: '2020-01-01' })).toMatchObject({ length: 1 });
		expect(paths({ source: 'E', target: 'D', at: '2020-01-01', directed: true })).toMatchObject({
			found: false,
			reason: 'no-path'
		});
	});

	it('says, with names and in the person’s language, that no path joins two actors', () => {
		const none = paths({ source: 'A', target: 'D', at: '2006-01-01' });
		expect(none).toEqual({
			found: false,
			source: 'A',
			target: 'D',
			mode: 'at',
			reason: 'no-path',
			absent: []
		});
		const when = { mode: 'at', at: '2006-01-01' } as const;
		expect(pathResultText(g, none, when, 'en')).toBe(
			'No path joins Avalon and Dorne on 1 Jan 2006.'
		);
		expect(pathResultText(g, none, when, 'ja')).toBe(
			'2006年1月1日時点でアヴァロンとドーンを結ぶ経路はありません。'
		);
	});

	it('says which end does not exist then', () => {
		const r = paths({ source: 'F', target: 'A', at: '2005-01-01' });
		expect(r).toMatchObject({ found: false, reason: 'absent', absent: ['F'] });
		expect(pathResultText(g, r, { mode: 'at', at: '2005-01-01' }, 'en')).toBe(
			'F does not exist on 1 Jan 2005.'
		);
	});

	it('an actor to itself is a path of length 0; an empty graph has no path', () => {
		expect(paths({ source: 'B', target: 'B', at: '2006-01-01' })).toMatchObject({
			found: true,
			length: 0,
			paths: [{ actors: ['B'], ties: [] }]
		});
		expect(
			runTool(tinyGraph(['A', 'B']), 'paths', { source: 'A', target: 'B', at: '2000-01-01' })
		).toMatchObject({ found: false, reason: 'no-path' });
	});

	it('rejects bad parameters naming the tool, the parameter and the problem', () => {
		expect(() => paths({ source: 'A', target: 'ZZ', at: '2000-01-01' })).toThrow(
			'analysis/paths: target: unknown actor id "ZZ"'
		);
		expect(() => paths({ source: 'A', target: 'B', at: '2000-01-01', maxPaths: 0 })).toThrow(
			/^analysis\/paths: maxPaths: /
		);
		expect(() => paths({ source: 'A', target: 'B', mode: 'range', from: '2000-01-01' })).toThrow(
			'analysis/paths: to: a range needs an end date'
		);
	});
});

// Over a range the order of beginnings matters. X–Y began 2010 and Y–Z 2000, so X reaches Z
// through Y only backwards in time; X–W (2001), W–V (2002), V–Z (2002) is longer but in order.
const t = tinyGraph(
	['X', 'Y', 'Z', 'W', 'V'],
	[
		{ id: 'xy', parties: ['X', 'Y'], from: '2010' },
		{ id: 'yz', parties: ['Y', 'Z'], from: '2000' },
		{ id: 'xw', parties: ['X', 'W'], from: '2001' },
		{ id: 'wv', parties: ['W', 'V'], from: '2002' },
		{ id: 'vz', parties: ['V', 'Z'], from: '2002', to: '2003' }
	]
);
const over = (source: string, target: string, from: string, to: string) =>
	runTool(t, 'paths', { source, target, mode: 'range', from, to });

describe('time-respecting paths over a range', () => {
	it('takes only ties that begin no earlier than the one before (equal is allowed)', () => {
		expect(over('X', 'Z', '2000-01-01', '2020-12-31')).toMatchObject({
			found: true,
			mode: 'range',
			length: 3,
			paths: [{ actors: ['X', 'W', 'V', 'Z'], ties: [['xw'], ['wv'], ['vz']] }]
		});
		// On a date the shorter path through Y exists.
		expect(runTool(t, 'paths', { source: 'X', target: 'Z', at: '2015-01-01' })).toMatchObject({
			length: 2
		});
	});

	it('the other way round the short path is in order', () => {
		expect(over('Z', 'X', '2000-01-01', '2020-12-31')).toMatchObject({
			length: 2,
			paths: [{ actors: ['Z', 'Y', 'X'], ties: [['yz'], ['xy']] }]
		});
	});

	it('uses only ties that exist at some time in the range; says so when none joins them', () => {
		const r = over('X', 'Z', '2005-01-01', '2020-12-31');
		expect(r).toMatchObject({ found: false, reason: 'no-path' });
		const when = { mode: 'range', from: '2005-01-01', to: '2020-12-31' } as const;
		expect(pathResultText(t, r, when, 'en')).toBe(
			'No time-respecting path joins X and Z from 1 Jan 2005 to 31 Dec 2020.'
		);
		expect(pathResultText(t, r, when, 'ja')).toBe(
			'2005年1月1日〜2020年12月31日に、時間順にXとZを結ぶ経路はありません。'
		);
	});
});
