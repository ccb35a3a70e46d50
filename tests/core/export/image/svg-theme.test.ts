import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import {
	viewPicture,
	type PictureOptions
} from '../../../../src/lib/core/export/image/view-picture.ts';
import { loadBaseMap } from '../../../../src/lib/core/map/base-map.ts';
import { defaultSpec, type ViewSpec } from '../../../../src/lib/core/view/view-spec.ts';
import { KIND_STYLES } from '../../../../src/lib/core/visual/encoding.ts';
import { FOREIGN_PALETTE } from '../../../../src/lib/core/visual/kind-style.ts';
import {
	greyOf,
	themeColour,
	themeKindStyle,
	themeSvg
} from '../../../../src/lib/core/visual/theme.ts';
import { specPicture } from '../../../../src/lib/core/export/video/spec-picture.ts';
import { frameSvg } from '../../../../src/lib/core/export/video/frame-svg.ts';
import { deckPages } from '../../../../src/lib/core/export/image/deck.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const baseMap = await loadBaseMap();
const options: PictureOptions = {
	lang: 'en',
	width: 1600,
	height: 1000,
	background: '#ffffff',
	title: 'Tieline',
	caption: true,
	legend: true,
	footnotes: true,
	baseMap
};
const onMap = (at: string, patch: Partial<ViewSpec> = {}): ViewSpec => ({
	...defaultSpec(at),
	layout: 'map',
	...patch
});
const draw = (spec: ViewSpec) => viewPicture(graph, spec, { ...options, lang: spec.lang }).svg;

/** Every colour a fill, stroke or colour attribute of the SVG gives, as [r, g, b]. */
function paints(svg: string): { text: string; rgb: number[] }[] {
	const out: { text: string; rgb: number[] }[] = [];
	for (const m of svg.matchAll(/\b(?:fill|stroke|color|stop-color|flood-color)="([^"]+)"/g)) {
		const v = m[1].trim().toLowerCase();
		if (v === 'none' || v === 'transparent' || v.startsWith('url(')) continue;
		let rgb: number[] | null = null;
		const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
		if (hex) {
			const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
			rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
		} else if (/^rgba?\(/.test(v))
			rgb = v
				.match(/[\d.]+/g)!
				.slice(0, 3)
				.map(Number);
		else if (v === 'white') rgb = [255, 255, 255];
		else if (v === 'black') rgb = [0, 0, 0];
		expect(rgb, `a colour the test can read: ${v}`).not.toBeNull();
		out.push({ text: v, rgb: rgb! });
	}
	return out;
}

