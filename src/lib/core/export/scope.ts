import Graph from 'graphology';
import { egoNetwork } from '../analysis/ego.ts';
import { shortestPaths, type PathOptions, type ShortestPath } from '../analysis/paths.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { datasetManifest } from '../io/manifest.ts';
import {
	CONFIDENCES,
	TIE_KINDS,
	isDirectedTie,
	type Actor,
	type ActorName,
	type Tie
} from '../schema/index.ts';
import {
	actorSegment,
	nameAt,
	tieSegments,
	type Segment,
	type TieStatus
} from '../time/lifecycle.ts';
import { dayToIso, isoToDay } from '../time/partial-date.ts';
import type { Confidence } from '../schema/common.ts';

/** A calendar day: a day number, or a `YYYY-MM-DD` string. */
export type DayInput = number | string;

export type ScopeWhen = { at?: DayInput } | { from: DayInput; to: DayInput };

export interface ScopeFilter {
	focus?: string;
	/** Steps from `focus`; 1 when a focus is given without it. */
	hops?: number;
	kinds?: readonly string[];
	/** An explicit selection: these actors and the ties among them. */
	actors?: readonly string[];
	/** Only these ties (e.g. the ties of a path), with their parties. */
	ties?: readonly string[];
	/** Only ties of these confidences (what the screen's filter shows). */
	confidences?: readonly Confidence[];
	/** Leave out actors with no tie in the scope (as the screen does unless told to keep them). */
	dropIsolated?: boolean;
}

export type ScopeDescriptor = ScopeWhen & ScopeFilter;

export type ScopeTime =
	{ kind: 'all' } | { kind: 'at'; day: number } | { kind: 'range'; from: number; to: number };

export interface ScopeActor {
	actor: Actor;
	/** The name in force at the scope's reference day (the day, the end of the range, or today). */
	name: ActorName;
	exists: Segment<true>;
}

export interface ScopeTie {
	tie: Tie;
	/** The parties inside the scope; fewer than `tie.parties` when a selection cuts a multi-party tie. */
	parties: string[];
	/** Statuses the tie has within the scope's time, in order. */
	statuses: TieStatus[];
	segments: Segment<TieStatus>[];
}

export interface GraphScope {
	graph: TemporalGraph;
	time: ScopeTime;
	actors: ScopeActor[];
	ties: ScopeTie[];
}

/** A scope that cannot be built: an unknown id, a bad date, an empty range. */
export class ScopeError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ScopeError';
	}
}

function toDay(value: DayInput, what: string): number {
	if (typeof value === 'number') {
		if (!Number.isInteger(value))
			throw new ScopeError(`${what} must be a whole day number, got ${value}`);
		return value;
	}
	const day = isoToDay(value);
	if (day === null)
		throw new ScopeError(`${what} "${value}" is not a calendar day; write it as YYYY-MM-DD`);
	return day;
}

function scopeTime(d: ScopeDescriptor): ScopeTime {
	if ('from' in d || 'to' in d) {
		const r = d as { from?: DayInput; to?: DayInput; at?: DayInput };
		if (r.at !== undefined)
			throw new ScopeError('give either a day (at) or a range (from, to), not both');
		if (r.from === undefined || r.to === undefined)
			throw new ScopeError('a range needs both from and to');
		const from = toDay(r.from, 'from');
		const to = toDay(r.to, 'to');
		if (from > to)
			throw new ScopeError(
				`the range is empty: from ${dayToIso(from)} is after to ${dayToIso(to)}`
			);
		return { kind: 'range', from, to };
	}
	const at = (d as { at?: DayInput }).at;
	return at === undefined ? { kind: 'all' } : { kind: 'at', day: toDay(at, 'at') };
}

const overlaps = (seg: { start: number; end: number }, from: number, to: number) =>
	seg.start <= to && seg.end >= from;

function timeWindow(time: ScopeTime): [number, number] {
	if (time.kind === 'at') return [time.day, time.day];
	if (time.kind === 'range') return [time.from, time.to];
	return [-Infinity, Infinity];
}

/**
 * The actors and ties an export covers. Time first (a day, a range, or everything), then kinds,
 * then an explicit actor selection, then the focus's neighbourhood. A tie's parties always come
 * along, even outside their own lifespan, so no edge ever points at a missing node.
 */
