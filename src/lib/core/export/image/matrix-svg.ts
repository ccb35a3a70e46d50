import type { MatrixSeries } from '../../analysis/matrix-series.ts';
import type { MatrixResult } from '../../analysis/matrix-tool.ts';
import { t } from '../../i18n/messages.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { sourceRefId, type Lang } from '../../schema/common.ts';
import type { Source } from '../../schema/source.ts';
import { formatPartialDate } from '../../time/format.ts';
import { isoToDay } from '../../time/partial-date.ts';
import { FONT_STACK } from '../../visual/encoding.ts';
import { escapeXml as x } from '../xml.ts';
import { cellSvg, matrixLegendItems } from './matrix-cell-svg.ts';
import { flowLegend, lensHead, svgDefs, textWidth } from './lens-parts.ts';
import { fitText, footnotes } from './svg-parts.ts';

export interface MatrixImageOptions {
	lang: Lang;
	width: number;
	height: number;
	background: string;
	title: string;
	caption: boolean;
	legend: boolean;
	footnotes: boolean;
	/** The cell being read, outlined. */
	selected?: { row: string; col: string } | null;
	/** On screen: grow taller instead of shrinking cells below a readable size. */
	grow?: boolean;
	/** A last legend line saying what a click does (on screen). */
	hint?: string;
}

const f = (n: number) => n.toFixed(1);

/** "As of 10 Dec 2024", or for small multiples "10 Dec 1934 – 10 Dec 2024, 10 dates". */
export function matrixCaption(s: MatrixSeries, lang: Lang): string {
	const dates = s.frames.map((fr) => formatPartialDate(fr.date, lang));
	if (dates.length === 1) return t(lang, 'captionAt', { date: dates[0] });
	return t(lang, 'mxCaption', { from: dates[0], to: dates[dates.length - 1], n: dates.length });
}

export function matrixSources(graph: TemporalGraph, s: MatrixSeries): Source[] {
	const seen = new Map<string, Source>();
	for (const fr of s.frames)
		for (const c of fr.cells)
			for (const k of c.kinds)
				for (const id of k.ties)
					for (const ref of graph.tiesById.get(id)?.sources ?? []) {
						const src = graph.sourcesById.get(sourceRefId(ref));
						if (src && !seen.has(src.id)) seen.set(src.id, src);
					}
	return [...seen.values()];
}

/**
 * The matrix as SVG, for the screen and for export: rows and columns in one order (blocs shaded
 * on the diagonal, lines between them), each cell's kinds as small marks, directed kinds read
 * from the row to the column. Several frames make small multiples, each titled with its date.
 */
