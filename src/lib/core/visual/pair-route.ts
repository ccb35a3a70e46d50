import type { Actor } from '../schema/actor.ts';
import type { Tie } from '../schema/tie.ts';
import { pairCounts } from '../view/pairs.ts';
import { runAll } from '../slices.ts';
import { NODE_STYLE } from './encoding.ts';
import { positionOf } from './layout.ts';

interface Obstacle {
	id: string;
	x: number;
	y: number;
	/** Half the width and height to keep clear of, margin included. */
	rx: number;
	ry: number;
}

const MARGIN = 10;
const STEP = 30;
const MAX_STEPS = 12;
/** At most this many cells: a layout spread far and wide gets bigger cells, not a huge table. */
const MAX_CELLS = 1 << 20;

/**
 * The obstacles by square cell of the plane, so a point of a curve is tried only against the
 * actors near it: every actor against every curve point made a big dataset's first picture take
 * minutes (2,000 actors, 10,000 ties: two minutes, nearly all of it here). The cells are one
 * flat table (each cell's obstacles a run of `#items`) and the obstacles typed arrays, so a
 * lookup is arithmetic rather than a map and an object per point.
 */
class ObstacleGrid {
	readonly #x: Float64Array;
	readonly #y: Float64Array;
	readonly #rx: Float64Array;
	readonly #ry: Float64Array;
	/** The curve that last counted each obstacle: one already marked is not counted again. */
	readonly #seen: Uint32Array;
	/** Cell c holds the obstacles `#items[#start[c]]` to `#items[#start[c + 1] - 1]`. */
	readonly #start: Int32Array;
	readonly #items: Int32Array;
	readonly #x0: number;
	readonly #y0: number;
	readonly #cols: number;
	readonly #rows: number;
	readonly #size: number;
	/** The widest half-extent of any obstacle: how far from a point a centre can be and still hold it. */
	readonly #reach: number;
	#curve = 0;

