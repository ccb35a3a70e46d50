import Graph from 'graphology';
import type { Dataset } from '../io/dataset.ts';
import {
	isDirectedTie,
	type Actor,
	type ActorName,
	type Event,
	type Source,
	type Tie
} from '../schema/index.ts';
import { valueAt, type Segment, type TieStatus } from '../time/lifecycle.ts';
import { firstDay, lastDay, partialDate } from '../time/partial-date.ts';
import { runAll } from '../slices.ts';
import { lowerBound } from '../sorted.ts';
import { indexSteps, type GraphIndexes, type Indexed, type IndexedActor } from './graph-indexes.ts';
import type { TieExtents } from '../time/extents.ts';

export interface TieAt {
	tie: Tie;
	status: TieStatus;
}

export interface ActorAt {
	actor: Actor;
	name: ActorName;
}

/** The graph at one day: the actors that exist and the ties that exist, with their status. */
export interface Snapshot {
	day: number;
	actors: ActorAt[];
	ties: TieAt[];
}

/** What changed between two days: enough to update a view in place. */
export interface SnapshotDiff {
	from: number;
	to: number;
	addedTies: TieAt[];
	removedTies: Tie[];
	changedTies: { tie: Tie; before: TieStatus; after: TieStatus }[];
	addedActors: ActorAt[];
	removedActors: Actor[];
	renamedActors: { actor: Actor; before: ActorName; after: ActorName }[];
}

const built = new WeakMap<Dataset, TemporalGraph>();

/** The actor and its name on a day, or nothing when it does not exist then. */
function actorOn(entry: IndexedActor, day: number): ActorAt | undefined {
	if (day < entry.exists.start || day > entry.exists.end) return undefined;
	const segs = entry.names;
	const name =
		valueAt(segs, day) ?? (day < segs[0].start ? segs[0].value : segs[segs.length - 1].value);
	return { actor: entry.item, name };
}

/**
 * The dataset as a graph in time. Built once; a date step then costs in proportion to what
 * changes between the two days (binary search over the sorted change days), not to the size of
 * the graph.
 */
export class TemporalGraph {
	readonly data: Dataset;
	#topology: Graph | null = null;

	/** The graph of `data`, built once per dataset object (the page builds it ahead of its start). */
	static of(data: Dataset): TemporalGraph {
		return runAll(TemporalGraph.steps(data));
	}

	/**
	 * `of` as steps, pausing (`yield`) every `PER_STEP` ties or actors, so a large dataset's graph
	 * can be built in slices, the page answering input between them (at 50,000 ties, built at
	 * once it was a task of about 0.3 s).
	 */
	static *steps(data: Dataset): Generator<void, TemporalGraph, void> {
		let graph = built.get(data);
		if (graph) return graph;
		graph = new TemporalGraph(data, yield* indexSteps(data));
		built.set(data, graph);
		return graph;
	}
	readonly actorsById: Map<string, Actor>;
	readonly tiesById: Map<string, Tie>;
	readonly sourcesById: Map<string, Source>;
	readonly eventsById: Map<string, Event>;
	/** Events sorted by their first day. */
	readonly events: Event[];
	private readonly tieIndex: Map<string, Indexed<Tie>>;
	private readonly actorIndex: Map<string, IndexedActor>;
	/** Sorted days on which something may change, with the ids that change then. */
	private readonly changeDays: number[];
	private readonly changesOn: Map<number, { ties: string[]; actors: string[] }>;
	/** Each tie's first and last day and kind, in the order of `data.ties`. */
	readonly extents: TieExtents;

	/** `indexes`, when given, are `indexSteps(data)`'s, worked out already (`steps`). */
	constructor(data: Dataset, indexes: GraphIndexes = runAll(indexSteps(data))) {
		this.data = data;
		this.actorsById = indexes.actorsById;
		this.tiesById = indexes.tiesById;
		this.sourcesById = indexes.sourcesById;
		this.eventsById = indexes.eventsById;
		this.events = indexes.events;
		this.tieIndex = indexes.tieIndex;
		this.actorIndex = indexes.actorIndex;
		this.changeDays = indexes.changeDays;
		this.changesOn = indexes.changesOn;
		this.extents = indexes.extents;
	}

	/**
	 * All actors and ties, ignoring time, as one graphology graph (edge keys are tie ids, pairwise
	 * for 3+ parties). Built on first use: no view needs it (at 50,000 ties, building it was
	 * 0.2 s of opening the page).
	 */
	get topology(): Graph {
		if (this.#topology) return this.#topology;
		const data = this.data;
		const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: false });
		for (const a of data.actors) graph.addNode(a.id, { kind: a.kind });
		for (const t of data.ties) {
			if (isDirectedTie(t)) {
				graph.addDirectedEdgeWithKey(t.id, t.parties[0], t.parties[1], {
					kind: t.kind,
					tie: t.id
				});
				continue;
			}
			for (let i = 0; i < t.parties.length; i++) {
				for (let j = i + 1; j < t.parties.length; j++) {
					const key = t.parties.length === 2 ? t.id : `${t.id}#${t.parties[i]}-${t.parties[j]}`;
					graph.addUndirectedEdgeWithKey(key, t.parties[i], t.parties[j], {
						kind: t.kind,
						tie: t.id
					});
				}
			}
		}
		return (this.#topology = graph);
	}

