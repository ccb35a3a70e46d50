import type { Lang } from '../../schema/common.ts';
import type { TieStatus } from '../../time/lifecycle.ts';
import { t } from '../../i18n/messages.ts';
import { kindStyleIn, type DatasetManifest } from '../../io/manifest.ts';
import { NODE_STYLE, TIME_MARKS, type TimeMark } from '../../visual/encoding.ts';
import {
	pairBadge,
	pairCollapsed,
	pairGroups,
	pairMark,
	type PairGroup,
	type PairItem
} from '../../view/pairs.ts';
import type { GraphScope, ScopeTie } from '../scope.ts';
import { escapeXml as x } from '../xml.ts';
import { curveMid, mid, trimEnd, type Point } from './geometry.ts';
import { pairRouter, soleTies } from '../../visual/pair-route.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { actorPlaces } from '../../visual/layout.ts';
import type { Layout } from '../../view/view-spec.ts';
import { arrowHead, dashFor } from './svg-parts.ts';

/** How the picture draws the ties between two actors, as the view holds it. */
export interface PairsOption {
	mode: 'one' | 'all';
	expanded: readonly string[];
}

type Item = PairItem & { scope: ScopeTie };

/**
 * Splits the scope's ties into those drawn one by one and the pairs drawn as one line, as the
 * screen does: a pair of two ties or more, unless it is expanded or every tie is asked for.
 */
export function splitPairs(
	ties: readonly ScopeTie[],
	statusOf: (t: ScopeTie) => TieStatus,
	marks: Readonly<Record<string, TimeMark>> | undefined,
	pairs: PairsOption
): { single: ScopeTie[]; groups: PairGroup<Item>[] } {
	const items: Item[] = ties.map((s) => ({
		tie: s.tie,
		status: statusOf(s),
		mark: marks?.[s.tie.id],
		scope: s
	}));
	const groups = pairGroups(items, 2).filter((g) => pairCollapsed(g, pairs));
	const inside = new Set(groups.flatMap((g) => g.ties.map((t) => t.tie.id)));
	return { single: ties.filter((s) => !inside.has(s.tie.id)), groups };
}

/**
 * One pair's line: straight between its actors, in its leading kind's colour and its strongest
 * status's pattern, with the mark of what changed inside it and a badge (`×12`, `+2 −1`). The
 * group carries the pair's id and its ties' ids, and a tooltip listing them.
 */
export function pairSvg(
	g: PairGroup<Item>,
	pos: (id: string) => Point,
	k: number,
	/** How far the line bends round other actors, in layout units (pair-route.ts). */
	bend: number,
	manifest: DatasetManifest,
	lang: Lang,
	name: (id: string) => string,
	/** Where the badge goes, when something else would be under it at the middle. */
	badgeBox: { x1: number; y1: number; x2: number; y2: number } | null = null
): string {
	const style = kindStyleIn(manifest, g.lead);
	const { c, from, to, toA, toB } = pairGeometry(g, pos, k, bend);
	const d = `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${to.x.toFixed(1)},${to.y.toFixed(1)}`;
	const dash = dashFor(g.status, k);
	const width = pairWidth(g, k);
	const mark = pairMark(g);
	const out = [
		`<g class="pair" data-id="${x(g.key)}" data-pair="${x(g.key)}" data-ties="${x(g.ties.map((t) => t.tie.id).join(','))}"${mark ? ` data-mark="${mark}"` : ''}${g.context ? ' opacity="0.3"' : ''}>`,
		`<title>${x(
			[
				t(lang, 'pairTitle', { a: name(g.a), b: name(g.b), n: g.count }),
				...g.ties.map((i) => `${i.mark ? signOf(i.mark) : '•'} ${i.tie.title[lang]}`)
			].join('\n')
		)}</title>`
	];
	if (mark) {
		const colour = TIME_MARKS[mark === 'began-ended' ? 'began' : mark].color;
		out.push(
			`<path class="mark" d="${d}" stroke="${colour}" stroke-opacity="0.4" stroke-width="${(width + 10 * k).toFixed(2)}"/>`
		);
	}
	const colour = mark === 'removed' ? '#C9CDD3' : style.color;
	out.push(
		`<path d="${d}" stroke="${colour}" stroke-width="${width.toFixed(2)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`
	);
	const arrow = { ...style, arrow: 'triangle' as const, color: colour, width: width / k - 3 };
	if (toB) out.push(arrowHead(arrow, to, to.x - c.x, to.y - c.y, k));
	if (toA) out.push(arrowHead(arrow, from, from.x - c.x, from.y - c.y, k));
	const badge = pairBadgeBox(g, pos, k, bend);
	if (badge) {
		const { fs, w } = badge;
		const at = badgeBox
			? { x: (badgeBox.x1 + badgeBox.x2) / 2, y: (badgeBox.y1 + badgeBox.y2) / 2 }
			: badge.at;
		out.push(
			`<rect class="badge" x="${(at.x - w / 2).toFixed(1)}" y="${(at.y - fs * 0.8).toFixed(1)}" width="${w.toFixed(1)}" height="${(fs * 1.6).toFixed(1)}" rx="${(fs * 0.4).toFixed(1)}" fill="#fff" stroke="#6B7280" stroke-width="${k.toFixed(2)}"/>`,
			`<text class="badge" x="${at.x.toFixed(1)}" y="${(at.y + fs * 0.35).toFixed(1)}" font-size="${fs.toFixed(1)}" font-weight="700" text-anchor="middle" fill="#111827">${x(badge.text)}</text>`
		);
	}
	out.push('</g>');
	return out.join('\n');
}

