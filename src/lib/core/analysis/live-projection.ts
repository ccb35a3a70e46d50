import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import type { Tie } from '../schema/tie.ts';

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface ActorMeasures {
	/** Ties the actor is a party to, each counted once whatever its number of parties. */
	degree: number;
	byKind: Map<string, number>;
	/** Normalised betweenness on the undirected projection (networkx's `normalized=True`). */
	betweenness: number;
	/** Closeness on the undirected projection, Wasserman–Faust scaled (networkx's default). */
	closeness: number;
}

/**
 * The graph at one step as the measures see it, updated tie by tie as time moves instead of
 * rebuilt. It holds the undirected projection: one simple edge per pair of actors that share at
 * least one tie (a directed tie joins its two parties; a tie of n parties joins every pair), kept
 * while any tie joins them. An actor is a node while it exists or while a tie present holds it.
 */
export class LiveProjection {
	readonly graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
	private readonly pairs = new Map<string, number>();
	private readonly kindsOf = new Map<string, Map<string, number>>();
	private readonly existing = new Set<string>();
	private readonly present = new Map<string, readonly string[]>();

	constructor(private readonly kinds?: ReadonlySet<string>) {}

	private counts(actor: string): Map<string, number> {
		let m = this.kindsOf.get(actor);
		if (!m) this.kindsOf.set(actor, (m = new Map()));
		return m;
	}

	private degreeOf(actor: string): number {
		let n = 0;
		for (const c of this.kindsOf.get(actor)?.values() ?? []) n += c;
		return n;
	}

	private settle(actor: string): void {
		const wanted = this.existing.has(actor) || this.degreeOf(actor) > 0;
		if (wanted) this.graph.mergeNode(actor);
		else if (this.graph.hasNode(actor)) this.graph.dropNode(actor);
	}

	addActor(id: string): void {
		this.existing.add(id);
		this.settle(id);
	}

	removeActor(id: string): void {
		this.existing.delete(id);
		this.settle(id);
	}

	addTie(tie: Tie): void {
		if (this.present.has(tie.id) || (this.kinds && !this.kinds.has(tie.kind))) return;
		const parties = [...new Set(tie.parties)];
		this.present.set(tie.id, parties);
		for (const p of parties) {
			const c = this.counts(p);
			c.set(tie.kind, (c.get(tie.kind) ?? 0) + 1);
			this.settle(p);
		}
		for (let i = 0; i < parties.length; i++) {
			for (let j = i + 1; j < parties.length; j++) {
				const key = pairKey(parties[i], parties[j]);
				const n = this.pairs.get(key) ?? 0;
				this.pairs.set(key, n + 1);
				if (n === 0) this.graph.addEdge(parties[i], parties[j]);
			}
		}
	}

	removeTie(tie: Tie): void {
		const parties = this.present.get(tie.id);
		if (!parties) return;
		this.present.delete(tie.id);
		for (let i = 0; i < parties.length; i++) {
			for (let j = i + 1; j < parties.length; j++) {
				const key = pairKey(parties[i], parties[j]);
				const n = this.pairs.get(key)! - 1;
				if (n === 0) {
					this.pairs.delete(key);
					this.graph.dropEdge(parties[i], parties[j]);
				} else this.pairs.set(key, n);
			}
		}
		for (const p of parties) {
			const c = this.counts(p);
			c.set(tie.kind, c.get(tie.kind)! - 1);
			this.settle(p);
		}
	}

	/** Ids of the ties present now. */
	ties(): string[] {
		return [...this.present.keys()];
	}

	/** Every node's measures now, computed by graphology-metrics on the projection. */
	measure(): Map<string, ActorMeasures> {
		// graphology-metrics refuses a graph with no nodes.
		if (this.graph.order === 0) return new Map();
		const betweenness = betweennessCentrality(this.graph, {
			getEdgeWeight: null,
			normalized: true
		});
		const closeness = closenessCentrality(this.graph, { wassermanFaust: true });
		const out = new Map<string, ActorMeasures>();
		this.graph.forEachNode((id) => {
			out.set(id, {
				degree: this.degreeOf(id),
				byKind: new Map([...this.counts(id)].filter(([, n]) => n > 0)),
				betweenness: betweenness[id],
				closeness: closeness[id]
			});
		});
		return out;
	}
}
