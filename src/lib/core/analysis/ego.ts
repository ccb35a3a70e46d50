import type Graph from 'graphology';

export type EgoDirection = 'any' | 'out' | 'in';

export interface EgoOptions {
	/** How many steps from the centre; 0 gives the centre alone. */
	hops?: number;
	/** `any` ignores the direction of directed ties: a supplier and its recipient are neighbours. */
	direction?: EgoDirection;
}

const DEFAULTS: Required<EgoOptions> = { hops: 1, direction: 'any' };

/**
 * The k-hop neighbourhood of one node: each node reached within `hops` steps, mapped to its
 * distance from the centre (the centre is 0). The graph is not modified.
 */
export function egoNetwork(
	graph: Graph,
	center: string,
	options: EgoOptions = {}
): Map<string, number> {
	const { hops, direction } = { ...DEFAULTS, ...options };
	if (!graph || typeof graph.forEachNeighbor !== 'function') {
		throw new TypeError('analysis/ego: expected a graphology graph.');
	}
	if (!Number.isInteger(hops) || hops < 0) {
		throw new RangeError(`analysis/ego: hops must be a whole number ≥ 0, got ${String(hops)}.`);
	}
	if (!['any', 'out', 'in'].includes(direction)) {
		throw new RangeError(
			`analysis/ego: direction must be any, out or in, got "${String(direction)}".`
		);
	}
	if (!graph.hasNode(center))
		throw new Error(`analysis/ego: the node "${center}" is not in the graph.`);

	const visit =
		direction === 'any'
			? graph.forEachNeighbor.bind(graph)
			: direction === 'out'
				? graph.forEachOutboundNeighbor.bind(graph)
				: graph.forEachInboundNeighbor.bind(graph);
	const distance = new Map<string, number>([[center, 0]]);
	let frontier = [center];
	for (let depth = 1; depth <= hops && frontier.length > 0; depth++) {
		const next: string[] = [];
		for (const node of frontier) {
			visit(node, (neighbour: string) => {
				if (distance.has(neighbour)) return;
				distance.set(neighbour, depth);
				next.push(neighbour);
			});
		}
		frontier = next;
	}
	return distance;
}
