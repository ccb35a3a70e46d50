/**
 * What makes a picture hard to read, found from its geometry: a line that runs through an actor it
 * does not join, a label on another label, a label on an actor. Pure geometry, so the check can
 * read any drawing (the SVG writer's, or the screen renderer's boxes) and name what collides.
 */

export interface Point {
	x: number;
	y: number;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export type Shape =
	{ kind: 'circle'; cx: number; cy: number; r: number } | ({ kind: 'rect' } & Box);

export interface GeoNode {
	id: string;
	shape: Shape;
}

/** A label's box and the actor it names. */
export interface GeoLabel {
	owner: string;
	text: string;
	box: Box;
}

/** A line drawn as a quadratic curve (control at the midpoint for a straight one). */
export interface GeoEdge {
	id: string;
	from: Point;
	control: Point;
	to: Point;
	/** The actors it joins: a line through them is no fault. */
	ends: readonly string[];
}

export interface Picture {
	nodes: readonly GeoNode[];
	labels: readonly GeoLabel[];
	edges: readonly GeoEdge[];
}

export type OverlapKind = 'edge-through-node' | 'label-on-label' | 'label-on-node';

export interface Overlap {
	kind: OverlapKind;
	/** The edge or the label's owner. */
	a: string;
	/** The node or the other label's owner. */
	b: string;
}

/** Points along the curve; fine enough that a line cannot slip through a 20 px node unseen. */
function samples(e: GeoEdge, n = 48): Point[] {
	const out: Point[] = [];
	for (let i = 0; i <= n; i++) {
		const t = i / n;
		const u = 1 - t;
		out.push({
			x: u * u * e.from.x + 2 * u * t * e.control.x + t * t * e.to.x,
			y: u * u * e.from.y + 2 * u * t * e.control.y + t * t * e.to.y
		});
	}
	return out;
}

function inside(p: Point, s: Shape, shrink: number): boolean {
	if (s.kind === 'circle') return Math.hypot(p.x - s.cx, p.y - s.cy) < s.r - shrink;
	return (
		p.x > s.x + shrink &&
		p.x < s.x + s.width - shrink &&
		p.y > s.y + shrink &&
		p.y < s.y + s.height - shrink
	);
}

function boxesMeet(a: Box, b: Box, shrink: number): boolean {
	return (
		a.x + shrink < b.x + b.width - shrink &&
		b.x + shrink < a.x + a.width - shrink &&
		a.y + shrink < b.y + b.height - shrink &&
		b.y + shrink < a.y + a.height - shrink
	);
}

function boxMeetsShape(b: Box, s: Shape, shrink: number): boolean {
	if (s.kind === 'rect') return boxesMeet(b, s, shrink);
	const nx = Math.max(b.x, Math.min(s.cx, b.x + b.width));
	const ny = Math.max(b.y, Math.min(s.cy, b.y + b.height));
	return Math.hypot(nx - s.cx, ny - s.cy) < s.r - shrink;
}

/**
 * Every collision in a picture. `tolerance` (px) forgives contact at the rim: a line that grazes
 * an actor's outline, or labels whose boxes touch, read fine.
 */
export function findOverlaps(p: Picture, tolerance = 1): Overlap[] {
	const out: Overlap[] = [];
	for (const e of p.edges) {
		const pts = samples(e);
		for (const n of p.nodes) {
			if (e.ends.includes(n.id)) continue;
			if (pts.some((q) => inside(q, n.shape, tolerance)))
				out.push({ kind: 'edge-through-node', a: e.id, b: n.id });
		}
	}
	for (let i = 0; i < p.labels.length; i++) {
		const l = p.labels[i];
		for (let j = i + 1; j < p.labels.length; j++) {
			const m = p.labels[j];
			if (m.owner !== l.owner && boxesMeet(l.box, m.box, tolerance))
				out.push({ kind: 'label-on-label', a: l.owner, b: m.owner });
		}
		for (const n of p.nodes) {
			if (n.id !== l.owner && boxMeetsShape(l.box, n.shape, tolerance))
				out.push({ kind: 'label-on-node', a: l.owner, b: n.id });
		}
	}
	return out;
}

const WIDE = /[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60]/;

/**
 * A text's width in a sans-serif face, without a font at hand: wide (CJK) characters are one em,
 * others about 0.6 em (a little over the average Latin advance, so a check errs on the safe side).
 */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.6;
	return em * fontSize;
}
