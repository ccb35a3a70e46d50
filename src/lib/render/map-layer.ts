import { MAP_STYLE, MAP_STYLES, type MapStyle } from '$lib/core/export/image/svg-map.ts';
import { themeColour, type Theme } from '$lib/core/visual/theme.ts';
import type { Leader } from '$lib/core/map/map-layout.ts';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * The base map on screen: one SVG under the graph's canvas, drawn once in model coordinates and
 * moved with the camera by a single transform, so a date step costs it nothing and a pan or zoom
 * sets one attribute. Strokes keep their width at any zoom; it never takes a pointer event, so it
 * never hides a tie or an actor from the person.
 */
export class MapLayer {
	readonly svg: SVGSVGElement;
	private readonly g: SVGGElement;
	private readonly leaders = new Map<string, SVGGElement>();
	/** Which part of the map takes which colour of the style (see setTheme). */
	private readonly paints: [SVGElement, string, keyof MapStyle][] = [];

	constructor(container: HTMLElement, paths: { land: string; borders: string }, leaders: Leader[]) {
		this.svg = document.createElementNS(SVG, 'svg');
		this.svg.setAttribute('class', 'base-map');
		this.svg.setAttribute('aria-hidden', 'true');
		this.svg.style.cssText =
			'position:absolute;inset:0;width:100%;height:100%;pointer-events:none;z-index:0';
		this.g = document.createElementNS(SVG, 'g');
		this.svg.append(this.g);
		const path = (cls: string, d: string, attrs: Record<string, string>) => {
			const p = document.createElementNS(SVG, 'path');
			p.setAttribute('class', cls);
			p.setAttribute('d', d);
			p.setAttribute('vector-effect', 'non-scaling-stroke');
			for (const [k, v] of Object.entries(attrs)) p.setAttribute(k, v);
			for (const attr of ['fill', 'stroke'])
				for (const [key, colour] of Object.entries(MAP_STYLE))
					if (attrs[attr] === colour) this.paints.push([p, attr, key as keyof MapStyle]);
			return p;
		};
		this.g.append(
			path('land', paths.land, {
				fill: MAP_STYLE.land,
				stroke: MAP_STYLE.coast,
				'stroke-width': '0.8',
				'stroke-linejoin': 'round'
			}),
			path('borders', paths.borders, {
				fill: 'none',
				stroke: MAP_STYLE.border,
				'stroke-width': '0.7',
				'stroke-linejoin': 'round'
			})
		);
		for (const l of leaders) {
			const g = document.createElementNS(SVG, 'g');
			g.setAttribute('data-leader', l.id);
			g.append(
				path('leader', `M${l.capital.x},${l.capital.y} L${l.node.x},${l.node.y}`, {
					stroke: MAP_STYLE.leader,
					'stroke-width': '1',
					fill: 'none'
				})
			);
			// A zero-length round-capped stroke: a dot that keeps its size at any zoom.
			g.append(
				path('capital', `M${l.capital.x},${l.capital.y} l0,0`, {
					stroke: MAP_STYLE.capital,
					'stroke-width': '6',
					'stroke-linecap': 'round'
				})
			);
			this.leaders.set(l.id, g);
			this.g.append(g);
		}
		container.prepend(this.svg);
	}

	/** Draws the map in a theme's colours, as the SVG writer does (svg-map.ts). */
	setTheme(theme: Theme) {
		const style = MAP_STYLES[theme];
		for (const [el, attr, key] of this.paints)
			el.setAttribute(attr, themeColour(style[key], theme));
	}

	/** Follows the camera: model point (x, y) is drawn at (x · zoom + pan.x, y · zoom + pan.y). */
	follow(zoom: number, pan: { x: number; y: number }) {
		this.g.setAttribute('transform', `matrix(${zoom},0,0,${zoom},${pan.x},${pan.y})`);
	}

	/** A leader line shows only while its actor is drawn. */
	showLeader(id: string, shown: boolean) {
		const g = this.leaders.get(id);
		if (g) g.style.display = shown ? '' : 'none';
	}

	show(shown: boolean) {
		this.svg.style.display = shown ? '' : 'none';
	}

	destroy() {
		this.svg.remove();
	}
}
