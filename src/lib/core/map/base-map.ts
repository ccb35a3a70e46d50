import { geoPath, type GeoStream } from 'd3-geo';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import { MAP_FRAME, mapProjection } from './projection.ts';

/** Land and borders of today's world, decoded once. */
export interface Atlas {
	land: Feature | { type: 'FeatureCollection'; features: Feature[] };
	borders: MultiLineString;
}

/** Where the base map comes from, for legends and credits. */
export const ATLAS_SOURCE = {
	en: 'Map: Natural Earth 1:50m (public domain) via world-atlas 2.0.2; borders of today.',
	ja: '地図：Natural Earth 1:50m（パブリックドメイン、world-atlas 2.0.2）。国境は現在のもの。'
} as const;

let pending: Promise<Atlas> | null = null;

/**
 * The bundled Natural Earth atlas (1:50m), imported only when a map is drawn, so a first visit
 * that never shows the map does not load it. No network: the file ships with the app.
 */
export function loadAtlas(): Promise<Atlas> {
	pending ??= import('world-atlas/countries-50m.json').then((m) =>
		decodeAtlas((m.default ?? m) as unknown as Topology)
	);
	return pending;
}

/** Turns the TopoJSON into land (one shape) and borders (shared edges between countries). */
export function decodeAtlas(topo: Topology): Atlas {
	const objects = topo.objects as Record<string, GeometryObject>;
	if (!objects.land || !objects.countries)
		throw new Error('atlas: the TopoJSON has no "land" or "countries" object');
	return {
		land: feature(topo, objects.land) as Atlas['land'],
		borders: mesh(topo, objects.countries, (a, b) => a !== b)
	};
}

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

/**
 * The base map for a frame, as SVG path data: the same projection as the actors' places, scaled
 * and moved like them, clipped to the map's frame and rounded to a tenth of a unit (small files).
 */
export function mapPaths(atlas: Atlas, f: MapFrame = { scale: 1, dx: 0, dy: 0 }): MapPaths {
	const frame = {
		x: MAP_FRAME.x * f.scale + f.dx,
		y: MAP_FRAME.y * f.scale + f.dy,
		width: MAP_FRAME.width * f.scale,
		height: MAP_FRAME.height * f.scale
	};
	const base = mapProjection();
	const projection = base
		.scale(base.scale() * f.scale)
		.translate([f.dx, f.dy])
		.clipExtent([
			[frame.x, frame.y],
			[frame.x + frame.width, frame.y + frame.height]
		]);
	const path = geoPath({ stream: (out) => projection.stream(thinned(out, 1.2 * f.scale)) }).digits(
		1
	);
	return { land: path(atlas.land) ?? '', borders: path(atlas.borders) ?? '', frame };
}

/**
 * Drops points closer than `min` to the last one kept on a line (the first and last stay), so
 * coastlines carry no detail finer than the picture can show: a simplification in picture units.
 */
function thinned(out: GeoStream, min: number): GeoStream {
	let last: [number, number] | null = null;
	let held: [number, number] | null = null;
	return {
		point(x, y) {
			if (last && Math.abs(x - last[0]) < min && Math.abs(y - last[1]) < min) {
				held = [x, y];
				return;
			}
			out.point(x, y);
			last = [x, y];
			held = null;
		},
		lineStart() {
			last = held = null;
			out.lineStart();
		},
		lineEnd() {
			if (held) out.point(held[0], held[1]);
			out.lineEnd();
		},
		polygonStart: () => out.polygonStart(),
		polygonEnd: () => out.polygonEnd(),
		sphere: () => out.sphere?.()
	};
}
