import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '../../../src/lib/core/export/image/svg.ts';
import {
	decodeAtlas,
	loadAtlas,
	loadBaseMap,
	mapPaths,
	mapProjection
} from '../../../src/lib/core/map/base-map.ts';
import { MAP_FRAME, projectLonLat } from '../../../src/lib/core/map/projection.ts';
import { actorPlaces } from '../../../src/lib/core/visual/layout.ts';

const dataset = loadDatasetOrThrow(readGraphData('graph-data'));
const states = dataset.actors.filter((a) => a.kind === 'state');
const inside = (p: { x: number; y: number }) =>
	p.x > MAP_FRAME.x &&
	p.x < MAP_FRAME.x + MAP_FRAME.width &&
	p.y > MAP_FRAME.y &&
	p.y < MAP_FRAME.y + MAP_FRAME.height;
const capitalOf = (id: string) => {
	const c = states.find((a) => a.id === id)!.capital!;
	return projectLonLat(c.lon, c.lat);
};

describe('the map projection', () => {
	it('puts every capital of the bundled data inside the frame, Moscow and Washington too', () => {
		expect(states.length).toBeGreaterThanOrEqual(6);
		for (const s of states) {
			expect(s.capital, `${s.id} has a capital`).toBeDefined();
			expect(inside(capitalOf(s.id)), `${s.id} at ${JSON.stringify(capitalOf(s.id))}`).toBe(true);
		}
	});

	it('keeps the United States east of Japan across the Pacific, and Moscow north-west of Korea', () => {
		const [usa, jpn, kor, rus] = ['USA', 'JPN', 'KOR', 'RUS'].map(capitalOf);
		expect(usa.x).toBeGreaterThan(jpn.x + 600);
		expect(Math.max(...states.map((s) => capitalOf(s.id).x))).toBe(usa.x);
		expect(rus.x).toBeLessThan(kor.x - 600);
		expect(rus.y).toBeLessThan(kor.y - 200);
	});

	it('places actors as the base map projects land (one projection, two ways to run it)', () => {
		const d3 = mapProjection();
		for (const [lon, lat] of [
			[37.62, 55.76],
			[-77.04, 38.9],
			[139.69, 35.68],
			[13.4, 52.52]
		]) {
			const [x, y] = d3([lon, lat])!;
			const p = projectLonLat(lon, lat);
			expect(p.x).toBeCloseTo(x, 6);
			expect(p.y).toBeCloseTo(y, 6);
		}
	});

	it('shows Northeast Asia large: Seoul to Tokyo is over a tenth of the frame', () => {
		const [kor, jpn] = ['KOR', 'JPN'].map(capitalOf);
		expect(jpn.x - kor.x).toBeGreaterThan(MAP_FRAME.width / 10);
	});
});

describe('the map layout', () => {
	const { positions, leaders } = actorPlaces(dataset.actors, 'map');

	it('places states near their capitals, each with room for its label', () => {
		for (const s of states) {
			const p = positions.get(s.id)!;
			const c = capitalOf(s.id);
			expect(Math.hypot(p.x - c.x, p.y - c.y), s.id).toBeLessThan(200);
		}
		for (const a of states)
			for (const b of states) {
				if (a.id >= b.id) continue;
				const [p, q] = [positions.get(a.id)!, positions.get(b.id)!];
				const apart = Math.abs(p.x - q.x) >= 180 || Math.abs(p.y - q.y) >= 140;
				expect(apart, `${a.id} and ${b.id}`).toBe(true);
			}
		expect(leaders.map((l) => l.id)).toContain('PRK');
	});

	it('puts organisations in a band under the map, never on it', () => {
		const orgs = dataset.actors.filter((a) => a.kind === 'organisation');
		expect(orgs.length).toBeGreaterThan(3);
		for (const o of orgs)
			expect(positions.get(o.id)!.y).toBeGreaterThan(MAP_FRAME.y + MAP_FRAME.height);
	});

	it('is the same every time and keeps the schematic layout as it was', () => {
		expect(actorPlaces([...dataset.actors], 'map').positions).toEqual(positions);
		const schematic = actorPlaces(dataset.actors).positions;
		expect(schematic.get('RUS')).toEqual(dataset.actors.find((a) => a.id === 'RUS')!.position);
	});
});

describe('the bundled atlas', () => {
	it('decodes offline from the package file, land and borders', () => {
		const topo = JSON.parse(
			readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')
		) as Topology;
		const atlas = decodeAtlas(topo);
		const paths = mapPaths(atlas);
		expect(paths.land.length).toBeGreaterThan(20_000);
		expect(paths.borders.length).toBeGreaterThan(5_000);
		// Every coordinate is clipped to the frame.
		const xs = [...paths.land.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(MAP_FRAME.x - 0.1);
		expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_FRAME.x + MAP_FRAME.width + 0.1);
	});

	it('loads through the dynamic import the app uses, once', async () => {
		const a = await loadAtlas();
		expect(await loadAtlas()).toBe(a);
		expect(mapPaths(a).land).toMatch(/^M/);
	});

	it('names the problem when a file is not the atlas', () => {
		const bad = { type: 'Topology', objects: {}, arcs: [] } as unknown as Topology;
		expect(() => decodeAtlas(bad)).toThrow(
			'atlas: the TopoJSON has no "land" or "countries" object'
		);
	});
});

describe('the SVG picture in the map layout', () => {
	const graph = new TemporalGraph(dataset);
	const options: ImageOptions = {
		lang: 'en',
		width: 1400,
		height: 900,
		background: '#ffffff',
		title: '',
		caption: true,
		legend: true,
		footnotes: true
	};

	it('draws land and borders as vector paths under the ties, under 1 MB, with the credit', async () => {
		const baseMap = await loadBaseMap();
		for (const at of ['1961-07-11', '2024-12-10']) {
			const svg = writeSvg(selectScope(graph, { at }), { ...options, layout: 'map', baseMap });
			const land = svg.match(/<path class="land" d="([^"]+)"/)?.[1] ?? '';
			expect(land.length).toBeGreaterThan(20_000);
			expect(svg).toMatch(/<path class="borders" d="M/);
			expect(svg.indexOf('class="base-map"')).toBeLessThan(svg.indexOf('class="ties"'));
			expect(svg).toContain('Natural Earth');
			expect(svg).toContain('borders of today');
			expect(new TextEncoder().encode(svg).length).toBeLessThan(1_000_000);
		}
	});

	it('draws no map in the schematic layout', async () => {
		const baseMap = await loadBaseMap();
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10' }), { ...options, baseMap });
		expect(svg).not.toContain('class="land"');
	});
});