	constructor(obstacles: readonly Obstacle[]) {
		const n = obstacles.length;
		this.#x = Float64Array.from(obstacles, (o) => o.x);
		this.#y = Float64Array.from(obstacles, (o) => o.y);
		this.#rx = Float64Array.from(obstacles, (o) => o.rx);
		this.#ry = Float64Array.from(obstacles, (o) => o.ry);
		this.#seen = new Uint32Array(n);
		let reach = 1;
		let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const o of obstacles) {
			reach = Math.max(reach, o.rx, o.ry);
			[x0, y0, x1, y1] = [
				Math.min(x0, o.x),
				Math.min(y0, o.y),
				Math.max(x1, o.x),
				Math.max(y1, o.y)
			];
		}
		if (!n) [x0, y0, x1, y1] = [0, 0, 0, 0];
		this.#reach = reach;
		// A cell at least as wide as an obstacle, so a point's reach spans at most 2 × 2 cells.
		const span = Math.max(x1 - x0, y1 - y0, 1);
		const size = Math.max(2 * reach, span / Math.sqrt(MAX_CELLS));
		this.#size = size;
		this.#x0 = x0;
		this.#y0 = y0;
		this.#cols = Math.floor((x1 - x0) / size) + 1;
		this.#rows = Math.floor((y1 - y0) / size) + 1;
		const cellOf = (i: number) =>
			Math.floor((this.#y[i] - y0) / size) * this.#cols + Math.floor((this.#x[i] - x0) / size);
		const start = new Int32Array(this.#cols * this.#rows + 1);
		for (let i = 0; i < n; i++) start[cellOf(i) + 1]++;
		for (let c = 0; c < this.#cols * this.#rows; c++) start[c + 1] += start[c];
		const fill = start.slice(0, -1);
		this.#items = new Int32Array(n);
		for (let i = 0; i < n; i++) this.#items[fill[cellOf(i)]++] = i;
		this.#start = start;
	}

	/**
	 * How many obstacles other than a and b (indices) the quadratic curve from a over control
	 * (cx, cy) to b comes inside, tried at 39 points along it; counting stops at `enough` (a curve
	 * that hits that many is no better than one already found, so the exact count does not matter).
	 */
	hits(a: number, cx: number, cy: number, b: number, enough: number): number {
		const curve = ++this.#curve;
		const [xs, ys, rxs, rys, seen, start, items] = [
			this.#x,
			this.#y,
			this.#rx,
			this.#ry,
			this.#seen,
			this.#start,
			this.#items
		];
		const [r, s, x0, y0, cols, rows] = [
			this.#reach,
			this.#size,
			this.#x0,
			this.#y0,
			this.#cols,
			this.#rows
		];
		const [ax, ay, bx, by] = [xs[a], ys[a], xs[b], ys[b]];
		let count = 0;
		for (let i = 1; i < 40; i++) {
			const t = i / 40;
			const u = 1 - t;
			const x = u * u * ax + 2 * u * t * cx + t * t * bx;
			const y = u * u * ay + 2 * u * t * cy + t * t * by;
			const c0 = Math.max(0, Math.floor((x - r - x0) / s));
			const c1 = Math.min(cols - 1, Math.floor((x + r - x0) / s));
			const r0 = Math.max(0, Math.floor((y - r - y0) / s));
			const r1 = Math.min(rows - 1, Math.floor((y + r - y0) / s));
			for (let row = r0; row <= r1; row++)
				for (let col = c0; col <= c1; col++) {
					const cell = row * cols + col;
					for (let k = start[cell], end = start[cell + 1]; k < end; k++) {
						const o = items[k];
						if (seen[o] === curve || o === a || o === b) continue;
						const dx = (x - xs[o]) / rxs[o];
						const dy = (y - ys[o]) / rys[o];
						if (dx * dx + dy * dy >= 1) continue;
						seen[o] = curve;
						if (++count >= enough) return count;
					}
				}
		}
		return count;
	}
}

/**
 * How far a pair's one line bends so that it passes no other actor: the distance of its curve's
 * control point from the middle of the straight line, along the normal (−dy, dx) of the line
 * from the first actor of the pair key to the second. Positions never depend on the date, so each
 * pair is routed once, around every actor of the data, and the screen and every image agree.
 */
export function pairBends(
	actors: readonly Actor[],
	keys: Iterable<string>,
	/** Where the actors sit (the layout in view); the schematic arrangement when left out. */
	positions?: ReadonlyMap<string, { x: number; y: number }>
): Map<string, number> {
	const route = pairRouter(actors, positions);
	const out = new Map<string, number>();
	for (const key of keys) {
		const d = route(key);
		if (d !== undefined) out.set(key, d);
	}
	return out;
}

/**
 * `pairBends` one pair at a time, round the same actors: the actors' grid is made once, for
 * callers that learn the pairs as they go (an image's lines). Undefined for a pair whose actors
 * are not among `actors`.
 */
export function pairRouter(
	actors: readonly Actor[],
	positions?: ReadonlyMap<string, { x: number; y: number }>
): (key: string) => number | undefined {
	const obstacles: Obstacle[] = actors.map((actor, i) => {
		const p = positions?.get(actor.id) ?? positionOf(actor, i);
		const org = actor.kind === 'organisation';
		const half = NODE_STYLE.size / 2;
		const rx = (org ? 35 : half) + MARGIN;
		return { id: actor.id, ...p, rx, ry: (org ? 20 : half) + MARGIN };
	});
	const index = new Map(obstacles.map((o, i) => [o.id, i]));
	const grid = new ObstacleGrid(obstacles);
	return (key) => {
		const [ia, ib] = key.split('~');
		const a = index.get(ia);
		const b = index.get(ib);
		if (a === undefined || b === undefined) return undefined;
		const [pa, pb] = [obstacles[a], obstacles[b]];
		const len = Math.hypot(pb.x - pa.x, pb.y - pa.y) || 1;
		const n = { x: -(pb.y - pa.y) / len, y: (pb.x - pa.x) / len };
		let best = { d: 0, count: Infinity };
		for (let i = 0; i <= MAX_STEPS * 2; i++) {
			// 0, +1, −1, +2, −2… steps: the smallest bend that clears every actor.
			const d = (i % 2 ? 1 : -1) * Math.ceil(i / 2) * STEP;
			const cx = (pa.x + pb.x) / 2 + n.x * d;
			const cy = (pa.y + pb.y) / 2 + n.y * d;
			const count = grid.hits(a, cx, cy, b, best.count);
			if (count < best.count) best = { d, count };
			if (count === 0) break;
		}
		return best.d;
	};
}

/**
 * The ties that are alone between their two actors in the whole data: drawn as one line that
 * never fans out, so they can bend round other actors like a pair's line.
 */
export function soleTies(ties: readonly Tie[]): Set<string> {
	const { pairOf, perPair } = runAll(pairCounts(ties));
	return new Set(
		ties.filter((_, i) => pairOf[i] !== null && perPair.get(pairOf[i]!) === 1).map((t) => t.id)
	);
}
