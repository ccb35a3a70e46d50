import type { Point, Shape } from './overlaps.ts';

/** Something a line must keep clear of: an actor's shape or its label, named by its actor. */
export interface Obstacle {
	owner: string;
	shape: Shape;
}

export interface RouteOptions {
	/** How far apart the bends tried are, in the positions' units. */
	step: number;
	/** The largest bend tried, as a share of the line's length. */
	maxShare: number;
	/** Space kept between a line and what it passes. */
	margin: number;
}

const DEFAULTS: RouteOptions = { step: 18, maxShare: 0.9, margin: 6 };

/** How deep a point sits inside a shape grown by `margin` (0 when clear). */
function depth(p: Point, s: Shape, margin: number): number {
	if (s.kind === 'circle') return Math.max(0, s.r + margin - Math.hypot(p.x - s.cx, p.y - s.cy));
	const dx = Math.min(p.x - (s.x - margin), s.x + s.width + margin - p.x);
	const dy = Math.min(p.y - (s.y - margin), s.y + s.height + margin - p.y);
	return dx > 0 && dy > 0 ? Math.min(dx, dy) : 0;
}

/** The control point of a line from a to b bent by `bend` along the left-hand normal of a→b. */
export function bendControl(a: Point, b: Point, bend: number): Point {
	const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	return {
		x: (a.x + b.x) / 2 - ((b.y - a.y) / len) * bend,
		y: (a.y + b.y) / 2 + ((b.x - a.x) / len) * bend
	};
}

/** How badly a curve runs into the obstacles: the summed depth of its sample points. */
function cost(
	a: Point,
	c: Point,
	b: Point,
	obstacles: readonly Obstacle[],
	margin: number
): number {
	let sum = 0;
	for (let i = 1; i < 32; i++) {
		const t = i / 32;
		const u = 1 - t;
		const p = {
			x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
			y: u * u * a.y + 2 * u * t * c.y + t * t * b.y
		};
		for (const o of obstacles) sum += depth(p, o.shape, margin);
	}
	return sum;
}

/**
 * The smallest bend (signed, along the left-hand normal of a→b) that carries the line between two
 * actors clear of every other actor and label; straight when nothing is in the way. When no bend
 * clears everything, the one that runs into the least. The same on screen and in every image, and
 * computed from positions only, so a line does not jump as time moves.
 */
export function routeBend(
	a: Point,
	b: Point,
	obstacles: readonly Obstacle[],
	options: Partial<RouteOptions> = {}
): number {
	const o = { ...DEFAULTS, ...options };
	const len = Math.hypot(b.x - a.x, b.y - a.y);
	let best = 0;
	let bestCost = Infinity;
	const limit = len * o.maxShare;
	for (let i = 0; i * o.step <= limit; i++) {
		for (const bend of i === 0 ? [0] : [i * o.step, -i * o.step]) {
			const c = cost(a, bendControl(a, b, bend), b, obstacles, o.margin);
			if (c === 0) return bend;
			if (c < bestCost - 1e-9) [best, bestCost] = [bend, c];
		}
	}
	return best;
}
