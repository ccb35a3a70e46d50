/** A point on screen, in CSS pixels. */
export interface ScreenPoint {
	x: number;
	y: number;
}

/** A line as drawn: its ends and control points (none: straight), and half its width. */
export interface DrawnLine<T> {
	ref: T;
	source: ScreenPoint;
	controls: readonly ScreenPoint[];
	target: ScreenPoint;
	halfWidth: number;
}

const mid = (a: ScreenPoint, b: ScreenPoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * Points along a line drawn as a chain of quadratic curves through its control points (as
 * Cytoscape draws bezier edges: each curve ends halfway to the next control point).
 */
export function linePoints(line: DrawnLine<unknown>, perCurve = 24): ScreenPoint[] {
	const { source, controls, target } = line;
	if (controls.length === 0) {
		return Array.from({ length: perCurve + 1 }, (_, i) => {
			const t = i / perCurve;
			return { x: source.x + (target.x - source.x) * t, y: source.y + (target.y - source.y) * t };
		});
	}
	const out: ScreenPoint[] = [];
	for (let c = 0; c < controls.length; c++) {
		const from = c === 0 ? source : mid(controls[c - 1], controls[c]);
		const to = c === controls.length - 1 ? target : mid(controls[c], controls[c + 1]);
		const k = controls[c];
		for (let i = c === 0 ? 0 : 1; i <= perCurve; i++) {
			const t = i / perCurve;
			const u = 1 - t;
			out.push({
				x: u * u * from.x + 2 * u * t * k.x + t * t * to.x,
				y: u * u * from.y + 2 * u * t * k.y + t * t * to.y
			});
		}
	}
	return out;
}

function distanceToPolyline(p: ScreenPoint, pts: readonly ScreenPoint[]): number {
	let best = Infinity;
	for (let i = 1; i < pts.length; i++) {
		const a = pts[i - 1];
		const b = pts[i];
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
		best = Math.min(best, Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy)));
	}
	return best;
}

/**
 * The lines that pass within `slack` pixels of the edge of their stroke at a point, nearest
 * first: what a click there could have meant. Lines met more than once (a tie's spokes) count once.
 */
export function linesNear<T>(
	p: ScreenPoint,
	lines: Iterable<DrawnLine<T>>,
	slack: number,
	key: (ref: T) => string
): T[] {
	const found = new Map<string, { ref: T; d: number }>();
	for (const line of lines) {
		const d = distanceToPolyline(p, linePoints(line)) - line.halfWidth;
		if (d > slack) continue;
		const k = key(line.ref);
		const seen = found.get(k);
		if (!seen || d < seen.d) found.set(k, { ref: line.ref, d });
	}
	return [...found.values()].sort((a, b) => a.d - b.d).map((f) => f.ref);
}
