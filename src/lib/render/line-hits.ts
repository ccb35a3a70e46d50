import type { Core, EdgeSingular } from 'cytoscape';
import { linesNear, type DrawnLine, type ScreenPoint } from '$lib/core/visual/near-lines.ts';

/** How close to a click another line must pass to be offered with the one clicked. */
const NEAR_PX = 4;

export type LineRef = { type: 'tie' | 'pair'; id: string };

/** The tie or pair a drawn line stands for. */
export function lineRef(edge: EdgeSingular): LineRef | null {
	const pair = edge.data('pair');
	if (pair) return { type: 'pair', id: pair };
	const tie = edge.data('tie');
	return tie ? { type: 'tie', id: tie } : null;
}

/**
 * What a click on a line could have meant: the line clicked first, then the other drawn lines
 * within a few pixels of the point (on screen, from the picture's top left). A click on a pair's
 * badge means that pair alone, whatever passes under it.
 */
export function linesClicked(
	cy: Core,
	clicked: EdgeSingular,
	at: ScreenPoint,
	tapped: LineRef
): LineRef[] {
	const badge = clicked.renderedBoundingBox({
		includeNodes: false,
		includeEdges: false,
		includeLabels: true,
		includeOverlays: false
	});
	if (badge.w > 0 && at.x >= badge.x1 && at.x <= badge.x2 && at.y >= badge.y1 && at.y <= badge.y2)
		return [tapped];
	const lines: DrawnLine<LineRef>[] = [];
	const zoom = cy.zoom();
	const pan = cy.pan();
	cy.edges(':visible').forEach((edge: EdgeSingular) => {
		const ref = lineRef(edge);
		if (!ref || Number(edge.renderedStyle('opacity')) < 0.05) return;
		lines.push({
			ref,
			source: edge.renderedSourceEndpoint(),
			target: edge.renderedTargetEndpoint(),
			// Model points, put on screen here: Cytoscape's rendered version fails on straight edges.
			controls: (edge.controlPoints() ?? []).map((c) => ({
				x: c.x * zoom + pan.x,
				y: c.y * zoom + pan.y
			})),
			halfWidth: parseFloat(edge.renderedStyle('width')) / 2
		});
	});
	const key = (r: LineRef) => `${r.type}:${r.id}`;
	const near = linesNear(at, lines, NEAR_PX, key).filter((r) => key(r) !== key(tapped));
	return [tapped, ...near].slice(0, 8);
}
