import { describe, expect, it } from 'vitest';
import { findOverlaps, textWidth, type Picture } from '../../../src/lib/core/visual/overlaps.ts';
import { bendControl, routeBend, type Obstacle } from '../../../src/lib/core/visual/route.ts';

const circle = (cx: number, cy: number, r = 20) => ({ kind: 'circle' as const, cx, cy, r });

describe('findOverlaps', () => {
	const a = { id: 'A', shape: circle(0, 0) };
	const b = { id: 'B', shape: circle(200, 0) };
	const m = { id: 'M', shape: circle(100, 0) };
	const line = (control = { x: 100, y: 0 }) => ({
		id: 'ab',
		from: { x: 0, y: 0 },
		control,
		to: { x: 200, y: 0 },
		ends: ['A', 'B']
	});

	it('finds a line through an actor it does not join, and not through its own ends', () => {
		const p: Picture = { nodes: [a, b, m], labels: [], edges: [line()] };
		expect(findOverlaps(p)).toEqual([{ kind: 'edge-through-node', a: 'ab', b: 'M' }]);
	});

	it('lets a line bent around the actor pass', () => {
		const p: Picture = { nodes: [a, b, m], labels: [], edges: [line({ x: 100, y: 90 })] };
		expect(findOverlaps(p)).toEqual([]);
	});

	it('finds labels on labels and labels on actors of others, not on their own', () => {
		const p: Picture = {
			nodes: [a, b],
			labels: [
				{ owner: 'A', text: 'Alpha', box: { x: -30, y: 22, width: 60, height: 16 } },
				{ owner: 'A', text: 'line 2', box: { x: -30, y: 30, width: 60, height: 16 } },
				{ owner: 'C', text: 'Gamma', box: { x: 10, y: 30, width: 60, height: 16 } },
				{ owner: 'D', text: 'Delta', box: { x: 175, y: -5, width: 60, height: 16 } }
			],
			edges: []
		};
		expect(findOverlaps(p)).toEqual([
			{ kind: 'label-on-label', a: 'A', b: 'C' },
			{ kind: 'label-on-label', a: 'A', b: 'C' },
			{ kind: 'label-on-node', a: 'D', b: 'B' }
		]);
	});

	it('forgives boxes that only touch', () => {
		const p: Picture = {
			nodes: [],
			labels: [
				{ owner: 'A', text: 'a', box: { x: 0, y: 0, width: 10, height: 10 } },
				{ owner: 'B', text: 'b', box: { x: 10.5, y: 0, width: 10, height: 10 } }
			],
			edges: []
		};
		expect(findOverlaps(p)).toEqual([]);
	});
});

describe('textWidth', () => {
	it('counts Japanese as one em a character and Latin as less', () => {
		expect(textWidth('ロシア', 20)).toBe(60);
		expect(textWidth('RUS', 20)).toBeCloseTo(36);
	});
});

describe('routeBend', () => {
	const a = { x: 0, y: 0 };
	const b = { x: 400, y: 0 };
	it('keeps a line straight when nothing is in the way', () => {
		expect(routeBend(a, b, [{ owner: 'X', shape: circle(200, 150) }])).toBe(0);
	});

	it('bends a line around an actor in the middle, by the smallest bend that clears it', () => {
		const middle: Obstacle[] = [{ owner: 'M', shape: circle(200, 0, 28) }];
		const bend = routeBend(a, b, middle, { step: 10 });
		expect(Math.abs(bend)).toBeGreaterThan(0);
		// A quadratic curve reaches half its bend at the middle: clear of radius and margin there.
		expect(Math.abs(bend) / 2).toBeGreaterThanOrEqual(28 + 6);
		expect(Math.abs(routeBend(a, b, middle, { step: 10 })) - 10).toBeLessThan(2 * (28 + 6));
		const c = bendControl(a, b, bend);
		expect(
			findOverlaps({
				nodes: [{ id: 'M', shape: middle[0].shape }],
				labels: [],
				edges: [{ id: 'e', from: a, control: c, to: b, ends: [] }]
			})
		).toEqual([]);
	});

	it('bends away from a second obstacle on one side', () => {
		const obstacles: Obstacle[] = [
			{ owner: 'M', shape: circle(200, 0, 28) },
			{ owner: 'N', shape: circle(200, -60, 28) }
		];
		// The left-hand normal of a→b (east) points south (+y): the clear side.
		expect(routeBend(a, b, obstacles, { step: 10 })).toBeGreaterThan(0);
	});
});
