import type { Lang } from '../../schema/common.ts';
import { ATLAS_SOURCE, type BaseMap, type MapFrame } from '../../map/projection.ts';
import type { Leader } from '../../map/map-layout.ts';
import { escapeXml as x } from '../xml.ts';
import type { Theme } from '../../visual/theme.ts';

/**
 * The base map's look: pale land and thin borders in greys only, so it reads the same in colour,
 * greyscale and print, and never competes with a tie (every tie colour is darker or more saturated).
 */
export const MAP_STYLE = {
	land: '#eceef1',
	coast: '#cfd4da',
	border: '#b3bac3',
	leader: '#9ca3af',
	capital: '#6b7280',
	note: '#6b7280'
} as const;
export type MapStyle = { readonly [K in keyof typeof MAP_STYLE]: string };

/**
 * The map for each theme. Print draws almost no land, so nothing greys a paper page, and darker
 * thin borders, so the region still reads; greyscale takes the colour map's greys (theme.ts
 * turns its faint blue tint grey).
 */
export const MAP_STYLES: Record<Theme, MapStyle> = {
	colour: MAP_STYLE,
	greyscale: MAP_STYLE,
	print: {
		land: '#fbfbfb',
		coast: '#6b6b6b',
		border: '#8c8c8c',
		leader: '#6b6b6b',
		capital: '#404040',
		note: '#404040'
	}
};

/**
 * The map under the graph as SVG: land, borders, the leader lines from moved states back to their
 * capitals, and the credit line (source, and that borders are today's). No place names: the
 * actors' own labels are the only words on the map.
 */
export function svgMap(
	baseMap: BaseMap,
	leaders: readonly Leader[],
	f: MapFrame,
	u: number,
	lang: Lang,
	style: MapStyle = MAP_STYLE
): string {
	const { land, borders, frame } = baseMap(f);
	const at = (p: { x: number; y: number }) =>
		`${(p.x * f.scale + f.dx).toFixed(1)},${(p.y * f.scale + f.dy).toFixed(1)}`;
	const out = [
		'<g class="base-map" aria-hidden="true">',
		`<path class="land" d="${land}" fill="${style.land}" stroke="${style.coast}" stroke-width="${(0.8 * u).toFixed(2)}" stroke-linejoin="round"/>`,
		`<path class="borders" d="${borders}" fill="none" stroke="${style.border}" stroke-width="${(0.7 * u).toFixed(2)}" stroke-linejoin="round"/>`
	];
	for (const l of leaders)
		out.push(
			`<path class="leader" data-leader="${x(l.id)}" d="M${at(l.capital)} L${at(l.node)}" stroke="${style.leader}" stroke-width="${(1 * u).toFixed(2)}" fill="none"/>`,
			`<circle cx="${at(l.capital).split(',')[0]}" cy="${at(l.capital).split(',')[1]}" r="${(3 * u).toFixed(1)}" fill="${style.capital}"/>`
		);
	out.push(
		`<text class="map-credit" x="${(frame.x + 6 * u).toFixed(1)}" y="${(frame.y + frame.height - 6 * u).toFixed(1)}" font-size="${(11 * u).toFixed(1)}" fill="${style.note}">${x(ATLAS_SOURCE[lang])}</text>`,
		'</g>'
	);
	return out.join('\n');
}
