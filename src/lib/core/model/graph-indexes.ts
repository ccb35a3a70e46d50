import type { Dataset } from '../io/dataset.ts';
import type { Actor, ActorName, Event, Source, Tie } from '../schema/index.ts';
import {
	actorSegment,
	nameSegments,
	tieSegments,
	type Segment,
	type TieStatus
} from '../time/lifecycle.ts';
import { firstDay, partialDate } from '../time/partial-date.ts';
import { emptyExtents, setExtent, type TieExtents } from '../time/extents.ts';

/** A tie (or other item) with its lifecycle's segments. */
export interface Indexed<T> {
	item: T;
	segments: Segment<TieStatus>[] | Segment<true>[];
}

/** How many ties or actors `TemporalGraph.steps` reads between two pauses. */
const PER_STEP = 1024;

/** What a temporal graph works out from its data as it is built (`indexSteps`). */
export interface GraphIndexes {
	actorsById: Map<string, Actor>;
	tiesById: Map<string, Tie>;
	sourcesById: Map<string, Source>;
	eventsById: Map<string, Event>;
	events: Event[];
	tieIndex: Map<string, Indexed<Tie>>;
	actorIndex: Map<string, IndexedActor>;
	changeDays: number[];
	changesOn: Map<number, { ties: string[]; actors: string[] }>;
	extents: TieExtents;
}

export type IndexedActor = { item: Actor; exists: Segment<true>; names: Segment<ActorName>[] };

/** A temporal graph's indexes of `data`, worked out in steps (`TemporalGraph.steps`). */
export function* indexSteps(data: Dataset): Generator<void, GraphIndexes, void> {
	const tiesById = new Map<string, Tie>();
	const tieIndex = new Map<string, Indexed<Tie>>();
	const extents = emptyExtents(data.ties.length);
	const codes = new Map<string, number>();
	let read = 0;
	for (const [i, t] of data.ties.entries()) {
		if (++read % PER_STEP === 0) yield;
		const segments = tieSegments(t);
		tiesById.set(t.id, t);
		tieIndex.set(t.id, { item: t, segments });
		setExtent(extents, i, t.kind, segments, codes);
	}
	yield;
	const actorIndex = new Map<string, IndexedActor>();
	for (const a of data.actors) {
		if (++read % PER_STEP === 0) yield;
		actorIndex.set(a.id, { item: a, exists: actorSegment(a), names: nameSegments(a) });
	}
	yield;
	const changesOn = new Map<number, { ties: string[]; actors: string[] }>();
	const mark = (day: number, kind: 'ties' | 'actors', id: string) => {
		if (!Number.isFinite(day)) return;
		let entry = changesOn.get(day);
		if (!entry) changesOn.set(day, (entry = { ties: [], actors: [] }));
		entry[kind].push(id);
	};
	for (const [id, { segments }] of tieIndex) {
		if (++read % PER_STEP === 0) yield;
		for (const seg of segments) {
			mark(seg.start, 'ties', id);
			mark(seg.end + 1, 'ties', id);
		}
	}
	for (const [id, { exists, names }] of actorIndex) {
		if (++read % PER_STEP === 0) yield;
		for (const seg of [exists, ...names]) {
			mark(seg.start, 'actors', id);
			mark(seg.end + 1, 'actors', id);
		}
	}
	yield;
	const events = [...data.events].sort(
		(a, b) =>
			firstDay(partialDate(a.date)) - firstDay(partialDate(b.date)) || a.id.localeCompare(b.id)
	);
	return {
		actorsById: new Map(data.actors.map((a) => [a.id, a])),
		tiesById,
		sourcesById: new Map(data.sources.map((s) => [s.id, s])),
		eventsById: new Map(data.events.map((e) => [e.id, e])),
		events,
		tieIndex,
		actorIndex,
		changeDays: [...changesOn.keys()].sort((a, b) => a - b),
		changesOn,
		extents
	};
}
