import { geoProjection, type GeoProjection } from 'd3-geo';

/** Where the map looks from: the Korean peninsula, the middle of the actors' region. */
export const MAP_CENTRE = { lon: 127, lat: 38 } as const;

/**
 * How fast the map compresses away from its centre, in degrees: within about this distance of
 * Korea the map is close to true shape; beyond it distances shrink logarithmically, so Moscow,
 * Berlin and Washington (across the Pacific) fit in one frame beside a large Northeast Asia.
 */
const SPREAD = 15;
/** Model units (the schematic layout's units) per unit of the raw projection. */
const SCALE = 400;

const RAD = Math.PI / 180;

/**
 * A cylindrical "magnifier" (after Hägerstrand's logarithmic maps): x = asinh(Δλ / s),
 * y = asinh(Δφ / s). Parallels stay horizontal and meridians vertical, north is up, and east
 * stays east, so the United States sits east of Japan across the Pacific.
 */
function magnifier(lambda: number, phi: number): [number, number] {
	return [
		Math.asinh(lambda / (SPREAD * RAD)),
		Math.asinh((phi - MAP_CENTRE.lat * RAD) / (SPREAD * RAD))
	];
}

/**
 * The map's projection into model coordinates (x east, y south, the units of the schematic
 * layout). Rotated so the cut runs through the Atlantic at 53° W, far from every actor.
 */
export function mapProjection(): GeoProjection {
	return geoProjection(magnifier)
		.rotate([-MAP_CENTRE.lon, 0])
		.scale(SCALE)
		.center([0, MAP_CENTRE.lat])
		.translate([0, 0])
		.precision(0.5);
}

const shared = mapProjection();

/** A place on the map in model coordinates. */
export function projectLonLat(lon: number, lat: number): { x: number; y: number } {
	const [x, y] = shared([lon, lat])!;
	return { x, y };
}

/**
 * The part of the world the map shows, in model coordinates: Berlin to beyond Washington, the
 * Arctic coast to the South China Sea. Land outside is clipped, so pictures stay small.
 */
export const MAP_FRAME = { x: -1130, y: -520, width: 2390, height: 900 } as const;
