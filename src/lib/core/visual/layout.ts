import type { Actor } from '../schema/actor.ts';
import { mapPlaces, type Leader } from '../map/map-layout.ts';
import type { Layout } from '../view/view-spec.ts';

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

/** Every actor's place in a layout, with the map's leader lines (none in the schematic one). */
export interface Places {
	positions: Map<string, { x: number; y: number }>;
	leaders: Leader[];
}

const cache = { schematic: new WeakMap<object, Places>(), map: new WeakMap<object, Places>() };

/**
 * Where every actor of a dataset sits in a layout. Computed from all the dataset's actors (never
 * from those at a date), so nothing moves as time moves; kept per dataset, as it never changes.
 */
export function actorPlaces(actors: readonly Actor[], layout: Layout = 'schematic'): Places {
	const known = cache[layout].get(actors);
	if (known) return known;
	const places: Places =
		layout === 'map'
			? mapPlaces(actors, positionOf)
			: { positions: new Map(actors.map((a, i) => [a.id, positionOf(a, i)])), leaders: [] };
	cache[layout].set(actors, places);
	return places;
}
