import { describe, expect, it } from 'vitest';
import { linePoints, linesNear, type DrawnLine } from '../../../src/lib/core/visual/near-lines.ts';

const line = (
	ref: string,
	source: [number, number],
	target: [number, number],
	controls: [number, number][] = [],
	halfWidth = 1
): DrawnLine<string> => ({
	ref,
	source: { x: source[0], y: source[1] },
	target: { x: target[0], y: target[1] },
	controls: controls.map(([x, y]) => ({ x, y })),
	halfWidth
});

describe('lines near a click', () => {
	it('follows a curve through its control point, not the straight chord', () => {
		const pts = linePoints(line('a', [0, 0], [100, 0], [[50, 40]]));
		const middle = pts[Math.floor(pts.length / 2)];
		expect(middle.x).toBeCloseTo(50, 5);
		expect(middle.y).toBeCloseTo(20, 5);
	});

	it('chains quadratic curves through several control points, from end to end', () => {
		const pts = linePoints(
			line(
				'a',
				[0, 0],
				[90, 0],
				[
					[30, 30],
					[60, -30]
				]
			)
		);
		expect(pts[0]).toEqual({ x: 0, y: 0 });
		expect(pts.at(-1)).toEqual({ x: 90, y: 0 });
		// Where the two curves meet: halfway between the control points.
		expect(pts).toContainEqual({ x: 45, y: 0 });
	});

	it('lists every line within a few pixels of the stroke, nearest first, each once', () => {
		const lines = [
			line('far', [0, 50], [100, 50]),
			line('crossing', [0, -20], [100, 20]),
			line('under', [0, 0], [100, 0], [], 3),
			line('spoke', [50, 2], [50, 100]),
			line('spoke', [50, 4], [0, 100])
		];
		expect(linesNear({ x: 50, y: 1 }, lines, 4, (r) => r)).toEqual(['under', 'crossing', 'spoke']);
		expect(linesNear({ x: 10, y: 49 }, lines, 4, (r) => r)).toEqual(['far']);
		expect(linesNear({ x: 10, y: 30 }, lines, 4, (r) => r)).toEqual([]);
	});

	it('counts a wide line from the edge of its stroke', () => {
		const wide = [line('wide', [0, 0], [100, 0], [], 8)];
		expect(linesNear({ x: 50, y: 11 }, wide, 4, (r) => r)).toEqual(['wide']);
		expect(linesNear({ x: 50, y: 13 }, wide, 4, (r) => r)).toEqual([]);
	});
});
