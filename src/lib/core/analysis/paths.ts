import Graph from 'graphology';
import { brandes } from 'graphology-shortest-path/unweighted';

export interface PathEdge {
	/** Tie id carried by the edge (several edges of a multi-party tie share one). */
	tie: string;
	source: string;
	target: string;
	/** Whether the tie points from source to target (arms transfers, sanctions…). */
	directed?: boolean;
}

export interface PathOptions {
	/** `false` walks a directed tie both ways: who is connected to whom, not who supplies whom. */
	directed?: boolean;
	/** Stop after this many paths: dense graphs can have very many shortest paths. */
	maxPaths?: number;
}

export interface ShortestPath {
	actors: string[];
	/** One entry per step: every tie joining the two actors of that step. */
	ties: string[][];
}

const DEFAULTS: Required<PathOptions> = { directed: false, maxPaths: 100 };

/**
 * Every shortest path (fewest steps) between two actors, as actor ids and, per step, the ids of
 * the ties that make that step. Parallel ties collapse into one step so that they do not
 * multiply the number of paths. An empty array means the two are not connected.
 */
export function shortestPaths(
	nodes: readonly string[],
	edges: readonly PathEdge[],
	from: string,
	to: string,
	options: PathOptions = {}
): ShortestPath[] {
	const { directed, maxPaths } = { ...DEFAULTS, ...options };
	if (!Number.isInteger(maxPaths) || maxPaths < 1) {
		throw new RangeError(
			`analysis/paths: maxPaths must be a whole number ≥ 1, got ${String(maxPaths)}.`
		);
	}
	const graph = new Graph({ type: directed ? 'mixed' : 'undirected', multi: false });
	for (const n of nodes) graph.mergeNode(n);
	for (const id of [from, to]) {
		if (!graph.hasNode(id)) throw new Error(`analysis/paths: the actor "${id}" is not in scope.`);
	}
	// Collapse parallel ties into one edge per step, remembering the ties behind it.
	const tiesOf = new Map<string, Set<string>>();
	const stepKey = (a: string, b: string, d: boolean) => (d ? `${a}>${b}` : [a, b].sort().join('~'));
	for (const e of edges) {
		if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) {
			throw new Error(
				`analysis/paths: tie "${e.tie}" joins an actor that is not in the node list.`
			);
		}
		const d = directed && e.directed === true;
		const key = stepKey(e.source, e.target, d);
		if (!tiesOf.has(key)) {
			tiesOf.set(key, new Set());
			if (d) graph.mergeDirectedEdge(e.source, e.target);
			else graph.mergeUndirectedEdge(e.source, e.target);
		}
		tiesOf.get(key)!.add(e.tie);
	}
	if (from === to) return [{ actors: [from], ties: [] }];

	const [, predecessors] = brandes(graph, from);
	if (predecessors[to].length === 0) return [];
	const paths: string[][] = [];
	// Walk predecessor lists back from the target: each walk is one shortest path.
	const walk = (node: string, suffix: string[]) => {
		if (paths.length >= maxPaths) return;
		if (node === from) {
			paths.push([from, ...suffix]);
			return;
		}
		for (const p of predecessors[node]) walk(p, [node, ...suffix]);
	};
	walk(to, []);
	return paths
		.sort((a, b) => a.join(' ').localeCompare(b.join(' ')))
		.map((actors) => ({
			actors,
			ties: actors.slice(1).map((b, i) => {
				const a = actors[i];
				const found = new Set([
					...(tiesOf.get(stepKey(a, b, true)) ?? []),
					...(tiesOf.get(stepKey(a, b, false)) ?? [])
				]);
				return [...found].sort();
			})
		}));
}
