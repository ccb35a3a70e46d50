import { writtenCounter, type OnWritten } from '../progress.ts';
import type { Lang } from '../../schema/common.ts';
import { t } from '../../i18n/messages.ts';
import { formatDay } from '../../time/format.ts';
import type { TieStatus } from '../../time/lifecycle.ts';
import { datasetManifest, kindStyleIn } from '../../io/manifest.ts';
import {
	confidenceOpacity,
	FONT_STACK,
	NODE_STYLE,
	TIME_MARKS,
	type TimeMark
} from '../../visual/encoding.ts';
import { actorPlaces } from '../../visual/layout.ts';
import type { Layout } from '../../view/view-spec.ts';
import { MAP_FRAME, type BaseMap } from '../../map/projection.ts';
import { MAP_STYLES, svgMap } from './svg-map.ts';
import { themeKindStyle, themeSvg, type Theme } from '../../visual/theme.ts';
import type { GraphScope, ScopeTie } from '../scope.ts';
import { escapeXml as x } from '../xml.ts';
import { curveMid, mid, strokes, trimEnd, type Point } from './geometry.ts';
import { actorsSvg } from './svg-actors.ts';
import { numberSources, RefPlacer, type CitingLine, type Extent } from './svg-refs.ts';
import {
	arrowHead,
	citedSources,
	dashFor,
	footnotes,
	unsourcedNote,
	type Box
} from './svg-parts.ts';
import { legend } from './svg-legend.ts';
import {
	pairBadgeBox,
	pairBend,
	pairGeometry,
	pairSvg,
	pairWidth,
	scopeName,
	soleTie,
	splitPairs,
	type PairsOption
} from './svg-pairs.ts';

export interface ImageOptions {
	lang: Lang;
	/** Exact size of the picture in pixels. */
	width: number;
	height: number;
	/** A colour, or 'transparent'. */
	background: string;
	/** A title line; empty for none. */
	title: string;
	caption: boolean;
	legend: boolean;
	footnotes: boolean;
	/** Space around the content, in pixels at 1400 px width. */
	margin?: number;
	/** Ties to mark, as on screen in range and compare modes (a halo and a sign). */
	marks?: Readonly<Record<string, TimeMark>>;
	/** A caption other than the scope's date or range (e.g. "Changes from A to B"). */
	captionText?: string;
	/** One line per pair of actors (the default, as on screen) or one line per tie. */
	pairs?: PairsOption;
	/** Where the actors sit; the schematic arrangement when left out. */
	layout?: Layout;
	/** The base map (`await loadBaseMap()`), drawn under the graph in the map layout. */
	baseMap?: BaseMap;
	/** Colour (the default), greyscale or print (theme.ts). */
	theme?: Theme;
}

/** The date or range a scope shows, in words. */
export function scopeCaption(scope: GraphScope, lang: Lang): string {
	const time = scope.time;
	if (time.kind === 'at') return t(lang, 'captionAt', { date: formatDay(time.day, lang) });
	if (time.kind === 'range') {
		return t(lang, 'captionRange', {
			from: formatDay(time.from, lang),
			to: formatDay(time.to, lang)
		});
	}
	return t(lang, 'captionAll');
}

/** The status a tie is drawn with: at the day, or its last status within the range. */
function statusOf(tie: ScopeTie): TieStatus {
	return tie.statuses[tie.statuses.length - 1] ?? 'active';
}

/**
 * The picture as SVG, written from the model and the layout positions (not traced from a
 * canvas): text stays text, and the styles are the screen's. The graph is cropped to its content
 * and fitted into what the title, legend and footnotes leave free.
 */