/** Where a pair's line runs: its ends at the actors, trimmed where arrows are, and its bend. */
export function pairGeometry(
	g: PairGroup<PairItem>,
	pos: (id: string) => Point,
	k: number,
	bend: number
) {
	const a = pos(g.a);
	const b = pos(g.b);
	const r = (NODE_STYLE.size / 2 + 2) * k;
	const toB = g.direction === 'ab' || g.direction === 'both';
	const toA = g.direction === 'ba' || g.direction === 'both';
	const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
	const m = mid(a, b);
	const c = {
		x: m.x - ((b.y - a.y) / len) * bend * k,
		y: m.y + ((b.x - a.x) / len) * bend * k
	};
	const from = toA ? trimEnd(c, a, r) : a;
	const to = toB ? trimEnd(c, b, r) : b;
	return { a, b, c, from, to, toA, toB };
}

/** A pair line's width: wider when everything in it is new. */
export function pairWidth(g: PairGroup<PairItem>, k: number): number {
	return (g.context ? 2 : g.marks.added === g.count ? 9 : 7) * k;
}

/** Where a pair's badge sits and how big it is; context pairs have none. */
export function pairBadgeBox(
	g: PairGroup<PairItem>,
	pos: (id: string) => Point,
	k: number,
	bend: number
) {
	if (g.context) return null;
	const { a, b, c } = pairGeometry(g, pos, k, bend);
	const at = curveMid({ from: a, to: b, control: c });
	const text = pairBadge(g);
	const fs = 15 * k;
	const w = (text.length * 0.62 + 0.9) * fs;
	return {
		at,
		fs,
		w,
		text,
		box: { x1: at.x - w / 2, x2: at.x + w / 2, y1: at.y - fs * 0.8, y2: at.y + fs * 0.8 }
	};
}

const signOf = (mark: NonNullable<PairItem['mark']>) =>
	TIME_MARKS[mark === 'began-ended' ? 'began' : mark].sign;

/** An actor's name at the scope's date, for a pair's tooltip. */
export function scopeName(scope: GraphScope, lang: Lang): (id: string) => string {
	const names = new Map(scope.actors.map((a) => [a.actor.id, a.name[lang]]));
	return (id) => names.get(id) ?? id;
}

const bendsOf = new WeakMap<
	TemporalGraph,
	Map<Layout, { route: (key: string) => number | undefined; bends: Map<string, number> }>
>();

/** The bend of each pair's line in a dataset, worked out once (positions never change). */
export function pairBend(graph: TemporalGraph, key: string, layout: Layout = 'schematic'): number {
	let byLayout = bendsOf.get(graph);
	if (!byLayout) bendsOf.set(graph, (byLayout = new Map()));
	let known = byLayout.get(layout);
	if (!known) {
		// The actors' places and their grid once per dataset and layout, not once per pair.
		const { positions } = actorPlaces(graph.data.actors, layout);
		known = { route: pairRouter(graph.data.actors, positions), bends: new Map() };
		byLayout.set(layout, known);
	}
	if (!known.bends.has(key)) known.bends.set(key, known.route(key) ?? 0);
	return known.bends.get(key)!;
}

const soleOf = new WeakMap<TemporalGraph, Set<string>>();

/** Whether a tie is the only one the data has between its two actors (then it bends too). */
export function soleTie(graph: TemporalGraph, tieId: string): boolean {
	let sole = soleOf.get(graph);
	if (!sole) soleOf.set(graph, (sole = soleTies(graph.data.ties)));
	return sole.has(tieId);
}
