import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { labelBlocs } from '../../../src/lib/core/analysis/blocs.ts';
import { runTool } from '../../../src/lib/core/analysis/registry.ts';
import { tinyGraph } from './tiny-graph.ts';

// Two blocs: W1–W2–W3 (a three-party treaty, signed 2000, in force 2001, plus W1→W2 arms) and
// E1–E2 (relations), joined by one W3–E1 relation and split by an E1→W1 sanction. Z has no ties.
const g = tinyGraph(
	['W1', 'W2', 'W3', 'E1', 'E2', 'Z'],
	[
		{
			id: 'w-pact',
			kind: 'defense-treaty',
			parties: ['W1', 'W2', 'W3'],
			signed: '2000',
			inForce: '2001'
		},
		{ id: 'w-arms', kind: 'arms-transfer', parties: ['W1', 'W2'], from: '2000' },
		{ id: 'e-rel', parties: ['E1', 'E2'], from: '2000' },
		{ id: 'e-rel2', kind: 'agreement', parties: ['E1', 'E2'], signed: '2000', inForce: '2000' },
		{ id: 'bridge', parties: ['W3', 'E1'], from: '2000' },
		{ id: 'sanction', kind: 'sanctions', parties: ['E1', 'W1'], from: '2000' }
	]
);
const matrix = (params: Record<string, unknown>) => runTool(g, 'matrix', params);

describe('matrix on a date', () => {
	it('orders actors so that blocs show, largest first, and numbers the blocs', () => {
		const r = matrix({ at: '2002-01-01', order: 'id' });
		expect(r.actors).toEqual(['E1', 'E2', 'W1', 'W2', 'W3', 'Z']);
		const b = matrix({ at: '2002-01-01' });
		expect(b.actors.slice(0, 3).sort()).toEqual(['W1', 'W2', 'W3']);
		expect(b.actors.slice(3, 5).sort()).toEqual(['E1', 'E2']);
		expect(b.actors[5]).toBe('Z');
		expect(b.blocs).toEqual([0, 0, 0, 1, 1, 2]);
		expect(b.modularity).toBeGreaterThan(0.2);
	});

	it('lists the kinds in a cell with their status; directed kinds only row → column', () => {
		const r = matrix({ at: '2000-06-01', order: 'id' });
		const cell = (row: string, col: string) =>
			r.cells.find((c) => c.row === row && c.col === col)?.kinds;
		expect(cell('W1', 'W2')).toEqual([
			{ kind: 'defense-treaty', status: 'signed', ties: ['w-pact'] },
			{ kind: 'arms-transfer', status: 'active', ties: ['w-arms'] }
		]);
		expect(cell('W2', 'W1')).toEqual([
			{ kind: 'defense-treaty', status: 'signed', ties: ['w-pact'] }
		]);
		// The three-party treaty fills every pair, both ways.
		expect(cell('W3', 'W2')).toEqual([
			{ kind: 'defense-treaty', status: 'signed', ties: ['w-pact'] }
		]);
		expect(cell('E1', 'W1')).toEqual([{ kind: 'sanctions', status: 'active', ties: ['sanction'] }]);
		expect(cell('W1', 'E1')).toBeUndefined();
		expect(r.cells.every((c) => c.row !== c.col)).toBe(true);
		expect(
			matrix({ at: '2002-01-01' }).cells.find((c) => c.row === 'W1' && c.col === 'W2')!.kinds[0]
				.status
		).toBe('in-force');
	});

	it('limits to kinds; sanctions do not make a bloc', () => {
		const r = matrix({ at: '2002-01-01', kinds: ['sanctions'] });
		expect(r.cells).toEqual([
			{ row: 'E1', col: 'W1', kinds: [{ kind: 'sanctions', status: 'active', ties: ['sanction'] }] }
		]);
		expect(r.modularity).toBeNull();
		expect(new Set(r.blocs).size).toBe(r.actors.length);
	});

	it('an empty graph: the actors alone, no cells', () => {
		expect(runTool(tinyGraph(['B', 'A']), 'matrix', { at: '2000-01-01', order: 'id' })).toEqual({
			date: '2000-01-01',
			actors: ['A', 'B'],
			blocs: [0, 0],
			modularity: null,
			cells: []
		});
		expect(runTool(tinyGraph([]), 'matrix', { at: '2000-01-01' }).actors).toEqual([]);
	});

	it('rejects bad parameters naming the tool, the parameter and the problem', () => {
		expect(() => matrix({})).toThrow('analysis/matrix: at: give a date');
		expect(() => matrix({ at: '2000-01-01', order: 'size' })).toThrow(/^analysis\/matrix: order: /);
	});
});

describe('labelBlocs', () => {
	it('splits two cliques joined by a light edge, and keeps an isolated node alone', () => {
		const h = new Graph({ type: 'undirected' });
		['a', 'b', 'c', 'd', 'e', 'f', 'g'].forEach((n) => h.addNode(n));
		for (const [s, t] of [
			['a', 'b'],
			['b', 'c'],
			['a', 'c'],
			['d', 'e'],
			['e', 'f'],
			['d', 'f']
		])
			h.addEdge(s, t, { weight: 2 });
		h.addEdge('c', 'd', { weight: 1 });
		const l = labelBlocs(h);
		expect(new Set(['a', 'b', 'c'].map((n) => l.get(n))).size).toBe(1);
		expect(new Set(['d', 'e', 'f'].map((n) => l.get(n))).size).toBe(1);
		expect(l.get('a')).not.toBe(l.get('d'));
		expect(l.get('g')).toBe('g');
		expect(h.size).toBe(7);
	});
	it('rejects a directed graph', () => {
		expect(() => labelBlocs(new Graph({ type: 'directed' }))).toThrow(
			'analysis/blocs: expected an undirected graphology graph.'
		);
	});
});
