import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { linePoints } from '$lib/core/visual/near-lines.ts';

interface Box {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** Where along its line a badge may go, from the middle outwards (as the SVG writer tries). */
const STOPS = [0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8];
/**
 * Above this many badges or actors a picture is too dense for badges to find room, and the work
 * would weigh on every date step: badges stay at their lines' middles and none is counted.
 */
const MAX_BADGES = 400;
const MAX_ACTORS = 400;
/** Room kept round a badge, in graph units. */
const SPARE = 2;

const meets = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Slides each drawn pair's badge along its own line, from the middle outwards, to the first
 * place where it covers no actor, no actor's label and no other badge, using Cytoscape's own
 * boxes (graph units, so the result holds at every zoom). Returns how many badges found no free
 * place and stay at their line's middle, and how many could not be placed yet because Cytoscape
 * has not worked out their line or words (a line added in this very frame).
 */
export function placeBadges(cy: Core): { crowded: number; pending: number } {
	// Short lines first: they have the least room to move along.
	const span = (e: EdgeSingular) => {
		const [a, b] = [e.sourceEndpoint(), e.targetEndpoint()];
		return a && b ? Math.hypot(b.x - a.x, b.y - a.y) : Infinity;
	};
	// Too many to place is known before any is measured or sorted (at 50,000 ties, sorting the
	// lines by length, each measured in every comparison, was 0.1 s after the first picture).
	const actors = cy.nodes('node.actor').filter((n: NodeSingular) => n.visible());
	if (actors.length > MAX_ACTORS) return { crowded: 0, pending: 0 };
	const shown = cy
		.edges('edge.pairline')
		.filter((e: EdgeSingular) => e.visible() && Boolean(e.data('label')));
	if (shown.length > MAX_BADGES) return { crowded: 0, pending: 0 };
	const badges = shown.sort((a: EdgeSingular, b: EdgeSingular) => span(a) - span(b));
	const taken: Box[] = actors.map((n: NodeSingular) =>
		n.boundingBox({ includeLabels: true, includeOverlays: false })
	);
	let crowded = 0;
	let pending = 0;
	const moves: { edge: EdgeSingular; bx: number; by: number }[] = [];
	badges.forEach((edge: EdgeSingular) => {
		const bb = edge.boundingBox({
			includeNodes: false,
			includeEdges: false,
			includeLabels: true,
			includeOverlays: false
		});
		// An edge shown in this very batch may not have its ends worked out yet: leave it be.
		const source = edge.sourceEndpoint();
		const target = edge.targetEndpoint();
		if (!(bb.w > 0) || !source || !target || !Number.isFinite(source.x + target.x)) {
			pending++;
			return;
		}
		// The badge's box with no margin: where Cytoscape puts it, at the middle of the line.
		const [mx, my] = [Number(edge.data('bx')) || 0, Number(edge.data('by')) || 0];
		const cx = (bb.x1 + bb.x2) / 2 - mx;
		const cy0 = (bb.y1 + bb.y2) / 2 - my;
		const pts = linePoints(
			{
				ref: null,
				source,
				target,
				controls: (edge.controlPoints() ?? []).filter((c) => c && Number.isFinite(c.x + c.y)),
				halfWidth: 0
			},
			40
		);
		const at = (t: number) => pts[Math.round(t * (pts.length - 1))];
		const middle = at(0.5);
		const boxAt = (dx: number, dy: number): Box => ({
			x1: cx + dx - bb.w / 2 - SPARE,
			x2: cx + dx + bb.w / 2 + SPARE,
			y1: cy0 + dy - bb.h / 2 - SPARE,
			y2: cy0 + dy + bb.h / 2 + SPARE
		});
		let chosen = { dx: 0, dy: 0 };
		// Along the line first; on a short, crowded line, just beside it, touching it.
		const along = STOPS.map((t) => ({ dx: at(t).x - middle.x, dy: at(t).y - middle.y }));
		const end = at(1);
		const start = at(0);
		const len = Math.hypot(end.x - start.x, end.y - start.y) || 1;
		const n = { x: -(end.y - start.y) / len, y: (end.x - start.x) / len };
		const reach = Math.abs(n.x) * (bb.w / 2) + Math.abs(n.y) * (bb.h / 2) + SPARE;
		const beside = along.flatMap((d) =>
			[1, -1].map((side) => ({ dx: d.dx + n.x * reach * side, dy: d.dy + n.y * reach * side }))
		);
		const free = [...along, ...beside].find((d) => !taken.some((o) => meets(o, boxAt(d.dx, d.dy))));
		if (free) chosen = free;
		else crowded++;
		taken.push(boxAt(chosen.dx, chosen.dy));
		if (Math.abs(chosen.dx - mx) > 0.5 || Math.abs(chosen.dy - my) > 0.5)
			moves.push({ edge, bx: chosen.dx, by: chosen.dy });
	});
	if (moves.length)
		cy.batch(() => {
			for (const m of moves) m.edge.data({ bx: m.bx, by: m.by });
		});
	return { crowded, pending };
}