export function writeSvg(
	scope: GraphScope,
	o: ImageOptions,
	/** Told how many of the picture's lines are drawn, now and then (see `writtenCounter`). */
	onWritten?: OnWritten
): string {
	if (!(o.width >= 16 && o.height >= 16))
		throw new RangeError(`image size must be at least 16 × 16 px, got ${o.width} × ${o.height}`);
	const u = Math.max(o.width, o.height * 1.4) / 1400;
	const m = (o.margin ?? 28) * u;
	let top = m;
	const head: string[] = [];
	if (o.title) {
		top += 26 * u;
		head.push(
			`<text x="${m}" y="${top}" font-size="${(26 * u).toFixed(1)}" font-weight="700">${x(o.title)}</text>`
		);
		top += 8 * u;
	}
	if (o.caption) {
		top += 20 * u;
		head.push(
			`<text class="caption" x="${m}" y="${top}" font-size="${(18 * u).toFixed(1)}" fill="#374151">${x(o.captionText ?? scopeCaption(scope, o.lang))}</text>`
		);
	}
	top += head.length ? 14 * u : 0;
	const cited = o.footnotes ? citedSources(scope) : [];
	const legendW = o.legend && scope.ties.length ? 230 * u : 0;
	// The sources fill the width the legend leaves, so the legend may run down beside them.
	const footW = o.width - 2 * m - (legendW ? legendW - 10 * u + 12 * u : 0);
	const footCols = Math.max(1, Math.floor(footW / (360 * u)));
	const footH = cited.length
		? Math.min(o.height * 0.28, (Math.ceil(cited.length / footCols) + 2) * 15 * u)
		: 0;
	const graphBox: Box = {
		x: m,
		y: top,
		width: o.width - 2 * m - legendW,
		height: o.height - top - m - footH
	};

	const places = actorPlaces(scope.graph.data.actors, o.layout);
	const model = new Map<string, Point>();
	for (const a of scope.actors) model.set(a.actor.id, places.positions.get(a.actor.id)!);
	const onMap = o.layout === 'map';
	// The map layout frames the whole map, so the region reads the same on every date.
	const all = [
		...model.values(),
		...(onMap
			? [
					{ x: MAP_FRAME.x + 100, y: MAP_FRAME.y + 45 },
					{ x: MAP_FRAME.x + MAP_FRAME.width - 100, y: MAP_FRAME.y + MAP_FRAME.height - 100 }
				]
			: [])
	];
	const bb = {
		x1: Math.min(...all.map((p) => p.x)) - 100,
		x2: Math.max(...all.map((p) => p.x)) + 100,
		y1: Math.min(...all.map((p) => p.y)) - 45,
		y2: Math.max(...all.map((p) => p.y)) + 100
	};
	const k = Math.min(graphBox.width / (bb.x2 - bb.x1), graphBox.height / (bb.y2 - bb.y1), 2.5 * u);
	const ox = graphBox.x + (graphBox.width - (bb.x2 - bb.x1) * k) / 2;
	const oy = graphBox.y + (graphBox.height - (bb.y2 - bb.y1) * k) / 2;
	const screen = (p: Point): Point => ({ x: ox + (p.x - bb.x1) * k, y: oy + (p.y - bb.y1) * k });
	const pos = (id: string) => screen(model.get(id)!);

	const theme = o.theme ?? 'colour';
	const manifest = datasetManifest(scope.graph.data);
	const unsourced = unsourcedNote(scope, o.lang);
	const { single, groups } = splitPairs(
		scope.ties,
		statusOf,
		o.marks,
		o.pairs ?? { mode: 'one', expanded: [] }
	);
	const { strokes: lines, hubs } = strokes(single, pos, 13 * k, (key, t) =>
		soleTie(scope.graph, t.tie.id) ? pairBend(scope.graph, key, o.layout) * k : 0
	);
	const statuses = new Set<TieStatus>(groups.map((g) => g.status));
	const actors = actorsSvg(scope.actors, pos, k, o.lang);
	const bendOf = (key: string) => pairBend(scope.graph, key, o.layout);
	// Footnotes are numbered by the lines that cite them, and each line carries its numbers.
	const citing: CitingLine[] = [
		...groups.map((g) => ({
			id: `pair:${g.key}`,
			tieIds: g.ties.map((t) => t.tie.id),
			at: mid(pos(g.a), pos(g.b))
		})),
		...lines
			.filter((s, i) => lines.findIndex((o) => o.tie === s.tie) === i)
			.map((s) => ({
				id: `tie:${s.tie.tie.id}`,
				tieIds: [s.tie.tie.id],
				at: s.spoke ? s.from : curveMid(s)
			}))
	];
	const { sources, refs: refNums } = o.footnotes
		? numberSources(scope, citing)
		: { sources: [], refs: new Map<string, number[]>() };
	// Badges and footnote numbers go where they meet no actor, no label and no other badge.
	const room = new RefPlacer(
		actors.extents,
		{
			x1: graphBox.x,
			y1: graphBox.y,
			x2: graphBox.x + graphBox.width,
			y2: graphBox.y + graphBox.height
		},
		// Readable at any scale: never smaller than the footnotes' own numbers.
		Math.max(12 * k, 10 * u)
	);
	const badges = new Map<string, Extent>();
	for (const g of groups) {
		const badge = pairBadgeBox(g, pos, k, bendOf(g.key));
		if (!badge) continue;
		const { from, c, to } = pairGeometry(g, pos, k, bendOf(g.key));
		badges.set(g.key, room.placeBox({ from, control: c, to }, badge.box));
	}
	const body: string[] = [];
	if (onMap && o.baseMap) {
		const shown = places.leaders.filter((l) => model.has(l.id));
		const f = { scale: k, dx: ox - bb.x1 * k, dy: oy - bb.y1 * k };
		body.push(svgMap(o.baseMap, shown, f, u, o.lang, MAP_STYLES[theme]));
	}
	body.push('<g class="ties" fill="none">');
	const name = scopeName(scope, o.lang);
	const tick = writtenCounter(groups.length + lines.length, onWritten);
	for (const g of groups) {
		tick();
		const badge = badges.get(g.key) ?? null;
		body.push(pairSvg(g, pos, k, bendOf(g.key), manifest, o.lang, name, badge));
		const nums = refNums.get(`pair:${g.key}`);
		if (nums) {
			const { from, c, to } = pairGeometry(g, pos, k, bendOf(g.key));
			room.place(`pair:${g.key}`, nums, [{ from, control: c, to }], pairWidth(g, k) / 2, badge);
		}
	}
	const placed = new Set<string>();
	for (const s of lines) {
		tick();
		const kind = s.tie.tie.kind;
		const style = themeKindStyle(kindStyleIn(manifest, kind), theme);
		const status = statusOf(s.tie);
		statuses.add(status);
		const target = scope.graph.actorsById.get(s.tie.parties[1]);
		const radius = (target?.kind !== 'organisation' ? NODE_STYLE.size / 2 + 2 : 24) * k;
		const end = s.arrow ? trimEnd(s.control, s.to, radius) : s.to;
		const dash = dashFor(status, k);
		const common = `stroke-width="${(style.width * k).toFixed(2)}"${dash ? ` stroke-dasharray="${dash}"` : ''}`;
		const d = `M${s.from.x.toFixed(1)},${s.from.y.toFixed(1)} Q${s.control.x.toFixed(1)},${s.control.y.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`;
		body.push(
			`<g data-tie="${x(s.tie.tie.id)}" data-id="${x(s.tie.tie.id)}" opacity="${confidenceOpacity(s.tie.tie.confidence)}">`
		);
		const mark = o.marks?.[s.tie.tie.id];
		if (mark) {
			body.push(
				`<path class="mark" data-mark="${mark}" d="${d}" stroke="${TIME_MARKS[mark].color}" stroke-opacity="0.4" stroke-width="${((style.width + 10) * k).toFixed(2)}"/>`
			);
		}
		if (style.outline)
			body.push(
				`<path d="${d}" stroke="${style.outline}" stroke-width="${((style.width + 3) * k).toFixed(2)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
			);
		body.push(`<path d="${d}" stroke="${style.color}" ${common}/>`);
		if (s.arrow) body.push(arrowHead(style, end, end.x - s.control.x, end.y - s.control.y, k));
		if (mark && !s.spoke) {
			const c = curveMid({ ...s, to: end });
			body.push(
				`<text class="mark-sign" x="${c.x.toFixed(1)}" y="${(c.y + 6 * k).toFixed(1)}" font-size="${(17 * k).toFixed(1)}" font-weight="700" fill="#111827" text-anchor="middle" stroke="#fff" stroke-width="${(4 * k).toFixed(1)}" paint-order="stroke">${x(TIME_MARKS[mark].sign)}</text>`
			);
		}
		if (s.tie.tie.confidence === 'alleged') {
			const c = curveMid({ ...s, to: end });
			body.push(
				`<text x="${c.x.toFixed(1)}" y="${(c.y + 6 * k).toFixed(1)}" font-size="${(16 * k).toFixed(1)}" font-weight="700" fill="#111827" text-anchor="middle">?</text>`
			);
		}
		body.push('</g>');
		const nums = refNums.get(`tie:${s.tie.tie.id}`);
		if (nums && !placed.has(s.tie.tie.id)) {
			placed.add(s.tie.tie.id);
			// A hub's tie: its numbers may sit by any of its spokes.
			const curves = s.spoke ? lines.filter((o) => o.tie === s.tie) : [{ ...s, to: end }];
			room.place(`tie:${s.tie.tie.id}`, nums, curves, (style.width * k) / 2, null);
		}
	}
	body.push('</g>');
	for (const h of hubs) {
		const r = 9 * k;
		body.push(
			`<path d="M${h.at.x},${h.at.y - r} L${h.at.x + r},${h.at.y} L${h.at.x},${h.at.y + r} L${h.at.x - r},${h.at.y} Z" fill="#fff" stroke="${kindStyleIn(manifest, h.tie.tie.kind).color}" stroke-width="${3 * k}"/>`
		);
	}
	body.push(room.svg());
	body.push(actors.svg);

	// Print is a white page, whatever background was asked for (but a transparent one).
	const page = theme === 'print' ? '#ffffff' : o.background;
	const bg =
		o.background === 'transparent' ? '' : `<rect width="100%" height="100%" fill="${x(page)}"/>`;
	const legendX = o.width - m - legendW + 10 * u;
	const legendH = footH ? o.height - m - top : graphBox.height;
	const side = legendW
		? legend(
				scope,
				statuses,
				{ x: legendX, y: top, width: legendW, height: legendH },
				u,
				o.lang,
				new Set(scope.ties.flatMap((t) => o.marks?.[t.tie.id] ?? [])),
				theme
			)
		: '';
	const foot = footH
		? footnotes(
				sources,
				{ x: m, y: o.height - m - footH, width: footW, height: footH },
				u,
				o.lang,
				footW / footCols
			)
		: '';
	const svg = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" font-family="${x(FONT_STACK)}" fill="#111827" lang="${o.lang}" data-theme="${theme}">`,
		`<title>${x(o.title || scopeCaption(scope, o.lang))}</title>`,
		...(unsourced ? [`<desc>${x(unsourced)}</desc>`] : []),
		bg,
		...head,
		...body,
		side,
		foot,
		'</svg>',
		''
	].join('\n');
	return themeSvg(svg, theme);
}
