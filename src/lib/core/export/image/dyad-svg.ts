import { datasetManifest } from '../../io/manifest.ts';
import { ALL_OTHERS, type DyadResult } from '../../analysis/dyad-tool.ts';
import { t } from '../../i18n/messages.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { sourceRefId, type Lang } from '../../schema/common.ts';
import type { Source } from '../../schema/source.ts';
import { formatDay, formatPartialDate } from '../../time/format.ts';
import { ticks } from '../../time/ticks.ts';
import { FONT_STACK } from '../../visual/encoding.ts';
import { escapeXml as x } from '../xml.ts';
import { allNames, groupLanes } from './dyad-layout.ts';
import { flowLegend, lensHead, svgDefs } from './lens-parts.ts';
import { dyadLegendItems, laneSvg } from './dyad-lane-svg.ts';
import { fitText, footnotes } from './svg-parts.ts';

export interface DyadImageOptions {
	lang: Lang;
	width: number;
	height: number;
	background: string;
	title: string;
	caption: boolean;
	legend: boolean;
	footnotes: boolean;
	/** The days the axis shows. */
	from: number;
	to: number;
	/** The date in view, drawn as a cursor; a range's other end shades the range. */
	cursor?: number;
	anchor?: number;
	/** The tie being read, outlined. */
	selected?: string;
	/** On screen: grow taller instead of squeezing lanes below a readable height. */
	grow?: boolean;
	/** A last legend line saying what a click does (on screen). */
	hint?: string;
}

const f = (n: number) => n.toFixed(1);

/** The sources of the lanes and events, numbered in order of first citation. */
export function dyadSources(graph: TemporalGraph, r: DyadResult): Source[] {
	const seen = new Map<string, Source>();
	const refs = [
		...r.lanes.flatMap((l) => l.tie.sources),
		...r.events.flatMap((e) => graph.eventsById.get(e.id)?.sources ?? [])
	];
	for (const ref of refs) {
		const s = graph.sourcesById.get(sourceRefId(ref));
		if (s && !seen.has(s.id)) seen.set(s.id, s);
	}
	return [...seen.values()];
}

/** "USSR / Russia and DPRK, 1948 – 2026". */
export function dyadCaption(graph: TemporalGraph, r: DyadResult, o: DyadImageOptions): string {
	const b = r.b === ALL_OTHERS ? t(o.lang, 'dyadAll') : allNames(graph, r.b, o.lang);
	return t(o.lang, 'dyadCaption', {
		a: allNames(graph, r.a, o.lang),
		b,
		from: formatDay(o.from, o.lang),
		to: formatDay(o.to, o.lang)
	});
}

/**
 * The dyad timeline as SVG, for the screen and for export alike: a lane per tie (packed into rows
 * per kind and direction), each phase in its status's cue (in force solid, signed dashed and
 * light, suspended hatched), a fade where a date is known only to the month or year or after an
 * open flow's last report, the events above, the date in view as a line, an axis, a legend and
 * the numbered sources. The axis's place is written on the root (`data-x0`…) so a click can be
 * turned back into a day.
 */
