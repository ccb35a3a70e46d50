import { describe, expect, it } from 'vitest';
import { shortestPaths, type PathEdge } from '../../../src/lib/core/analysis/paths.ts';

const nodes = ['A', 'B', 'C', 'D', 'E'];
// Two shortest routes A→D (via B or C); two parallel ties A–B; E isolated; C→D directed.
const edges: PathEdge[] = [
	{ tie: 't-ab-1', source: 'A', target: 'B' },
	{ tie: 't-ab-2', source: 'B', target: 'A' },
	{ tie: 't-ac', source: 'A', target: 'C' },
	{ tie: 't-bd', source: 'B', target: 'D' },
	{ tie: 't-dc', source: 'D', target: 'C', directed: true }
];

describe('shortestPaths', () => {
	it('returns every shortest path with the ties of each step', () => {
		expect(shortestPaths(nodes, edges, 'A', 'D')).toEqual([
			{ actors: ['A', 'B', 'D'], ties: [['t-ab-1', 't-ab-2'], ['t-bd']] },
			{ actors: ['A', 'C', 'D'], ties: [['t-ac'], ['t-dc']] }
		]);
	});
	it('follows directed ties only their way when directed is set', () => {
		expect(shortestPaths(nodes, edges, 'A', 'D', { directed: true })).toEqual([
			{ actors: ['A', 'B', 'D'], ties: [['t-ab-1', 't-ab-2'], ['t-bd']] }
		]);
		expect(shortestPaths(nodes, edges, 'C', 'D', { directed: true })).toEqual([
			{ actors: ['C', 'A', 'B', 'D'], ties: [['t-ac'], ['t-ab-1', 't-ab-2'], ['t-bd']] }
		]);
	});
	it('caps the number of paths', () => {
		expect(shortestPaths(nodes, edges, 'A', 'D', { maxPaths: 1 })).toHaveLength(1);
	});
	it('returns no path between unconnected actors and a trivial one to itself', () => {
		expect(shortestPaths(nodes, edges, 'A', 'E')).toEqual([]);
		expect(shortestPaths(nodes, edges, 'B', 'B')).toEqual([{ actors: ['B'], ties: [] }]);
	});
	it('rejects unknown actors and bad options', () => {
		expect(() => shortestPaths(nodes, edges, 'A', 'Z')).toThrow(
			'analysis/paths: the actor "Z" is not in scope.'
		);
		expect(() => shortestPaths(['A'], edges, 'A', 'A')).toThrow(/tie "t-ab-1" joins an actor/);
		expect(() => shortestPaths(nodes, edges, 'A', 'D', { maxPaths: 0 })).toThrow(/maxPaths/);
	});
});
