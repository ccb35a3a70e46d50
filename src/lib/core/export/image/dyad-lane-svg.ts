import type { DyadResult, Lane, LanePhase } from '../../analysis/dyad-tool.ts';
import { t } from '../../i18n/messages.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import { formatPartialDate } from '../../time/format.ts';
import { confidenceOpacity } from '../../visual/encoding.ts';
import { kindStyleIn, type DatasetManifest } from '../../io/manifest.ts';
import { escapeXml as x } from '../xml.ts';
import { laneEnd } from './dyad-layout.ts';
import type { DyadImageOptions } from './dyad-svg.ts';
import type { LegendItem } from './lens-parts.ts';

const f = (n: number) => n.toFixed(1);

/**
 * One lane: each phase in its status's cue, a fade where its first or last date is known only to
 * the month or year, a bracket under every such date, a fading tail after an open flow's last
 * report, an outline when it is the tie being read, and a band to click.
 */
export function laneSvg(
	lane: Lane,
	top: number,
	rowH: number,
	X: (d: number) => number,
	o: DyadImageOptions,
	u: number,
	manifest: DatasetManifest
): string {
	const kind = lane.tie.kind;
	const color = kindStyleIn(manifest, kind).color;
	const y = top + rowH * 0.14;
	const h = Math.max(2, rowH * 0.72);
	const end = laneEnd(lane, o.to);
	const parts: string[] = [];
	const rect = (a: number, b: number, extra: string) =>
		`<rect x="${f(X(a))}" y="${f(y)}" width="${f(Math.max(1.5, X(b + 1) - X(a)))}" height="${f(h)}" ${extra}/>`;
	const reported = lane.lastReported?.last;
	for (const p of lane.phases) {
		const b = Math.min(Number.isFinite(p.end) ? p.end : end, reported ?? Infinity);
		parts.push(rect(p.start, b, phaseStyle(p, color, u)));
	}
	if (reported !== undefined && reported < end) {
		parts.push(rect(reported + 1, end, `fill="${color}" fill-opacity="0.35"`));
		parts.push(rect(reported + 1, end, 'fill="url(#fade-out)"'));
	}
	// Fades where a boundary is known only to the month or year.
	const first = lane.phases[0].from;
	if (first && first.precision !== 'day')
		parts.push(rect(first.first, first.last, 'fill="url(#fade-in)"'));
	const last = lane.phases[lane.phases.length - 1].to;
	if (last && last.precision !== 'day' && Number.isFinite(lane.phases[lane.phases.length - 1].end))
		parts.push(rect(last.first, last.last, 'fill="url(#fade-out)"'));
	for (const d of lane.dates.filter((d) => d.precision !== 'day' && d.first <= o.to)) {
		const yy = y + h + 1.5 * u;
		parts.push(
			`<path d="M${f(X(d.first))},${f(yy - 2 * u)} V${f(yy)} H${f(Math.max(X(d.last + 1), X(d.first) + 3 * u))} V${f(yy - 2 * u)}" fill="none" stroke="#374151" stroke-width="${f(0.9 * u)}"/>`
		);
	}
	if (o.selected === lane.tie.id)
		parts.push(
			`<rect x="${f(X(lane.phases[0].start) - 2 * u)}" y="${f(y - 2 * u)}" width="${f(X(end + 1) - X(lane.phases[0].start) + 4 * u)}" height="${f(h + 4 * u)}" fill="none" stroke="#111827" stroke-width="${f(2 * u)}" rx="${f(2 * u)}"/>`
		);
	const titles = lane.phases.map(
		(p) =>
			`${vocab(p.status, o.lang)} ${p.from ? formatPartialDate(p.from.iso, o.lang) : ''} – ${p.to ? formatPartialDate(p.to.iso, o.lang) : ''}`
	);
	const hit = `<rect class="lane-hit" x="${f(X(lane.phases[0].start))}" y="${f(top)}" width="${f(Math.max(6 * u, X(end + 1) - X(lane.phases[0].start)))}" height="${f(rowH)}" fill="transparent"/>`;
	return `<g class="lane" data-tie="${x(lane.tie.id)}" opacity="${confidenceOpacity(lane.tie.confidence)}"><title>${x([lane.tie.title[o.lang], ...titles].join('\n'))}</title>${parts.join('')}${hit}</g>`;
}

function phaseStyle(p: LanePhase, color: string, u: number): string {
	if (p.status === 'signed')
		return `fill="${color}" fill-opacity="0.22" stroke="${color}" stroke-width="${f(1.2 * u)}" stroke-dasharray="${f(4 * u)} ${f(2.5 * u)}"`;
	if (p.status === 'suspended')
		return `fill="url(#hatch)" stroke="${color}" stroke-width="${f(1.2 * u)}" stroke-dasharray="${f(1.5 * u)} ${f(2 * u)}"`;
	return `fill="${color}"`;
}

export function dyadLegendItems(
	r: DyadResult,
	o: DyadImageOptions,
	manifest: DatasetManifest
): LegendItem[] {
	const kinds = manifest.kinds
		.map((k) => k.kind)
		.filter((k) => r.lanes.some((l) => l.tie.kind === k));
	const statuses = new Set(r.lanes.flatMap((l) => l.phases.map((p) => p.status)));
	const items: LegendItem[] = kinds.map((k) => ({
		sample: 'bar',
		color: kindStyleIn(manifest, k).color,
		label: vocab(k, o.lang)
	}));
	items.push({ sample: 'bar', color: '#6b7280', label: t(o.lang, 'lgInForce') });
	if (statuses.has('signed'))
		items.push({ sample: 'signed', color: '#6b7280', label: vocab('signed', o.lang) });
	if (statuses.has('suspended'))
		items.push({ sample: 'hatch', color: '#6b7280', label: vocab('suspended', o.lang) });
	if (r.lanes.some((l) => l.dates.some((d) => d.precision !== 'day')))
		items.push({ sample: 'fuzzy', color: '#6b7280', label: t(o.lang, 'lgFuzzy') });
	if (r.lanes.some((l) => l.lastReported))
		items.push({ sample: 'tail', color: '#6b7280', label: t(o.lang, 'lgLastReported') });
	if (r.lanes.some((l) => l.tie.confidence === 'alleged'))
		items.push({ sample: 'faint', color: '#6b7280', label: t(o.lang, 'lgAlleged') });
	if (r.events.length)
		items.push({ sample: 'diamond', color: '#374151', label: t(o.lang, 'lgEvent') });
	if (o.cursor !== undefined)
		items.push({ sample: 'line', color: '#D55E00', label: t(o.lang, 'lgCursor') });
	return items;
}
