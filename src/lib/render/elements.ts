import type { ElementDefinition } from 'cytoscape';
import type { Lang } from '$lib/core/schema/common.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { isDirectedKind, type Tie } from '$lib/core/schema/tie.ts';
import { positionOf } from '$lib/core/visual/layout.ts';

/** Cytoscape ids for the pieces of a tie: one edge, or a hub and spokes for 3+ parties. */
export function tieElementIds(tie: Tie): string[] {
	if (tie.parties.length <= 2 || isDirectedKind(tie.kind)) return [`t:${tie.id}`];
	return [`h:${tie.id}`, ...tie.parties.map((p) => `s:${tie.id}:${p}`)];
}

export function actorLabel(name: string, id: string): string {
	return /^[A-Z]{3}$/.test(id) && name !== id ? `${name}\n${id}` : name;
}

/**
 * Every actor and tie of the dataset as elements, all hidden. The view then shows what exists at
 * the date in view by toggling classes, so elements keep their identity and positions.
 */
export function buildElements(graph: TemporalGraph, day: number, lang: Lang): ElementDefinition[] {
	const out: ElementDefinition[] = [];
	graph.data.actors.forEach((actor, i) => {
		const at = graph.actorAt(actor.id, day);
		const name = (at?.name ?? actor.names[actor.names.length - 1])[lang];
		out.push({
			group: 'nodes',
			data: { id: actor.id, label: actorLabel(name, actor.id), kind: actor.kind },
			position: positionOf(actor, i),
			classes: ['actor', actor.kind, 'absent'].join(' ')
		});
	});
	for (const tie of graph.data.ties) {
		const classes = ['tie', `kind-${tie.kind}`, `conf-${tie.confidence}`, 'absent'];
		if (tie.parties.length <= 2 || isDirectedKind(tie.kind)) {
			out.push({
				group: 'edges',
				data: { id: `t:${tie.id}`, tie: tie.id, source: tie.parties[0], target: tie.parties[1] },
				classes: classes.join(' ')
			});
			continue;
		}
		// A multilateral agreement is one tie: draw a hub at the centre of its parties.
		const pts = tie.parties.map((p) => {
			const idx = graph.data.actors.findIndex((a) => a.id === p);
			return positionOf(graph.data.actors[idx], idx);
		});
		const hub = {
			x: pts.reduce((s, p) => s + p.x, 0) / pts.length + 18,
			y: pts.reduce((s, p) => s + p.y, 0) / pts.length + 18
		};
		out.push({
			group: 'nodes',
			data: { id: `h:${tie.id}`, tie: tie.id, label: '' },
			position: hub,
			classes: ['hub', ...classes].join(' ')
		});
		for (const p of tie.parties) {
			out.push({
				group: 'edges',
				data: { id: `s:${tie.id}:${p}`, tie: tie.id, source: `h:${tie.id}`, target: p },
				classes: ['spoke', ...classes].join(' ')
			});
		}
	}
	return out;
}