export function writeMatrixSvg(
	graph: TemporalGraph,
	s: MatrixSeries,
	o: MatrixImageOptions
): string {
	const { u, m, head, top } = lensHead(o, () => matrixCaption(s, o.lang), 8);
	const fs = 12 * u;
	const last = s.frames[s.frames.length - 1];
	const day = last ? isoToDay(last.date)! : Infinity;
	const name = (id: string) =>
		graph.actorAt(id, day)?.name[o.lang] ?? graph.actorsById.get(id)?.names.at(-1)?.[o.lang] ?? id;
	const names = s.actors.map(name);
	const multiple = s.frames.length > 1;
	const longest = Math.max(0, ...names.map((n) => textWidth(n, fs)));
	const labelW = Math.min(longest + 8 * u, 150 * u, o.width * 0.22);
	const colH = multiple ? 0 : Math.min(longest * 0.8 + 8 * u, 110 * u);
	const sources = o.footnotes ? matrixSources(graph, s) : [];
	const footH = sources.length
		? Math.min(
				o.height * 0.22,
				(Math.ceil(sources.length / Math.max(1, Math.floor((o.width - 2 * m) / (460 * u)))) + 2) *
					15 *
					u
			)
		: 0;
	const legend = o.legend
		? flowLegend(
				matrixLegendItems(
					graph,
					s.frames.flatMap((fr) => fr.cells),
					o.lang
				),
				{ x: m, width: o.width - 2 * m },
				u,
				o.lang
			)
		: { svg: '', height: 0 };
	const n = Math.max(1, s.actors.length);
	const titleH = multiple ? fs * 1.6 : 0;
	const availW = o.width - 2 * m - labelW;
	const availH = o.height - top - colH - legend.height - footH - 2 * m;
	// The grid of frames that gives the largest cells.
	let best = { cols: 1, cell: 0 };
	for (let cols = 1; cols <= s.frames.length; cols++) {
		const rows = Math.ceil(s.frames.length / cols);
		const cw = (availW - (cols - 1) * 10 * u) / cols / n;
		const ch = ((availH - (rows - 1) * 10 * u) / rows - titleH) / n;
		const cell = Math.min(cw, ch);
		if (cell > best.cell) best = { cols, cell };
	}
	const minCell = o.grow ? (multiple ? 8 : 14) * u : 2;
	if (best.cell < minCell) {
		// Fewer, larger frames per row; the picture grows downwards instead.
		const cols = Math.floor((availW + 10 * u) / (n * minCell + 10 * u));
		best = { cols: Math.max(1, Math.min(cols, s.frames.length)), cell: minCell };
	}
	const cell = best.cell;
	const gridRows = Math.ceil(s.frames.length / best.cols);
	const frameH = titleH + n * cell;
	const needed = top + colH + gridRows * frameH + (gridRows - 1) * 10 * u;
	const height = o.grow
		? Math.max(o.height, Math.ceil(needed + legend.height + footH + 2 * m))
		: o.height;
	const body: string[] = [];
	s.frames.forEach((fr, i) => {
		const col = i % best.cols;
		const row = Math.floor(i / best.cols);
		const fx = m + labelW + col * (n * cell + 10 * u);
		const fy = top + colH + row * (frameH + 10 * u);
		body.push(
			frameSvg(
				graph,
				s,
				fr,
				{ x: fx, y: fy + titleH, cell },
				o,
				u,
				col === 0 ? names : null,
				labelW - 6 * u
			)
		);
		if (multiple)
			body.push(
				`<text class="frame-title" data-date="${fr.date}" x="${f(fx)}" y="${f(fy + fs * 1.1)}" font-size="${f(fs)}" font-weight="700" fill="#0b5c8f" text-decoration="underline">${x(formatPartialDate(fr.date, o.lang))}<title>${x(t(o.lang, 'mxGoTo', { date: formatPartialDate(fr.date, o.lang) }))}</title></text>`
			);
	});
	if (!multiple && s.actors.length) {
		// Column labels, turned so long names fit above narrow columns.
		s.actors.forEach((_, j) => {
			const cx = m + labelW + (j + 0.6) * cell;
			const cy = top + colH - 4 * u;
			body.push(
				`<text x="${f(cx)}" y="${f(cy)}" font-size="${f(Math.min(fs, cell * 0.8))}" transform="rotate(-55 ${f(cx)} ${f(cy)})">${x(fitText(names[j], (colH / 0.8 / (fs * 0.55)) | 0))}</text>`
			);
		});
	}
	const bg =
		o.background === 'transparent'
			? ''
			: `<rect width="100%" height="100%" fill="${x(o.background)}"/>`;
	const legendY = height - m - footH - legend.height;
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
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${height}" viewBox="0 0 ${o.width} ${height}" font-family="${x(FONT_STACK)}" fill="#111827" lang="${o.lang}">`,
		`<title>${x(o.title || matrixCaption(s, o.lang))}</title>`,
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

/** One matrix: bloc shading, grid, absent actors greyed, cells, and row labels if asked. */
function frameSvg(
	graph: TemporalGraph,
	s: MatrixSeries,
	fr: MatrixResult,
	box: { x: number; y: number; cell: number },
	o: MatrixImageOptions,
	u: number,
	rowLabels: string[] | null,
	labelW = 0
): string {
	const { cell } = box;
	const n = s.actors.length;
	const index = new Map(s.actors.map((id, i) => [id, i]));
	const blocOf = new Map(fr.actors.map((id, i) => [id, fr.blocs[i]]));
	const parts: string[] = [`<g class="frame" data-date="${fr.date}">`];
	const size = n * cell;
	parts.push(
		`<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(size)}" height="${f(size)}" fill="#fff" stroke="#9ca3af"/>`
	);
	for (let i = 0; i < n; i++) {
		const id = s.actors[i];
		if (!blocOf.has(id)) {
			// Not there on this date: its row and column are greyed.
			parts.push(
				`<rect x="${f(box.x)}" y="${f(box.y + i * cell)}" width="${f(size)}" height="${f(cell)}" fill="#f3f4f6"/>`,
				`<rect x="${f(box.x + i * cell)}" y="${f(box.y)}" width="${f(cell)}" height="${f(size)}" fill="#f3f4f6"/>`
			);
		}
	}
	// Blocs: a tinted, outlined block on the diagonal for each bloc of two or more.
	let start = 0;
	for (let i = 1; i <= n; i++) {
		const b = (k: number) => blocOf.get(s.actors[k]) ?? -1;
		if (i < n && b(i) === b(start)) continue;
		if (i - start > 1 && b(start) >= 0)
			parts.push(
				`<rect class="bloc" x="${f(box.x + start * cell)}" y="${f(box.y + start * cell)}" width="${f((i - start) * cell)}" height="${f((i - start) * cell)}" fill="#0072B2" fill-opacity="0.08" stroke="#0072B2" stroke-width="${f(Math.min(1.5 * u, cell / 6))}"/>`
			);
		start = i;
	}
	for (let i = 0; i < n; i++)
		parts.push(
			`<rect x="${f(box.x + i * cell)}" y="${f(box.y + i * cell)}" width="${f(cell)}" height="${f(cell)}" fill="#e5e7eb"/>`
		);
	const day = isoToDay(fr.date)!;
	const nameAt = (id: string) =>
		graph.actorAt(id, day)?.name[o.lang] ?? graph.actorsById.get(id)?.names.at(-1)?.[o.lang] ?? id;
	for (const c of fr.cells) {
		const i = index.get(c.row);
		const j = index.get(c.col);
		if (i === undefined || j === undefined) continue;
		const sel = o.selected?.row === c.row && o.selected?.col === c.col;
		parts.push(
			cellSvg(
				graph,
				c,
				{ x: box.x + j * cell, y: box.y + i * cell, size: cell },
				{ row: nameAt(c.row), col: nameAt(c.col) },
				o.lang,
				u,
				sel
			)
		);
	}
	if (rowLabels) {
		const fs = Math.min(12 * u, cell * 0.85);
		rowLabels.forEach((label, i) =>
			parts.push(
				`<text x="${f(box.x - 4 * u)}" y="${f(box.y + (i + 0.5) * cell + fs * 0.35)}" font-size="${f(fs)}" text-anchor="end">${x(fitText(label, Math.floor(labelW / (fs * 0.55))))}</text>`
			)
		);
	}
	parts.push('</g>');
	return parts.join('');
}