	/** First and last day a tie exists (as `tieExtent`, from the segments worked out already). */
	extentOf(tieId: string): { start: number; end: number } | undefined {
		const segs = this.tieIndex.get(tieId)?.segments;
		return segs?.length ? { start: segs[0].start, end: segs[segs.length - 1].end } : undefined;
	}

	statusAt(tieId: string, day: number): TieStatus | undefined {
		const entry = this.tieIndex.get(tieId);
		return entry
			? (valueAt(entry.segments as Segment<TieStatus>[], day) as TieStatus | undefined)
			: undefined;
	}

	actorAt(actorId: string, day: number): ActorAt | undefined {
		const entry = this.actorIndex.get(actorId);
		return entry && actorOn(entry, day);
	}

	/** The graph at a day: every actor and tie that exists then. */
	at(day: number): Snapshot {
		const actors: ActorAt[] = [];
		for (const entry of this.actorIndex.values()) {
			const a = actorOn(entry, day);
			if (a) actors.push(a);
		}
		const ties: TieAt[] = [];
		for (const { item, segments } of this.tieIndex.values()) {
			const status = valueAt(segments as Segment<TieStatus>[], day) as TieStatus | undefined;
			if (status) ties.push({ tie: item, status });
		}
		return { day, actors, ties };
	}

	/** Ids of ties and actors whose state may differ between two days (exclusive of the lower day). */
	private touchedBetween(a: number, b: number): { ties: Set<string>; actors: Set<string> } {
		const lo = Math.min(a, b);
		const hi = Math.max(a, b);
		const ties = new Set<string>();
		const actors = new Set<string>();
		for (
			let i = lowerBound(this.changeDays, lo + 1);
			i < this.changeDays.length && this.changeDays[i] <= hi;
			i++
		) {
			const entry = this.changesOn.get(this.changeDays[i])!;
			for (const id of entry.ties) ties.add(id);
			for (const id of entry.actors) actors.add(id);
		}
		return { ties, actors };
	}

	/** What changes going from one day to another; costs O(log n + changes). */
	diff(from: number, to: number): SnapshotDiff {
		const out: SnapshotDiff = {
			from,
			to,
			addedTies: [],
			removedTies: [],
			changedTies: [],
			addedActors: [],
			removedActors: [],
			renamedActors: []
		};
		const touched = this.touchedBetween(from, to);
		for (const id of touched.ties) {
			const before = this.statusAt(id, from);
			const after = this.statusAt(id, to);
			const tie = this.tiesById.get(id)!;
			if (!before && after) out.addedTies.push({ tie, status: after });
			else if (before && !after) out.removedTies.push(tie);
			else if (before && after && before !== after) out.changedTies.push({ tie, before, after });
		}
		for (const id of touched.actors) {
			const before = this.actorAt(id, from);
			const after = this.actorAt(id, to);
			if (!before && after) out.addedActors.push(after);
			else if (before && !after) out.removedActors.push(before.actor);
			else if (
				before &&
				after &&
				(before.name.en !== after.name.en || before.name.ja !== after.name.ja)
			) {
				out.renamedActors.push({ actor: after.actor, before: before.name, after: after.name });
			}
		}
		return out;
	}

	/** Every tie that exists at any day in [from, to], with whether it began or ended inside. */
	over(
		from: number,
		to: number
	): { tie: Tie; statuses: TieStatus[]; beganInside: boolean; endedInside: boolean }[] {
		const out = [];
		for (const { item, segments } of this.tieIndex.values()) {
			const segs = segments as Segment<TieStatus>[];
			if (segs.length === 0) continue;
			const first = segs[0].start;
			const last = segs[segs.length - 1].end;
			if (last < from || first > to) continue;
			const statuses = [
				...new Set(segs.filter((s) => s.end >= from && s.start <= to).map((s) => s.value))
			];
			out.push({ tie: item, statuses, beganInside: first >= from, endedInside: last <= to });
		}
		return out;
	}

	/** The first and last day the data speaks of (dates of ties and events). */
	span(): { start: number; end: number } {
		let lo = Infinity;
		let hi = -Infinity;
		const see = (iso: string | undefined) => {
			if (!iso) return;
			const d = partialDate(iso);
			lo = Math.min(lo, firstDay(d));
			hi = Math.max(hi, lastDay(d));
		};
		for (const t of this.data.ties) {
			[t.signed, t.inForce, t.ended?.date, t.from, t.to, t.asOf, ...(t.renewed ?? [])].forEach(see);
			t.suspended?.forEach((s) => [s.from, s.to].forEach(see));
		}
		for (const e of this.data.events) see(e.date);
		return { start: lo, end: hi };
	}

	/** Sorted days on which the graph changes: what "step to the next change" walks through. */
	get days(): readonly number[] {
		return this.changeDays;
	}
}
