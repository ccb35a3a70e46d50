import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { parsePairKey } from '../../view/pairs.ts';

/** Something in a picture that a reader would trip on. */
export interface PictureFault {
	kind: 'edge-through-node' | 'label-over-label' | 'label-over-node';
	/** The two things that meet: `tie:ID`, `pair:A~B`, `node:ID`, `label:ID`, `ref:pair:A~B`, `badge:A~B`. */
	a: string;
	b: string;
}

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

interface Node {
	id: string;
	cx: number;
	cy: number;
	/** Half the width and height of the node's shape (a circle's radius, both ways). */
	rx: number;
	ry: number;
	label: Box | null;
}

interface Curve {
	id: string;
	ends: string[];
	pts: { x: number; y: number }[];
}

const num = (s: string, name: string) => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(s)?.[1]);

/** A text's box from its anchor, size and characters (CJK about one em, Latin about 0.58). */
function textBox(tag: string, text: string): Box {
	const x = num(tag, 'x');
	const y = num(tag, 'y');
	const fs = num(tag, 'font-size');
	let w = 0;
	for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fs : fs * 0.58;
	return { x1: x - w / 2, x2: x + w / 2, y1: y - fs * 0.8, y2: y + fs * 0.2 };
}

const union = (a: Box | null, b: Box): Box =>
	a
		? {
				x1: Math.min(a.x1, b.x1),
				y1: Math.min(a.y1, b.y1),
				x2: Math.max(a.x2, b.x2),
				y2: Math.max(a.y2, b.y2)
			}
		: b;

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The points of a path `M x,y Q cx,cy x,y` or `M x,y L x,y`, sampled along it. */
function sample(d: string): { x: number; y: number }[] {
	const n = [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
	const [x0, y0] = n;
	const quad = /Q/.test(d);
	const [cx, cy, x1, y1] = quad
		? n.slice(2, 6)
		: [(n[0] + n[2]) / 2, (n[1] + n[3]) / 2, n[2], n[3]];
	const out = [];
	for (let i = 0; i <= 40; i++) {
		const t = i / 40;
		const u = 1 - t;
		out.push({
			x: u * u * x0 + 2 * u * t * cx + t * t * x1,
			y: u * u * y0 + 2 * u * t * cy + t * t * y1
		});
	}
	return out;
}

/**
 * Reads the picture's geometry back from the SVG writer's output (actors, their labels, the
 * lines of ties and pairs) and lists what a reader would trip on: a line crossing a node it does
 * not join, a label over another label or over a node. Sizes of text are estimated from its
 * characters, so the check errs a little on the side of finding faults.
 */
export function pictureFaults(svg: string, graph: TemporalGraph): PictureFault[] {
	const nodes: Node[] = [];
	for (const m of svg.matchAll(/<g data-actor="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)) {
		const [, id, body] = m;
		const circle = /<circle [^>]*>/.exec(body)?.[0];
		const rect = /<rect [^>]*>/.exec(body)?.[0];
		const node = circle
			? { cx: num(circle, 'cx'), cy: num(circle, 'cy'), rx: num(circle, 'r'), ry: num(circle, 'r') }
			: {
					cx: num(rect!, 'x') + num(rect!, 'width') / 2,
					cy: num(rect!, 'y') + num(rect!, 'height') / 2,
					rx: num(rect!, 'width') / 2,
					ry: num(rect!, 'height') / 2
				};
		let label: Box | null = null;
		for (const t of body.matchAll(/(<text [^>]*>)([^<]*)<\/text>/g))
			label = union(label, textBox(t[1], t[2]));
		nodes.push({ id, ...node, label });
	}
	// A check that reads nothing passes everything: fail loudly if the writer's markup moved on.
	const drawn = svg.match(/<g data-actor=/g)?.length ?? 0;
	if (drawn !== nodes.length)
		throw new Error(`pictureFaults read ${nodes.length} of the ${drawn} actors in the SVG`);
	const curves: Curve[] = [];
	for (const m of svg.matchAll(
		/<g (?:class="pair" )?data-(tie|id)="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g
	)) {
		const [, what, id, body] = m;
		const ends =
			what === 'tie' ? (graph.tiesById.get(id)?.parties ?? []) : (parsePairKey(id) ?? []);
		for (const p of body.matchAll(/<path (?!class="mark")[^>]*\bd="([^"]+)"/g))
			curves.push({ id: `${what === 'tie' ? 'tie' : 'pair'}:${id}`, ends, pts: sample(p[1]) });
	}
	const faults: PictureFault[] = [];
	for (const c of curves)
		for (const n of nodes) {
			if (c.ends.includes(n.id)) continue;
			// Inside the node's shape, shrunk a little: grazing the rim is not crossing.
			const hit = c.pts.some(
				(p) => ((p.x - n.cx) / (n.rx * 0.9)) ** 2 + ((p.y - n.cy) / (n.ry * 0.9)) ** 2 < 1
			);
			if (hit) faults.push({ kind: 'edge-through-node', a: c.id, b: `node:${n.id}` });
		}
	for (let i = 0; i < nodes.length; i++)
		for (let j = 0; j < nodes.length; j++) {
			const [a, b] = [nodes[i], nodes[j]];
			if (i === j || !a.label) continue;
			if (j > i && b.label && overlaps(a.label, b.label))
				faults.push({ kind: 'label-over-label', a: `label:${a.id}`, b: `label:${b.id}` });
			const shape = { x1: b.cx - b.rx, x2: b.cx + b.rx, y1: b.cy - b.ry, y2: b.cy + b.ry };
			if (overlaps(a.label, shape))
				faults.push({ kind: 'label-over-node', a: `label:${a.id}`, b: `node:${b.id}` });
		}
	// Footnote numbers on the lines and pairs' badges: clear of every actor, label and other
	// numbers or badges.
	const refs = [
		...[...svg.matchAll(/(<text class="ref" data-ref="([^"]+)"[^>]*>)([^<]*)<\/text>/g)].map(
			(m) => ({
				id: `ref:${m[2]}`,
				box: textBox(m[1], m[3])
			})
		),
		...[...svg.matchAll(/<g class="pair" data-id="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)].flatMap((m) => {
			const rect = /<rect class="badge"[^>]*>/.exec(m[2])?.[0];
			if (!rect) return [];
			const [x1, y1] = [num(rect, 'x'), num(rect, 'y')];
			const box = { x1, y1, x2: x1 + num(rect, 'width'), y2: y1 + num(rect, 'height') };
			return [{ id: `badge:${m[1]}`, box }];
		})
	];
	refs.forEach((r, i) => {
		for (const n of nodes) {
			if (n.label && overlaps(r.box, n.label))
				faults.push({ kind: 'label-over-label', a: r.id, b: `label:${n.id}` });
			const shape = { x1: n.cx - n.rx, x2: n.cx + n.rx, y1: n.cy - n.ry, y2: n.cy + n.ry };
			if (overlaps(r.box, shape))
				faults.push({ kind: 'label-over-node', a: r.id, b: `node:${n.id}` });
		}
		for (const o of refs.slice(i + 1))
			if (overlaps(r.box, o.box)) faults.push({ kind: 'label-over-label', a: r.id, b: o.id });
	});
	return faults;
}
