import type { Tie } from '../schema/tie.ts';
import { actorSegment, nameAt, tieExtent, type TieStatus } from '../time/lifecycle.ts';
import type { ActorAt, TemporalGraph } from './temporal-graph.ts';

export interface RangedTie {
	tie: Tie;
	/** The status it had last within the range. */
	status: TieStatus;
	statuses: TieStatus[];
	beganInside: boolean;
	endedInside: boolean;
}

/** "The graph over [from, to]": everything that existed on any day of the range. */
export interface RangeSnapshot {
	from: number;
	to: number;
	actors: ActorAt[];
	ties: RangedTie[];
}

export function rangeSnapshot(graph: TemporalGraph, from: number, to: number): RangeSnapshot {
	const lo = Math.min(from, to);
	const hi = Math.max(from, to);
	const ties = graph.over(lo, hi).map((r) => ({
		...r,
		// The status on the last day of the range, or on the tie's last day if it ended inside.
		status:
			graph.statusAt(r.tie.id, hi) ??
			graph.statusAt(r.tie.id, tieExtent(r.tie)!.end) ??
			r.statuses[r.statuses.length - 1]
	}));
	const actors: ActorAt[] = [];
	for (const actor of graph.data.actors) {
		const seg = actorSegment(actor);
		if (seg.end < lo || seg.start > hi) continue;
		// Named as on the last day of the range it still existed.
		actors.push({ actor, name: nameAt(actor, Math.min(hi, seg.end)) });
	}
	return { from: lo, to: hi, actors, ties };
}
