import { isDirectedTie } from '../../schema/tie.ts';
import type { ScopeTie } from '../scope.ts';

export interface Point {
	x: number;
	y: number;
}

/** One drawn piece of a tie: an edge between two actors, or a spoke from a hub. */
export interface Stroke {
	tie: ScopeTie;
	from: Point;
	to: Point;
	/** Control point of the quadratic curve (equal to the midpoint for a straight line). */
	control: Point;
	arrow: boolean;
	spoke: boolean;
}

/**
 * Lays out the strokes the way the screen does: parallel ties between two actors fan out as
 * curves, so each stays visible; a tie of three or more parties meets at a hub.
 */
export function strokes(
	ties: readonly ScopeTie[],
	pos: (id: string) => Point,
	step: number,
	/** The bend of a pair's lone tie round other actors, in picture units (none: straight). */
	bendOf: (key: string, tie: ScopeTie) => number = () => 0
) {
	const out: Stroke[] = [];
	const hubs: { tie: ScopeTie; at: Point }[] = [];
	const pairs = new Map<string, ScopeTie[]>();
	for (const t of ties) {
		if (t.parties.length === 2 || isDirectedTie(t.tie)) {
			const key = [...t.parties.slice(0, 2)].sort().join('|');
			pairs.set(key, [...(pairs.get(key) ?? []), t]);
			continue;
		}
		const pts = t.parties.map(pos);
		const at = {
			x: pts.reduce((s, p) => s + p.x, 0) / pts.length + 18,
			y: pts.reduce((s, p) => s + p.y, 0) / pts.length + 18
		};
		hubs.push({ tie: t, at });
		for (const p of pts)
			out.push({ tie: t, from: at, to: p, control: mid(at, p), arrow: false, spoke: true });
	}
	for (const [key, group] of pairs) {
		const [a, b] = key.split('|').map(pos);
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		const normal = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
		const bend = group.length === 1 ? bendOf(key.replace('|', '~'), group[0]) : 0;
		group.forEach((t, i) => {
			const offset = (i - (group.length - 1) / 2) * step * 2 + bend;
			const m = mid(a, b);
			const control = { x: m.x + normal.x * offset, y: m.y + normal.y * offset };
			const from = pos(t.parties[0]);
			const to = pos(t.parties[1]);
			out.push({ tie: t, from, to, control, arrow: isDirectedTie(t.tie), spoke: false });
		});
	}
	return { strokes: out, hubs };
}

export function mid(a: Point, b: Point): Point {
	return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

/** Moves a curve's end back along its tangent, so it stops at the node's edge. */
export function trimEnd(control: Point, end: Point, by: number): Point {
	const dx = end.x - control.x;
	const dy = end.y - control.y;
	const len = Math.hypot(dx, dy) || 1;
	return { x: end.x - (dx / len) * by, y: end.y - (dy / len) * by };
}

/** The point halfway along a quadratic curve. */
export function curveMid(s: { from: Point; to: Point; control: Point }): Point {
	return {
		x: 0.25 * s.from.x + 0.5 * s.control.x + 0.25 * s.to.x,
		y: 0.25 * s.from.y + 0.5 * s.control.y + 0.25 * s.to.y
	};
}
