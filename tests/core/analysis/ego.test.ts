import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../../src/lib/core/analysis/ego.ts';

// a - b - c - d, plus e -> a (directed), f alone
function line() {
	const g = new Graph({ type: 'mixed' });
	['a', 'b', 'c', 'd', 'e', 'f'].forEach((n) => g.addNode(n));
	g.addUndirectedEdge('a', 'b');
	g.addUndirectedEdge('b', 'c');
	g.addUndirectedEdge('c', 'd');
	g.addDirectedEdge('e', 'a');
	return g;
}

describe('egoNetwork', () => {
	it('maps each node within the hops to its distance', () => {
		expect(Object.fromEntries(egoNetwork(line(), 'a', { hops: 2 }))).toEqual({
			a: 0,
			b: 1,
			e: 1,
			c: 2
		});
	});
	it('defaults to one hop and ignores direction', () => {
		expect([...egoNetwork(line(), 'a').keys()].sort()).toEqual(['a', 'b', 'e']);
	});
	it('follows direction when asked', () => {
		expect([...egoNetwork(line(), 'a', { direction: 'out' }).keys()].sort()).toEqual(['a', 'b']);
		expect([...egoNetwork(line(), 'a', { direction: 'in' }).keys()].sort()).toEqual([
			'a',
			'b',
			'e'
		]);
		expect([...egoNetwork(line(), 'e', { direction: 'in' }).keys()]).toEqual(['e']);
	});
	it('gives the centre alone at zero hops and for an isolated node', () => {
		expect([...egoNetwork(line(), 'c', { hops: 0 }).keys()]).toEqual(['c']);
		expect([...egoNetwork(line(), 'f', { hops: 5 }).keys()]).toEqual(['f']);
	});
	it('does not modify the graph', () => {
		const g = line();
		egoNetwork(g, 'a', { hops: 3 });
		expect([g.order, g.size]).toEqual([6, 4]);
	});
	it('rejects bad input with clear errors', () => {
		expect(() => egoNetwork(line(), 'zz')).toThrow(
			'analysis/ego: the node "zz" is not in the graph.'
		);
		expect(() => egoNetwork(line(), 'a', { hops: -1 })).toThrow(/hops must be a whole number/);
		expect(() => egoNetwork(line(), 'a', { hops: 1.5 })).toThrow(/hops must be a whole number/);
		expect(() => egoNetwork(line(), 'a', { direction: 'up' as 'in' })).toThrow(/direction must be/);
		expect(() => egoNetwork({} as Graph, 'a')).toThrow(/expected a graphology graph/);
	});
});
