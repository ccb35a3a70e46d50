import { geoPath, geoProjection, type GeoProjection, type GeoStream } from 'd3-geo';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import {
	MAP_CENTRE,
	MAP_FRAME,
	MAP_SCALE,
	magnifier,
	type BaseMap,
	type MapFrame,
	type MapPaths
} from './projection.ts';

/** Land and borders of today's world, decoded once. */
export interface Atlas {
	land: Feature | { type: 'FeatureCollection'; features: Feature[] };
	borders: MultiLineString;
}

/** The map's projection into model coordinates, as `projectLonLat` computes it. */
export function mapProjection(): GeoProjection {
	return geoProjection(magnifier)
		.rotate([-MAP_CENTRE.lon, 0])
		.center([0, MAP_CENTRE.lat])
		.scale(MAP_SCALE)
		.translate([0, 0])
		.precision(0.5);
}

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

/** The bundled base map, ready to draw: `writeSvg(scope, { layout: 'map', baseMap })`. */
export async function loadBaseMap(): Promise<BaseMap> {
	const atlas = await loadAtlas();
	return (frame) => mapPaths(atlas, frame);
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