export function selectScope(graph: TemporalGraph, descriptor: ScopeDescriptor = {}): GraphScope {
	const time = scopeTime(descriptor);
	const [from, to] = timeWindow(time);
	const kinds = checkKinds(graph, descriptor.kinds);
	const onlyTies = descriptor.ties ? new Set(checkTies(graph, descriptor.ties)) : undefined;
	const selection = descriptor.actors
		? new Set(checkActors(graph, descriptor.actors, 'actors'))
		: undefined;
	const { focus } = descriptor;
	if (focus !== undefined) checkActors(graph, [focus], 'focus');
	const hops = descriptor.hops ?? 1;
	if (descriptor.hops !== undefined && focus === undefined)
		throw new ScopeError('hops needs a focus actor');
	if (!Number.isInteger(hops) || hops < 0)
		throw new ScopeError(`hops must be a whole number ≥ 0, got ${hops}`);

	let ties: ScopeTie[] = [];
	for (const tie of graph.data.ties) {
		if (kinds && !kinds.has(tie.kind)) continue;
		if (onlyTies && !onlyTies.has(tie.id)) continue;
		// A confidence not given (relaxed data) passes only where every confidence does.
		const confs = descriptor.confidences;
		if (
			confs &&
			!(tie.confidence
				? confs.includes(tie.confidence)
				: CONFIDENCES.every((c) => confs.includes(c)))
		)
			continue;
		// tieSegments yields an empty "in-force" segment starting at +Infinity for an agreement
		// with no inForce date; it is not a period, so drop it.
		const segments = tieSegments(tie).filter((s) => s.start !== Infinity);
		const inside = segments.filter((s) => overlaps(s, from, to));
		if (inside.length === 0) continue;
		ties.push({
			tie,
			parties: [...tie.parties],
			statuses: [...new Set(inside.map((s) => s.value))],
			segments
		});
	}
	let ids = new Set(
		graph.data.actors.filter((a) => overlaps(actorSegment(a), from, to)).map((a) => a.id)
	);
	for (const t of ties) t.parties.forEach((p) => ids.add(p));

	const keep = (allowed: Set<string>) => {
		ids = new Set([...ids].filter((id) => allowed.has(id)));
		ties = ties
			.map((t) => ({ ...t, parties: t.parties.filter((p) => ids.has(p)) }))
			.filter((t) => t.parties.length >= 2);
	};
	if (selection) keep(selection);
	if (focus !== undefined) {
		if (!ids.has(focus)) {
			const when =
				time.kind === 'at'
					? ` at ${dayToIso(time.day)}`
					: time.kind === 'range'
						? ' in the range'
						: '';
			throw new ScopeError(
				`focus actor "${focus}" is not in scope${when} (it does not exist then or is not selected)`
			);
		}
		keep(new Set(egoNetwork(scopeGraph([...ids], ties), focus, { hops }).keys()));
	}

	if (descriptor.dropIsolated) keep(new Set(ties.flatMap((t) => t.parties)));

	const labelDay = time.kind === 'at' ? time.day : time.kind === 'range' ? time.to : Infinity;
	const actors = graph.data.actors
		.filter((a) => ids.has(a.id))
		.map((actor) => ({ actor, name: nameAt(actor, labelDay), exists: actorSegment(actor) }));
	return { graph, time, actors, ties };
}

/** Kinds Tieline knows, or the dataset's own (relaxed data); anything else is a typo. */
function checkKinds(
	graph: TemporalGraph,
	kinds: readonly string[] | undefined
): Set<string> | undefined {
	if (!kinds) return undefined;
	const own = datasetManifest(graph.data).kinds.map((k) => k.kind);
	const valid = [...TIE_KINDS, ...own.filter((k) => !(TIE_KINDS as readonly string[]).includes(k))];
	const unknown = kinds.filter((k) => !valid.includes(k));
	if (unknown.length > 0) {
		throw new ScopeError(
			`unknown tie kind${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; known kinds: ${valid.join(', ')}`
		);
	}
	return new Set(kinds);
}

function checkTies(graph: TemporalGraph, ids: readonly string[]): readonly string[] {
	const unknown = ids.filter((id) => !graph.tiesById.has(id));
	if (unknown.length > 0) {
		throw new ScopeError(
			`ties: unknown tie id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`
		);
	}
	return ids;
}

function checkActors(
	graph: TemporalGraph,
	ids: readonly string[],
	what: string
): readonly string[] {
	const unknown = ids.filter((id) => !graph.actorsById.has(id));
	if (unknown.length > 0) {
		throw new ScopeError(
			`${what}: unknown actor id${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`
		);
	}
	return ids;
}

/** One edge per pair of parties: a tie of 3+ parties becomes a clique whose edges share `tie`. */
export function tieEdges(
	t: ScopeTie
): { id: string; tie: string; source: string; target: string; directed: boolean }[] {
	const directed = isDirectedTie(t.tie);
	const p = t.parties;
	if (p.length === 2)
		return [{ id: t.tie.id, tie: t.tie.id, source: p[0], target: p[1], directed }];
	const out = [];
	for (let i = 0; i < p.length; i++) {
		for (let j = i + 1; j < p.length; j++) {
			out.push({
				id: `${t.tie.id}#${p[i]}-${p[j]}`,
				tie: t.tie.id,
				source: p[i],
				target: p[j],
				directed
			});
		}
	}
	return out;
}

/** The scope as a graphology graph (mixed, multi; edge keys as in `tieEdges`). */
export function scopeGraph(actorIds: readonly string[], ties: readonly ScopeTie[]): Graph {
	const g = new Graph({ type: 'mixed', multi: true, allowSelfLoops: false });
	for (const id of actorIds) g.addNode(id);
	for (const t of ties) {
		for (const e of tieEdges(t)) {
			if (e.directed) g.addDirectedEdgeWithKey(e.id, e.source, e.target, { tie: e.tie });
			else g.addUndirectedEdgeWithKey(e.id, e.source, e.target, { tie: e.tie });
		}
	}
	return g;
}

/** Shortest paths between two actors over the ties in a scope. */
export function scopePaths(
	scope: GraphScope,
	from: string,
	to: string,
	options?: PathOptions
): ShortestPath[] {
	for (const [id, what] of [
		[from, 'from'],
		[to, 'to']
	] as const) {
		if (!scope.graph.actorsById.has(id))
			throw new ScopeError(`path ${what}: unknown actor id "${id}"`);
	}
	const nodes = scope.actors.map((a) => a.actor.id);
	return shortestPaths(nodes, scope.ties.flatMap(tieEdges), from, to, options);
}
