/** Where the map looks from: the Korean peninsula, the middle of the actors' region. */
export const MAP_CENTRE = { lon: 127, lat: 38 } as const;

/**
 * How fast the map compresses away from its centre, in degrees: within about this distance of
 * Korea the map is close to true shape; beyond it distances shrink logarithmically, so Moscow,
 * Berlin and Washington (across the Pacific) fit in one frame beside a large Northeast Asia.
 */
const SPREAD = 15;
/** Model units (the schematic layout's units) per unit of the raw projection. */
export const MAP_SCALE = 400;

const RAD = Math.PI / 180;

/**
 * A cylindrical "magnifier" (after Hägerstrand's logarithmic maps), in radians from the centre's
 * meridian: x = asinh(Δλ / s), y = asinh(Δφ / s). Parallels stay horizontal and meridians
 * vertical, north is up, and east stays east, so the United States sits east of Japan across the
 * Pacific. The raw form d3-geo's `geoProjection` takes (y grows north).
 */
export function magnifier(lambda: number, phi: number): [number, number] {
	return [
		Math.asinh(lambda / (SPREAD * RAD)),
		Math.asinh((phi - MAP_CENTRE.lat * RAD) / (SPREAD * RAD))
	];
}

/**
 * A place on the map in model coordinates (x east, y south, the units of the schematic layout).
 * The same as the base map's projection, without loading it: the cut runs through the Atlantic at
 * 53° W, far from every actor.
 */
export function projectLonLat(lon: number, lat: number): { x: number; y: number } {
	const lambda = ((((lon - MAP_CENTRE.lon + 180) % 360) + 360) % 360) - 180;
	const [x, y] = magnifier(lambda * RAD, lat * RAD);
	return { x: x * MAP_SCALE, y: -y * MAP_SCALE };
}

/**
 * The part of the world the map shows, in model coordinates: Berlin to beyond Washington, the
 * Arctic coast to the South China Sea. Land outside is clipped, so pictures stay small.
 */
export const MAP_FRAME = { x: -1130, y: -500, width: 2390, height: 780 } as const;

/** Where the base map comes from, for legends and credits. */
export const ATLAS_SOURCE = {
	en: 'Map: Natural Earth 1:50m (public domain) via world-atlas 2.0.2; borders of today.',
	ja: '地図：Natural Earth 1:50m（パブリックドメイン、world-atlas 2.0.2）。国境は現在のもの。'
} as const;

/** How model coordinates become picture coordinates: x · scale + dx, y · scale + dy. */
export interface MapFrame {
	scale: number;
	dx: number;
	dy: number;
}

export interface MapPaths {
	/** SVG path data of the land, clipped to the map's frame. */
	land: string;
	/** SVG path data of the borders between countries. */
	borders: string;
	/** The map's frame in picture coordinates. */
	frame: { x: number; y: number; width: number; height: number };
}

/** The loaded base map: its paths for a frame (model coordinates when none is given). */
export type BaseMap = (frame?: MapFrame) => MapPaths;
