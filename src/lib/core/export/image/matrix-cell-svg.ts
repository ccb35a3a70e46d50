import type { MatrixCell } from '../../analysis/matrix-tool.ts';
import { t } from '../../i18n/messages.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import type { Lang } from '../../schema/common.ts';
import type { TieStatus } from '../../time/lifecycle.ts';
import { datasetManifest, kindStyleIn } from '../../io/manifest.ts';
import { escapeXml as x } from '../xml.ts';
import type { LegendItem } from './lens-parts.ts';

const f = (n: number) => n.toFixed(1);

/** Which status a kind shows when a cell holds several ties of it: the firmest. */
const FIRMNESS: TieStatus[] = ['in-force', 'active', 'signed', 'suspended'];

/** The kinds of a cell, each once with the firmest status it has there, and whether all are alleged. */
export function cellMarks(
	graph: TemporalGraph,
	cell: MatrixCell
): { kind: string; status: TieStatus; faint: boolean }[] {
	const out = new Map<string, { kind: string; status: TieStatus; faint: boolean }>();
	for (const k of cell.kinds) {
		const faint = k.ties.every((id) => graph.tiesById.get(id)?.confidence === 'alleged');
		const had = out.get(k.kind);
		if (!had || FIRMNESS.indexOf(k.status) < FIRMNESS.indexOf(had.status))
			out.set(k.kind, { kind: k.kind, status: k.status, faint: faint && (had?.faint ?? true) });
	}
	return [...out.values()];
}

/**
 * A cell: one small square per kind, packed in a grid that gives few kinds big marks; in force
 * or active filled, signed hollow, suspended hatched (a cue that survives greyscale). The cell
 * carries its pair and ties for clicks, and a tooltip listing the ties.
 */
export function cellSvg(
	graph: TemporalGraph,
	cell: MatrixCell,
	box: { x: number; y: number; size: number },
	names: { row: string; col: string },
	lang: Lang,
	u: number,
	selected: boolean
): string {
	const marks = cellMarks(graph, cell);
	const n = Math.ceil(Math.sqrt(marks.length));
	const pad = Math.max(1, box.size * 0.1);
	const slot = (box.size - 2 * pad) / n;
	const s = slot * 0.82;
	const parts: string[] = [];
	marks.forEach((mk, i) => {
		const mx = box.x + pad + (i % n) * slot + (slot - s) / 2;
		const my = box.y + pad + Math.floor(i / n) * slot + (slot - s) / 2;
		const c = kindStyleIn(datasetManifest(graph.data), mk.kind).color;
		const sw = f(Math.max(1, Math.min(1.6 * u, s * 0.2)));
		const paint =
			mk.status === 'signed'
				? `fill="#fff" stroke="${c}" stroke-width="${sw}"`
				: mk.status === 'suspended'
					? `fill="url(#hatch)" stroke="${c}" stroke-width="${sw}"`
					: `fill="${c}"`;
		parts.push(
			`<rect x="${f(mx)}" y="${f(my)}" width="${f(s)}" height="${f(s)}" ${paint}${mk.faint ? ' opacity="0.45"' : ''}/>`
		);
	});
	const ties = [...new Set(cell.kinds.flatMap((k) => k.ties))];
	const lines = cell.kinds.flatMap((k) =>
		k.ties.map(
			(id) =>
				`${vocab(k.kind, lang)} (${vocab(k.status, lang)}): ${graph.tiesById.get(id)?.title[lang] ?? id}`
		)
	);
	const title = [t(lang, 'cellTies', names), ...lines].join('\n');
	if (selected)
		parts.push(
			`<rect x="${f(box.x)}" y="${f(box.y)}" width="${f(box.size)}" height="${f(box.size)}" fill="none" stroke="#111827" stroke-width="${f(2 * u)}"/>`
		);
	return `<g class="cell" data-row="${x(cell.row)}" data-col="${x(cell.col)}" data-ties="${x(ties.join(','))}"><title>${x(title)}</title>${parts.join('')}<rect class="cell-hit" x="${f(box.x)}" y="${f(box.y)}" width="${f(box.size)}" height="${f(box.size)}" fill="transparent"/></g>`;
}

/** The legend of the matrix: the kinds shown, the status cues, and how to read direction. */
export function matrixLegendItems(
	graph: TemporalGraph,
	cells: readonly MatrixCell[],
	lang: Lang
): LegendItem[] {
	const marks = cells.flatMap((c) => cellMarks(graph, c));
	const manifest = datasetManifest(graph.data);
	const items: LegendItem[] = manifest.kinds
		.map((k) => k.kind)
		.filter((k) => marks.some((m) => m.kind === k))
		.map((k) => ({
			sample: 'square',
			color: kindStyleIn(manifest, k).color,
			label: vocab(k, lang)
		}));
	items.push({ sample: 'square', color: '#6b7280', label: t(lang, 'lgInForce') });
	if (marks.some((m) => m.status === 'signed'))
		items.push({ sample: 'square-signed', color: '#6b7280', label: vocab('signed', lang) });
	if (marks.some((m) => m.status === 'suspended'))
		items.push({ sample: 'square-hatch', color: '#6b7280', label: vocab('suspended', lang) });
	if (marks.some((m) => m.faint))
		items.push({ sample: 'faint', color: '#6b7280', label: t(lang, 'lgAlleged') });
	items.push({ sample: 'note', color: '', label: t(lang, 'matrixDirected') });
	items.push({ sample: 'note', color: '', label: t(lang, 'matrixBlocs') });
	return items;
}
