import type { Actor } from '../schema/actor.ts';
import type { Tie } from '../schema/tie.ts';
import { tiePairKey } from '../view/pairs.ts';
import { NODE_STYLE } from './encoding.ts';
import { positionOf } from './layout.ts';

interface Obstacle {
	id: string;
	x: number;
	y: number;
	/** Half the width and height to keep clear of, margin included. */
	rx: number;
	ry: number;
	/** The curve that last counted this obstacle (see `ObstacleGrid.hits`). */
	seen: number;
}

const MARGIN = 10;
const STEP = 30;
const MAX_STEPS = 12;

/**
 * The obstacles by square cell of the plane, so a point of a curve is tried only against the
 * actors near it: every actor against every curve point made a big dataset's first picture take
 * minutes (2,000 actors, 10,000 ties: two minutes, nearly all of it here).
 */
class ObstacleGrid {
	readonly #cells = new Map<number, Obstacle[]>();
	readonly #size: number;
	/** The widest half-extent of any obstacle: how far from a point a centre can be and still hold it. */
	readonly #reach: number;
	/** Which curve is being counted: an obstacle already marked with it is not counted again. */
	#curve = 0;

	constructor(obstacles: readonly Obstacle[]) {
		this.#reach = Math.max(1, ...obstacles.map((o) => Math.max(o.rx, o.ry)));
		this.#size = 2 * this.#reach;
		for (const o of obstacles) {
			const key = cellKey(Math.floor(o.x / this.#size), Math.floor(o.y / this.#size));
			const cell = this.#cells.get(key);
			if (cell) cell.push(o);
			else this.#cells.set(key, [o]);
		}
	}

	/**
	 * How many obstacles other than a and b the quadratic curve from a over control c to b comes
	 * inside, tried at 39 points along it; counting stops at `enough` (a curve that hits that many
	 * is no better than one already found, so the exact count does not matter).
	 */
	hits(a: Obstacle, c: { x: number; y: number }, b: Obstacle, enough: number): number {
		const curve = ++this.#curve;
		const r = this.#reach;
		const s = this.#size;
		let count = 0;
		for (let i = 1; i < 40; i++) {
			const t = i / 40;
			const u = 1 - t;
			const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
			const y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
			const cx1 = Math.floor((x + r) / s);
			const cy0 = Math.floor((y - r) / s);
			const cy1 = Math.floor((y + r) / s);
			for (let cx = Math.floor((x - r) / s); cx <= cx1; cx++)
				for (let cy = cy0; cy <= cy1; cy++) {
					const cell = this.#cells.get(cellKey(cx, cy));
					if (!cell) continue;
					for (const o of cell) {
						if (o.seen === curve || o === a || o === b) continue;
						const dx = (x - o.x) / o.rx;
						const dy = (y - o.y) / o.ry;
						if (dx * dx + dy * dy >= 1) continue;
						o.seen = curve;
						if (++count >= enough) return count;
					}
				}
		}
		return count;
	}
}

// Unique while a cell index stays under 2^25 in size, far beyond any layout's coordinates.
const cellKey = (cx: number, cy: number) => cx * 2 ** 26 + cy;

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
	const obstacles: Obstacle[] = actors.map((actor, i) => {
		const p = positions?.get(actor.id) ?? positionOf(actor, i);
		const org = actor.kind === 'organisation';
		const half = NODE_STYLE.size / 2;
		const rx = (org ? 35 : half) + MARGIN;
		return { id: actor.id, ...p, rx, ry: (org ? 20 : half) + MARGIN, seen: 0 };
	});
	const byId = new Map(obstacles.map((o) => [o.id, o]));
	const grid = new ObstacleGrid(obstacles);
	const out = new Map<string, number>();
	for (const key of keys) {
		const [ia, ib] = key.split('~');
		const a = byId.get(ia);
		const b = byId.get(ib);
		if (!a || !b) continue;
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
		let best = { d: 0, count: Infinity };
		for (let i = 0; i <= MAX_STEPS * 2; i++) {
			// 0, +1, −1, +2, −2… steps: the smallest bend that clears every actor.
			const d = (i % 2 ? 1 : -1) * Math.ceil(i / 2) * STEP;
			const c = { x: (a.x + b.x) / 2 + n.x * d, y: (a.y + b.y) / 2 + n.y * d };
			const count = grid.hits(a, c, b, best.count);
			if (count < best.count) best = { d, count };
			if (count === 0) break;
		}
		out.set(key, best.d);
	}
	return out;
}

/**
 * The ties that are alone between their two actors in the whole data: drawn as one line that
 * never fans out, so they can bend round other actors like a pair's line.
 */
export function soleTies(ties: readonly Tie[]): Set<string> {
	const byPair = new Map<string, string[]>();
	for (const tie of ties) {
		const key = tiePairKey(tie);
		if (key) byPair.set(key, [...(byPair.get(key) ?? []), tie.id]);
	}
	return new Set([...byPair.values()].filter((ids) => ids.length === 1).map((ids) => ids[0]));
}
