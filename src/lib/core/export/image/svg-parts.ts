import type { Lang } from '../../schema/common.ts';
import { sourceRefId } from '../../schema/common.ts';
import type { Source } from '../../schema/source.ts';
import { t } from '../../i18n/messages.ts';
import { isUnsourced } from '../../io/profile.ts';
import { STATUS_PATTERNS, type KindStyle } from '../../visual/encoding.ts';
import type { TieStatus } from '../../time/lifecycle.ts';
import { escapeXml as x } from '../xml.ts';
import type { GraphScope } from '../scope.ts';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function dashFor(status: TieStatus, k: number): string | undefined {
	const p = STATUS_PATTERNS[status];
	if (p === 'dashed') return `${12 * k} ${7 * k}`;
	if (p === 'dotted') return `${2 * k} ${6 * k}`;
	return undefined;
}

/** An arrowhead of the kind's shape, pointing along (dx, dy) with its tip at `tip`. */
export function arrowHead(
	s: KindStyle,
	tip: { x: number; y: number },
	dx: number,
	dy: number,
	k: number
): string {
	const len = Math.hypot(dx, dy) || 1;
	const ux = dx / len;
	const uy = dy / len;
	const size = (6 + s.width) * 1.3 * k;
	const back = { x: tip.x - ux * size, y: tip.y - uy * size };
	const side = (f: number) => ({ x: back.x - uy * size * f, y: back.y + ux * size * f });
	const l = side(0.55);
	const r = side(-0.55);
	const p = (q: { x: number; y: number }) => `${q.x.toFixed(1)},${q.y.toFixed(1)}`;
	const fill = s.outline ?? s.color;
	switch (s.arrow) {
		case 'triangle':
		case 'triangle-backcurve':
			return `<polygon points="${p(tip)} ${p(l)} ${p(r)}" fill="${s.color}"/>`;
		case 'vee':
		case 'chevron':
			return `<polyline points="${p(l)} ${p(tip)} ${p(r)}" fill="none" stroke="${s.color}" stroke-width="${(2.5 * k).toFixed(2)}"/>`;
		case 'circle':
			return `<circle cx="${(tip.x - ux * size * 0.5).toFixed(1)}" cy="${(tip.y - uy * size * 0.5).toFixed(1)}" r="${(size * 0.45).toFixed(1)}" fill="${s.color}"/>`;
		case 'tee':
			return `<line x1="${p(l).split(',')[0]}" y1="${p(l).split(',')[1]}" x2="${p(r).split(',')[0]}" y2="${p(r).split(',')[1]}" stroke="${fill}" stroke-width="${(4 * k).toFixed(2)}"/>`;
		default:
			return '';
	}
}

/** "No source given for 12 ties and 3 actors", where the picture holds unsourced items. */
export function unsourcedNote(scope: GraphScope, lang: Lang): string | undefined {
	const ties = scope.ties.filter((t) => isUnsourced(t.tie)).length;
	const actors = scope.actors.filter((a) => isUnsourced(a.actor)).length;
	if (ties + actors === 0) return undefined;
	return t(lang, 'unsourcedCount', { ties, actors });
}

/** Sources of what is shown, numbered in order of first citation. */
export function citedSources(scope: GraphScope): Source[] {
	const seen = new Map<string, Source>();
	const add = (id: string) => {
		const s = scope.graph.sourcesById.get(id);
		if (s && !seen.has(id)) seen.set(id, s);
	};
	for (const tie of scope.ties) tie.tie.sources.forEach((r) => add(sourceRefId(r)));
	for (const a of scope.actors) a.actor.sources.forEach((r) => add(sourceRefId(r)));
	return [...seen.values()];
}

export function shortSource(s: Source, lang: Lang): string {
	const title = lang === 'en' && s.titleEn ? s.titleEn : s.title;
	const short = title.length > 70 ? title.slice(0, 67) + '…' : title;
	// The date before the title, so a footnote cut to its column still says when.
	return `${s.publisher}, ${s.date}, “${short}”`;
}

/** Labels break the same way in every picture. */
export { wrapLabel } from '../../visual/label-wrap.ts';

/** Cuts a line to a width, counting wide (CJK) characters as about two narrow ones. */
export function fitText(text: string, maxUnits: number): string {
	let units = 0;
	let i = 0;
	for (const ch of text) {
		units += /[\u2E80-\uFFEF]/.test(ch) ? 1.9 : 1;
		if (units > maxUnits - 1) return text.slice(0, i) + '…';
		i += ch.length;
	}
	return text;
}

/** Footnotes in columns; what does not fit is counted, never silently dropped. */
export function footnotes(
	sources: Source[],
	box: Box,
	u: number,
	lang: Lang,
	colWidth = 460 * u
): string {
	if (sources.length === 0) return '';
	const line = 15 * u;
	const cols = Math.max(1, Math.floor(box.width / colWidth));
	const perCol = Math.max(1, Math.floor((box.height - line * 1.6) / line));
	const capacity = cols * perCol;
	const shown = sources.length > capacity ? capacity - 1 : sources.length;
	const parts = [`<g class="footnotes" font-size="${(11 * u).toFixed(1)}" fill="#374151">`];
	parts.push(
		`<text x="${box.x}" y="${box.y + 12 * u}" font-weight="700">${x(t(lang, 'sources'))}</text>`
	);
	const maxUnits = Math.floor((colWidth - 12 * u) / (6.3 * u));
	for (let i = 0; i < shown; i++) {
		const col = Math.floor(i / perCol);
		const rowIdx = i % perCol;
		let text = `${i + 1}. ${shortSource(sources[i], lang)}`;
		text = fitText(text, maxUnits);
		parts.push(
			`<text x="${box.x + col * colWidth}" y="${box.y + line * 1.6 + rowIdx * line + 10 * u}">${x(text)}</text>`
		);
	}
	if (shown < sources.length) {
		const i = shown;
		const more = t(lang, 'moreSources', {
			n: sources.length - shown,
			from: shown + 1,
			to: sources.length
		});
		parts.push(
			`<text x="${box.x + Math.floor(i / perCol) * colWidth}" y="${box.y + line * 1.6 + (i % perCol) * line + 10 * u}" font-style="italic">${x(more)}</text>`
		);
	}
	parts.push('</g>');
	return parts.join('\n');
}
