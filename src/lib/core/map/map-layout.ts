import type { Actor } from '../schema/actor.ts';
import { MAP_FRAME, projectLonLat } from './projection.ts';

export interface Point {
	x: number;
	y: number;
}

/** A state drawn away from its capital, joined to it by a thin leader line. */
export interface Leader {
	id: string;
	capital: Point;
	node: Point;
}

/** Room an actor and its two-line label need before another may sit there. */
const ROOM = { x: 190, y: 150 };
/** Organisations sit in rows of this many under the map, in the schematic's west-to-east order. */
const BAND_COLUMNS = 9;
const BAND_TOP = MAP_FRAME.y + MAP_FRAME.height + 80;
const BAND_ROW = 150;
/** A state moved less than this from its capital needs no leader line. */
const LEADER_MIN = 30;

/**
 * Pushes apart states whose capitals are too close to draw both (Pyongyang and Seoul, Berlin and
 * Warsaw), along the line between them, a few units per round, until each has its room. Pure and
 * deterministic: the same actors always give the same places.
 */
function declutter(anchors: readonly Point[]): Point[] {
	const p = anchors.map((a) => ({ ...a }));
	for (let round = 0; round < 400; round++) {
		let moved = false;
		for (let i = 0; i < p.length; i++)
			for (let j = i + 1; j < p.length; j++) {
				const dx = p[j].x - p[i].x;
				const dy = p[j].y - p[i].y;
				const ox = ROOM.x - Math.abs(dx);
				const oy = ROOM.y - Math.abs(dy);
				if (ox <= 0 || oy <= 0) continue;
				moved = true;
				// Separate along the axis that needs the smaller move, away from each other.
				const len = Math.hypot(dx, dy) || 1;
				const ux = dx / len || (j % 2 ? 1 : -1) * 0.7;
				const uy = dy / len || 0.7;
				const step = Math.min(ox / Math.max(Math.abs(ux), 0.2), oy / Math.max(Math.abs(uy), 0.2));
				const d = Math.min(step, 40) / 2 + 0.5;
				p[i].x -= ux * d;
				p[i].y -= uy * d;
				p[j].x += ux * d;
				p[j].y += uy * d;
			}
		if (!moved) break;
	}
	return p;
}

export interface MapPlaces {
	positions: Map<string, Point>;
	leaders: Leader[];
}

/**
 * Where each actor sits on the map: a state at its capital (moved just enough to keep its label
 * clear, with a leader line back to the capital), everything else (organisations, and a state
 * with no capital in the data) in a band under the map, never at a place it does not have.
 */
export function mapPlaces(
	actors: readonly Actor[],
	schematic: (a: Actor, i: number) => Point
): MapPlaces {
	const located = actors.filter((a) => a.capital);
	const anchors = located.map((a) => projectLonLat(a.capital!.lon, a.capital!.lat));
	const placed = declutter(anchors);
	const positions = new Map<string, Point>();
	const leaders: Leader[] = [];
	located.forEach((a, i) => {
		positions.set(a.id, placed[i]);
		const d = Math.hypot(placed[i].x - anchors[i].x, placed[i].y - anchors[i].y);
		if (d > LEADER_MIN) leaders.push({ id: a.id, capital: anchors[i], node: placed[i] });
	});
	const band = actors
		.map((a, i) => ({ a, x: schematic(a, i).x }))
		.filter(({ a }) => !a.capital)
		.sort((p, q) => p.x - q.x || p.a.id.localeCompare(q.a.id));
	const columns = Math.min(BAND_COLUMNS, Math.max(1, band.length));
	const gap = MAP_FRAME.width / columns;
	band.forEach(({ a }, i) => {
		const row = Math.floor(i / columns);
		const col = i % columns;
		positions.set(a.id, {
			x: MAP_FRAME.x + gap * (col + 0.5) + (row % 2 ? gap / 4 : 0),
			y: BAND_TOP + row * BAND_ROW
		});
	});
	return { positions, leaders };
}
