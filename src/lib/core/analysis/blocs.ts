import Graph from 'graphology';

/**
 * Blocs by label propagation, made deterministic: every actor starts in its own bloc; in id order,
 * each takes the bloc its ties weigh most towards (keeping its own on a tie, else the smallest
 * id), until nothing changes. Returns each node's bloc label (a node id). The graph is undirected
 * with a numeric `weight` on each edge; it is not modified.
 */
export function labelBlocs(graph: Graph, maxRounds = 100): Map<string, string> {
	if (graph.type !== 'undirected')
		throw new TypeError('analysis/blocs: expected an undirected graphology graph.');
	const order = [...graph.nodes()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const label = new Map(order.map((n) => [n, n]));
	for (let round = 0; round < maxRounds; round++) {
		let changed = false;
		for (const node of order) {
			const pull = new Map<string, number>();
			graph.forEachEdge(node, (_edge, attrs, source, target) => {
				const other = source === node ? target : source;
				const l = label.get(other)!;
				pull.set(l, (pull.get(l) ?? 0) + Number(attrs.weight ?? 1));
			});
			if (pull.size === 0) continue;
			const most = Math.max(...pull.values());
			const current = label.get(node)!;
			if (pull.get(current) === most) continue;
			const best = [...pull]
				.filter(([, w]) => w === most)
				.map(([l]) => l)
				.sort()[0];
			label.set(node, best);
			changed = true;
		}
		if (!changed) break;
	}
	return label;
}
