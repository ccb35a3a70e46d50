import type { EdgeMode } from './describe.ts';
import { tieEdges, type ScopeTie } from './scope.ts';

export interface ExportEdge {
	id: string;
	tie: string;
	source: string;
	target: string;
	/** Whether the tie's kind has a direction (also written as the `directed` attribute). */
	directed: boolean;
}

/**
 * The edges a graph file holds for a tie. `mixed`: one edge per pair of parties, directed only
 * where the kind is. `directed` (the default): a graph every reader takes as it is, including
 * networkx and igraph, which hold only one edge type; an undirected tie becomes two arcs, one
 * each way, so that neighbours, paths and reachability stay true, both marked `directed=false`
 * and sharing `tie` (count ties by `tie`, not by edge). The forward arc keeps the `mixed` id;
 * the reverse one is `tie#B-A`.
 */
export function exportEdges(t: ScopeTie, mode: EdgeMode): ExportEdge[] {
	const edges = tieEdges(t);
	if (mode === 'mixed') return edges;
	return edges.flatMap((e) =>
		e.directed
			? [e]
			: [e, { ...e, id: `${e.tie}#${e.target}-${e.source}`, source: e.target, target: e.source }]
	);
}
