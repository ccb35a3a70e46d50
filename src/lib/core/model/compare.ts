import type { Tie } from '../schema/tie.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import type { ActorAt, TemporalGraph, TieAt } from './temporal-graph.ts';

export type TieChange = 'added' | 'removed' | 'changed' | 'same';

/** One tie seen at two dates: A (before) and B (after). */
export interface ComparedTie {
	tie: Tie;
	change: TieChange;
	before?: TieStatus;
	after?: TieStatus;
}

export interface Comparison {
	a: number;
	b: number;
	/** Every tie that exists at A or B, in the order added, removed, changed, same. */
	ties: ComparedTie[];
	added: ComparedTie[];
	removed: ComparedTie[];
	changed: ComparedTie[];
	/** Actors that exist at A or B, named as at B where they exist then. */
	actors: ActorAt[];
}

/**
 * The graph at B measured against A: built from the diff of the two days, so its cost follows
 * what changed, plus one snapshot for the ties that stayed the same.
 */
export function compareDates(graph: TemporalGraph, a: number, b: number): Comparison {
	const diff = graph.diff(a, b);
	const added = diff.addedTies.map(({ tie, status }) => ({
		tie,
		change: 'added' as const,
		after: status
	}));
	const removed = diff.removedTies.map((tie) => ({
		tie,
		change: 'removed' as const,
		before: graph.statusAt(tie.id, a)
	}));
	const changed = diff.changedTies.map(({ tie, before, after }) => ({
		tie,
		change: 'changed' as const,
		before,
		after
	}));
	const touched = new Set([...added, ...changed].map((c) => c.tie.id));
	const atB = graph.at(b);
	const same = atB.ties
		.filter((t: TieAt) => !touched.has(t.tie.id))
		.map(({ tie, status }) => ({ tie, change: 'same' as const, before: status, after: status }));
	const byTitle = (x: ComparedTie, y: ComparedTie) => x.tie.id.localeCompare(y.tie.id);
	[added, removed, changed, same].forEach((list) => list.sort(byTitle));
	const actors = [...atB.actors];
	for (const actor of diff.removedActors) {
		const at = graph.actorAt(actor.id, a);
		if (at) actors.push(at);
	}
	return {
		a,
		b,
		ties: [...added, ...removed, ...changed, ...same],
		added,
		removed,
		changed,
		actors
	};
}
