import { describe, expect, it } from 'vitest';
import {
	timeRespectingPaths,
	type TimedEdge
} from '../../../src/lib/core/analysis/time-respecting.ts';

const nodes = ['a', 'b', 'c', 'd', 'e'];
// a–b twice (began 1 and 5), b–c began 3, a–d began 2, d–c began 4, c→e directed began 9.
const edges: TimedEdge[] = [
	{ tie: 'ab1', source: 'a', target: 'b', begins: 1 },
	{ tie: 'ab5', source: 'a', target: 'b', begins: 5 },
	{ tie: 'bc3', source: 'b', target: 'c', begins: 3 },
	{ tie: 'ad2', source: 'a', target: 'd', begins: 2 },
	{ tie: 'dc4', source: 'd', target: 'c', begins: 4 },
	{ tie: 'ce9', source: 'c', target: 'e', begins: 9, directed: true }
];

describe('timeRespectingPaths', () => {
	it('lists every fewest-step path in order of beginnings, one tie per step', () => {
		expect(timeRespectingPaths(nodes, edges, 'a', 'c')).toEqual([
			{ actors: ['a', 'b', 'c'], ties: [['ab1'], ['bc3']] },
			{ actors: ['a', 'd', 'c'], ties: [['ad2'], ['dc4']] }
		]);
	});
	it('drops a parallel tie that begins too late for the next step', () => {
		const paths = timeRespectingPaths(nodes, edges, 'a', 'c');
		expect(paths.flatMap((p) => p.ties.flat())).not.toContain('ab5');
	});
	it('the reverse direction needs a longer path or none', () => {
		// c→a: c–b (3) then b–a (5) is in order; c–d (4) then d–a (2) is not.
		expect(timeRespectingPaths(nodes, edges, 'c', 'a')).toEqual([
			{ actors: ['c', 'b', 'a'], ties: [['bc3'], ['ab5']] }
		]);
		expect(timeRespectingPaths(nodes, edges, 'e', 'a')).toEqual([]);
	});
	it('follows direction only when asked', () => {
		expect(timeRespectingPaths(nodes, edges, 'e', 'c')).toHaveLength(1);
		expect(timeRespectingPaths(nodes, edges, 'e', 'c', { directed: true })).toEqual([]);
		expect(timeRespectingPaths(nodes, edges, 'a', 'e', { directed: true })).toHaveLength(2);
	});
	it('caps the number of paths', () => {
		expect(timeRespectingPaths(nodes, edges, 'a', 'c', { maxPaths: 1 })).toHaveLength(1);
	});
	it('empty and disconnected graphs have no path; an actor reaches itself in 0 steps', () => {
		expect(timeRespectingPaths(['a', 'b'], [], 'a', 'b')).toEqual([]);
		expect(timeRespectingPaths(nodes, edges, 'a', 'a')).toEqual([{ actors: ['a'], ties: [] }]);
	});
	it('rejects bad input with clear errors', () => {
		expect(() => timeRespectingPaths(nodes, edges, 'a', 'z')).toThrow(
			'analysis/time-respecting: the actor "z" is not in scope.'
		);
		expect(() =>
			timeRespectingPaths(nodes, [{ tie: 'x', source: 'a', target: 'q', begins: 1 }], 'a', 'b')
		).toThrow('analysis/time-respecting: tie "x" joins an actor that is not in the node list.');
		expect(() =>
			timeRespectingPaths(
				nodes,
				[{ tie: 'x', source: 'a', target: 'b', begins: Infinity }],
				'a',
				'b'
			)
		).toThrow('analysis/time-respecting: tie "x" has no beginning day.');
		expect(() => timeRespectingPaths(nodes, edges, 'a', 'b', { maxPaths: 0 })).toThrow(
			/maxPaths must be a whole number/
		);
	});
});
