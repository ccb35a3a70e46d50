import type { Actor } from '../schema/actor.ts';

/**
 * Positions for the map-like arrangement. Actors carry hand-placed positions in graph-data; an
 * actor without one is placed from its capital (a simple equirectangular projection centred on
 * Korea, wrapping the Americas east across the Pacific), else on a ring. Positions never depend on
 * the date, so nothing jumps as time moves.
 */
export function positionOf(actor: Actor, index: number): { x: number; y: number } {
	if (actor.position) return { ...actor.position };
	if (actor.capital) {
		const lon = actor.capital.lon < -30 ? actor.capital.lon + 360 : actor.capital.lon;
		return { x: (lon - 127) * 9, y: (38 - actor.capital.lat) * 12 };
	}
	const angle = (index * 2.39996) % (2 * Math.PI);
	return { x: Math.cos(angle) * 700, y: Math.sin(angle) * 450 };
}