export function writeDyadSvg(graph: TemporalGraph, r: DyadResult, o: DyadImageOptions): string {
	const { u, m, head, top: headEnd } = lensHead(o, () => dyadCaption(graph, r, o), 6);
	let top = headEnd;
	const fs = 13 * u;
	if (o.caption) {
		top += 17 * u;
		head.push(
			`<text class="caption" x="${f(m)}" y="${f(top)}" font-size="${f(16 * u)}" fill="#374151">${x(dyadCaption(graph, r, o))}</text>`
		);
		top += 6 * u;
	}
	const labelW = Math.min(200 * u, o.width * 0.26);
	const x0 = m + labelW + 8 * u;
	const x1 = o.width - m - 8 * u;
	const span = Math.max(1, o.to + 1 - o.from);
	const X = (day: number) =>
		x0 + ((Math.min(Math.max(day, o.from), o.to + 1) - o.from) / span) * (x1 - x0);
	const sources = o.footnotes ? dyadSources(graph, r) : [];
	const footH = sources.length
		? Math.min(
				o.height * 0.25,
				(Math.ceil(sources.length / Math.max(1, Math.floor((o.width - 2 * m) / (460 * u)))) + 2) *
					15 *
					u
			)
		: 0;
	const legend = o.legend
		? flowLegend(
				[
					...dyadLegendItems(r, o, datasetManifest(graph.data)),
					...(o.hint ? [{ sample: 'note' as const, color: '', label: o.hint }] : [])
				],
				{ x: m, width: o.width - 2 * m },
				u,
				o.lang
			)
		: { svg: '', height: 0 };
	const eventsH = 20 * u;
	const axisH = 24 * u;
	const groups = groupLanes(graph, r, o.lang, o.to, (span / (x1 - x0)) * 3);
	const rows = groups.reduce((n, g) => n + g.rows.length, 0);
	const gap = 6 * u;
	const fixed = top + eventsH + axisH + legend.height + footH + 2 * m;
	const avail = o.height - fixed - groups.length * gap;
	// Labels take two lines (kind, then direction) where there is room, else one.
	let lines = 2;
	const labelH = (sub: boolean) => (sub && lines === 2 ? 2 : 1) * fs * 1.15;
	const total = (rh: number) =>
		groups.reduce((h, g) => h + Math.max(g.rows.length * rh, labelH(!!g.sub)) + gap, 0);
	const fit = () => {
		// The tallest rows that fit; on screen no thinner than a readable bar (the picture grows).
		let rh = Math.min(22 * u, Math.max(4, (avail + groups.length * gap) / Math.max(rows, 1)));
		while (rh > (o.grow ? 7 : 3) && total(rh) > avail + groups.length * gap) rh -= 0.5;
		return rh;
	};
	let rowH = fit();
	if (rowH < 10 * u) {
		lines = 1;
		rowH = fit();
	}
	const groupH = (n: number, sub: boolean) => Math.max(n * rowH, labelH(sub));
	const lanesH = total(rowH);
	const height = o.grow ? Math.max(o.height, Math.ceil(fixed + lanesH)) : o.height;
	const plotTop = top + eventsH;
	const plotBottom = Math.min(plotTop + lanesH, height - axisH - legend.height - footH - m);

	const body: string[] = [];
	const grid = ticks(o.from, o.to, x1 - x0, o.lang, 60 * u);
	for (const tk of grid.filter((g) => g.major))
		body.push(
			`<line x1="${f(X(tk.day))}" x2="${f(X(tk.day))}" y1="${f(plotTop)}" y2="${f(plotBottom)}" stroke="#e5e7eb"/>`
		);
	if (o.cursor !== undefined && o.anchor !== undefined && o.anchor !== o.cursor) {
		const [a, b] = [Math.min(o.anchor, o.cursor), Math.max(o.anchor, o.cursor)];
		body.push(
			`<rect class="range" x="${f(X(a))}" y="${f(top)}" width="${f(X(b + 1) - X(a))}" height="${f(plotBottom - top)}" fill="#0072B2" fill-opacity="0.08"/>`
		);
	}
	// Events: a strip above the lanes.
	body.push(
		`<text x="${f(m)}" y="${f(top + eventsH * 0.7)}" font-size="${f(fs)}" font-weight="600" fill="#374151">${x(t(o.lang, 'dyadEvents'))}</text>`
	);
	for (const e of r.events) {
		const ev = graph.eventsById.get(e.id);
		const cx = X(e.first);
		const cy = top + eventsH * 0.5;
		const s = 5 * u;
		body.push(
			`<g class="event" data-event="${x(e.id)}"><title>${x(`${formatPartialDate(e.iso, o.lang)} · ${ev?.title[o.lang] ?? e.id}`)}</title><path d="M${f(cx)},${f(cy - s)} L${f(cx + s)},${f(cy)} L${f(cx)},${f(cy + s)} L${f(cx - s)},${f(cy)} Z" fill="#374151" fill-opacity="0.75" stroke="#fff" stroke-width="${f(u)}"/></g>`
		);
	}
	let y = plotTop;
	let cut = 0;
	for (const g of groups) {
		const h = groupH(g.rows.length, !!g.sub);
		if (y + h > plotBottom + 0.5) {
			cut += g.rows.reduce((n, row) => n + row.length, 0);
			continue;
		}
		body.push(
			`<line x1="${f(m)}" x2="${f(x1)}" y1="${f(y - gap / 2)}" y2="${f(y - gap / 2)}" stroke="#f3f4f6"/>`
		);
		const units = labelW / (6.4 * u);
		const label = lines === 1 && g.sub ? `${g.label} · ${g.sub}` : g.label;
		body.push(
			`<text class="group" x="${f(m)}" y="${f(y + fs)}" font-size="${f(lines === 1 ? fs * 0.9 : fs)}" font-weight="600">${x(fitText(label, lines === 1 ? units * 1.1 : units))}</text>`
		);
		if (g.sub && lines === 2)
			body.push(
				`<text x="${f(m)}" y="${f(y + fs * 2.1)}" font-size="${f(fs * 0.85)}" fill="#4b5563">${x(fitText(g.sub, units * 1.15))}</text>`
			);
		g.rows.forEach((row, i) => {
			for (const lane of row)
				body.push(laneSvg(lane, y + i * rowH, rowH, X, o, u, datasetManifest(graph.data)));
		});
		y += h + gap;
	}
	if (cut)
		body.push(
			`<text x="${f(x0)}" y="${f(plotBottom - 2 * u)}" font-size="${f(fs)}" font-style="italic" fill="#374151">${x(t(o.lang, 'dyadMore', { n: cut }))}</text>`
		);
	// The axis: ticks, labels, and a band to click.
	const ay = plotBottom + 2 * u;
	body.push(
		`<g class="axis"><line x1="${f(x0)}" x2="${f(x1)}" y1="${f(ay)}" y2="${f(ay)}" stroke="#6b7280"/>`
	);
	for (const tk of grid)
		body.push(
			`<line x1="${f(X(tk.day))}" x2="${f(X(tk.day))}" y1="${f(ay)}" y2="${f(ay + (tk.major ? 6 : 3) * u)}" stroke="#6b7280"/><text x="${f(X(tk.day))}" y="${f(ay + 17 * u)}" font-size="${f(fs * 0.9)}" text-anchor="middle" fill="#374151">${x(tk.label)}</text>`
		);
	body.push(
		`<rect class="axis-hit" data-axis="1" x="${f(x0)}" y="${f(ay - 4 * u)}" width="${f(x1 - x0)}" height="${f(axisH)}" fill="transparent"><title>${x(t(o.lang, 'dyadAxisHint'))}</title></rect></g>`
	);
	if (o.cursor !== undefined && o.cursor >= o.from && o.cursor <= o.to) {
		const cx = X(o.cursor + 0.5);
		body.push(
			`<g class="cursor" pointer-events="none"><line x1="${f(cx)}" x2="${f(cx)}" y1="${f(top)}" y2="${f(ay)}" stroke="#D55E00" stroke-width="${f(2 * u)}"/><text x="${f(cx + 4 * u)}" y="${f(top + 9 * u)}" font-size="${f(fs * 0.9)}" font-weight="700" fill="#D55E00" stroke="#fff" stroke-width="${f(3 * u)}" paint-order="stroke"${cx > x1 - 90 * u ? ' text-anchor="end"' : ''}>${x(formatDay(o.cursor, o.lang))}</text></g>`
		);
	}
	const bg =
		o.background === 'transparent'
			? ''
			: `<rect width="100%" height="100%" fill="${x(o.background)}"/>`;
	const legendY = ay + axisH + 4 * u;
	const foot = footH
		? footnotes(
				sources,
				{ x: m, y: height - m - footH, width: o.width - 2 * m, height: footH },
				u,
				o.lang
			)
		: '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="${x(FONT_STACK)}" fill="#111827" lang="${o.lang}" data-x0="${f(x0)}" data-x1="${f(x1)}" data-from="${o.from}" data-to="${o.to}">`,
		`<title>${x(o.title || dyadCaption(graph, r, o))}</title>`,
		svgDefs(u),
		bg,
		...head,
		...body,
		`<g transform="translate(0 ${f(legendY)})">${legend.svg}</g>`,
		foot,
		'</svg>',
		''
	].join('\n');
}
