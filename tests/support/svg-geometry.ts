import {
	textWidth,
	type GeoEdge,
	type GeoLabel,
	type GeoNode,
	type Picture,
	type Shape
} from '../../src/lib/core/visual/overlaps.ts';

const num = (tag: string, name: string) => Number(tag.match(new RegExp(` ${name}="([^"]+)"`))?.[1]);

function shapeOf(group: string): Shape | undefined {
	const c = group.match(/<circle [^>]*>/)?.[0];
	if (c) return { kind: 'circle', cx: num(c, 'cx'), cy: num(c, 'cy'), r: num(c, 'r') };
	const r = group.match(/<rect [^>]*>/)?.[0];
	if (r)
		return {
			kind: 'rect',
			x: num(r, 'x'),
			y: num(r, 'y'),
			width: num(r, 'width'),
			height: num(r, 'height')
		};
	return undefined;
}

function near(p: { x: number; y: number }, s: Shape, slack: number): boolean {
	if (s.kind === 'circle') return Math.hypot(p.x - s.cx, p.y - s.cy) <= s.r + slack;
	return (
		p.x >= s.x - slack &&
		p.x <= s.x + s.width + slack &&
		p.y >= s.y - slack &&
		p.y <= s.y + s.height + slack
	);
}

/**
 * The geometry of a picture the SVG writer drew: actors' shapes and label lines (`data-actor`
 * groups), and every curve of a tie or pair (`data-tie` / `data-pair` groups). A line's ends are
 * the actors its end points touch; a spoke's other end is its hub.
 */
export function svgPicture(svg: string): Picture {
	const nodes: GeoNode[] = [];
	const labels: GeoLabel[] = [];
	for (const m of svg.matchAll(/<g data-actor="([^"]+)">([\s\S]*?)<\/g>/g)) {
		const shape = shapeOf(m[2]);
		if (shape) nodes.push({ id: m[1], shape });
		for (const t of m[2].matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)) {
			const tag = ' ' + t[1];
			const fs = num(tag, 'font-size');
			const w = textWidth(t[2], fs);
			labels.push({
				owner: m[1],
				text: t[2],
				box: { x: num(tag, 'x') - w / 2, y: num(tag, 'y') - 0.8 * fs, width: w, height: fs }
			});
		}
	}
	const edges: GeoEdge[] = [];
	const seen = new Set<string>();
	for (const m of svg.matchAll(/<g data-(?:tie|pair|id)="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)) {
		for (const p of m[2].matchAll(
			/ d="M([-\d.]+),([-\d.]+) Q([-\d.]+),([-\d.]+) ([-\d.]+),([-\d.]+)"/g
		)) {
			const key = m[1] + p[0];
			if (seen.has(key)) continue;
			seen.add(key);
			const [fx, fy, cx, cy, tx, ty] = p.slice(1, 7).map(Number);
			const from = { x: fx, y: fy };
			const to = { x: tx, y: ty };
			const ends = nodes
				.filter((n) => near(from, n.shape, 3) || near(to, n.shape, 3))
				.map((n) => n.id);
			edges.push({ id: m[1], from, control: { x: cx, y: cy }, to, ends });
		}
	}
	return { nodes, labels, edges };
}