/** Each tie's own line (not its halo or outline) and its arrowhead, by tie id. */
function tieLines(
	svg: string
): Map<string, { stroke: string; width: number; dash: boolean; head: string }> {
	const out = new Map<string, { stroke: string; width: number; dash: boolean; head: string }>();
	for (const m of svg.matchAll(/<g data-tie="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)) {
		const line = [
			...m[2].matchAll(/<path d="[^"]+" stroke="([^"]+)" stroke-width="([\d.]+)"([^>]*)\/>/g)
		];
		const own = line[line.length - 1];
		const head = /<(polygon|polyline|circle|line) /.exec(m[2])?.[1] ?? 'none';
		if (own)
			out.set(m[1], {
				stroke: own[1],
				width: Number(own[2]),
				dash: own[3].includes('stroke-dasharray'),
				head
			});
	}
	return out;
}

describe('the greyscale theme', () => {
	it('leaves no hue anywhere in the picture: map, ties, marks, legend, sources', () => {
		const views = [
			onMap('2024-12-10', { theme: 'greyscale' }),
			onMap('1961-07-11', { theme: 'greyscale', lang: 'ja' }),
			// A comparison brings the time marks' halos and signs; every tie alone shows them all.
			{
				...onMap('2024-12-10', { theme: 'greyscale', pairs: 'all' }),
				time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' }
			} satisfies ViewSpec
		];
		for (const spec of views) {
			const svg = draw(spec);
			expect(svg).toContain('data-theme="greyscale"');
			expect(svg).toMatch(/<path class="land" d="M/);
			const all = paints(svg);
			expect(all.length).toBeGreaterThan(100);
			const coloured = all.filter(({ rgb: [r, g, b] }) => r !== g || g !== b);
			expect(coloured.map((c) => c.text)).toEqual([]);
		}
		// The same view in colour has hues, so the check above can fail.
		const colour = paints(draw(onMap('2024-12-10')));
		expect(colour.some(({ rgb: [r, g, b] }) => r !== g || g !== b)).toBe(true);
	});

	it('gives each kind of tie its own grey, and keeps patterns and arrowheads', () => {
		const greys = Object.values(KIND_STYLES).map((s) => themeKindStyle(s, 'greyscale').color);
		expect(new Set(greys).size).toBe(Object.keys(KIND_STYLES).length);
		for (const g of greys) expect(g).toMatch(/^#([0-9a-f]{2})\1\1$/);

		const spec = onMap('2024-12-10', { pairs: 'all', context: 'full' });
		const grey = draw({ ...spec, theme: 'greyscale' });
		const kindGrey = new Map<string, Set<string>>();
		for (const [id, line] of tieLines(grey)) {
			const kind = graph.tiesById.get(id)!.kind;
			if (!kindGrey.has(kind)) kindGrey.set(kind, new Set());
			kindGrey.get(kind)!.add(line.stroke);
		}
		expect(kindGrey.size).toBeGreaterThanOrEqual(6);
		for (const [kind, set] of kindGrey) expect([...set], kind).toHaveLength(1);
		const used = [...kindGrey.values()].map((s) => [...s][0]);
		expect(new Set(used).size).toBe(used.length);

		// Status and kind keep their second cues: the same dashes and arrowheads as in colour.
		const colour = tieLines(draw(spec));
		const cues = (l: { dash: boolean; head: string; width: number }) => [l.dash, l.head, l.width];
		for (const [id, line] of tieLines(grey)) expect(cues(line), id).toEqual(cues(colour.get(id)!));
		expect([...colour.values()].some((l) => l.dash)).toBe(true);
		expect(new Set([...colour.values()].map((l) => l.head)).size).toBeGreaterThan(2);
		expect(grey).toContain('Greyscale theme');
	});

	it('turns any colour into a grey of its lightness, and leaves words and text alone', () => {
		expect(greyOf('#ffffff')).toBe('#ffffff');
		expect(greyOf('#000')).toBe('#000000');
		for (const c of FOREIGN_PALETTE) expect(themeColour(c, 'greyscale')).toMatch(/^#(..)\1\1$/);
		expect(themeColour('none', 'greyscale')).toBe('none');
		expect(themeColour('#0072B2', 'colour')).toBe('#0072B2');
		expect(themeSvg('<text fill="#D55E00">#D55E00</text>', 'greyscale')).toBe(
			'<text fill="#5c5c5c">#D55E00</text>'
		);
	});

	it('reaches every page of a deck made in it, whatever theme its scenes have', () => {
		const story = graph.data.stories![0];
		const pages = deckPages(graph, story, 'en', baseMap, 'greyscale');
		expect(pages).toHaveLength(story.scenes.length);
		for (const page of pages) {
			const svg = page.picture({ width: 1200, height: 700 });
			expect(svg).toContain('data-theme="greyscale"');
			expect(paints(svg).filter(({ rgb: [r, g, b] }) => r !== g || g !== b)).toEqual([]);
		}
		const own = deckPages(graph, story, 'en', baseMap)[0].picture({ width: 1200, height: 700 });
		expect(own).toContain('data-theme="colour"');
	});

	it('reaches a video frame, its subtitle band too', () => {
		const svg = frameSvg(specPicture(graph, onMap('2024-12-10', { theme: 'greyscale' })), {
			lang: 'en',
			baseMap,
			width: 1280,
			height: 720,
			title: 'A story',
			subtitle: 'A caption under the picture',
			footnotes: false
		});
		expect(svg).toContain('class="subtitle"');
		expect(paints(svg).filter(({ rgb: [r, g, b] }) => r !== g || g !== b)).toEqual([]);
	});
});

describe('the print theme', () => {
	it('draws a white page, a barely filled map with darker borders, black text, thicker lines', () => {
		const spec = onMap('2024-12-10', { pairs: 'all' });
		const print = draw({ ...spec, theme: 'print' });
		const colour = draw(spec);
		expect(print).toContain('data-theme="print"');
		expect(print).toMatch(/<rect width="100%" height="100%" fill="#ffffff"\/>/);
		const attr = (svg: string, cls: string, name: string) =>
			new RegExp(`<path class="${cls}" d="[^"]+" [^>]*?${name}="(#[0-9a-f]{6})"`).exec(svg)![1];
		const light = (hex: string) => parseInt(hex.slice(1, 3), 16);
		expect(light(attr(print, 'land', 'fill'))).toBeGreaterThanOrEqual(0xf8);
		expect(light(attr(print, 'borders', 'stroke'))).toBeLessThan(
			light(attr(colour, 'borders', 'stroke'))
		);
		// Text is black: the caption, the legend, the sources.
		expect(print).not.toMatch(/#111827|#374151/i);
		expect(print).toMatch(/<text class="caption"[^>]* fill="#000000"/);
		// Ties keep their colours and are wider, none thinner than 2 units.
		const [p, c] = [tieLines(print), tieLines(colour)];
		expect(p.size).toBe(c.size);
		for (const [id, line] of p) {
			expect(line.stroke, id).toBe(c.get(id)!.stroke);
			expect(line.width, id).toBeGreaterThan(c.get(id)!.width);
		}
		expect(print).toMatch(/<text class="legend-theme" data-theme="print"[^>]*>Print theme</);
		expect(draw({ ...spec, theme: 'print', lang: 'ja' })).toContain('印刷用表示');
	});
});
