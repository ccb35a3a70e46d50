import { isAgreementKind, type Actor, type ActorName, type Tie } from '../schema/index.ts';
import { firstDay, lastDay, partialDate } from './partial-date.ts';

export const TIE_STATUSES = ['signed', 'in-force', 'suspended', 'active'] as const;
export type TieStatus = (typeof TIE_STATUSES)[number];

/** A stretch of days (inclusive; `end` may be Infinity) over which something holds. */
export interface Segment<T> {
	start: number;
	end: number;
	value: T;
}

const start = (iso: string) => firstDay(partialDate(iso));
const end = (iso: string | undefined) => (iso ? lastDay(partialDate(iso)) : Infinity);

/**
 * The statuses a tie passes through, in order. A tie exists from the first day of its signing (or
 * start) period to the last day of its end period: signed on D means there on D; ended on E means
 * there on E and gone on E + 1.
 */
export function tieSegments(tie: Tie): Segment<TieStatus>[] {
	// Only the relaxed profile lets a tie go undated: it holds at every date, as a plain graph
	// file's edge does.
	if (tie.undated) {
		const value = isAgreementKind(tie.kind) ? 'in-force' : 'active';
		return [{ start: -Infinity, end: Infinity, value }];
	}
	if (!isAgreementKind(tie.kind)) {
		return tie.from ? [{ start: start(tie.from), end: end(tie.to), value: 'active' }] : [];
	}
	if (!tie.signed) return [];
	const s = start(tie.signed);
	const e = end(tie.ended?.date);
	// Paint a day-line: base status, then in force, then suspensions on top.
	const cuts: Segment<TieStatus>[] = [];
	const inForce = tie.inForce ? Math.max(start(tie.inForce), s) : Infinity;
	if (inForce > s) cuts.push({ start: s, end: Math.min(inForce - 1, e), value: 'signed' });
	if (Number.isFinite(inForce) && inForce <= e)
		cuts.push({ start: inForce, end: e, value: 'in-force' });
	let segments = cuts;
	for (const susp of tie.suspended ?? []) {
		const a = Math.max(start(susp.from), s);
		const b = Math.min(end(susp.to), e);
		if (a > b) continue;
		const next: Segment<TieStatus>[] = [];
		for (const seg of segments) {
			if (seg.end < a || seg.start > b) {
				next.push(seg);
				continue;
			}
			if (seg.start < a) next.push({ ...seg, end: a - 1 });
			if (seg.end > b) next.push({ ...seg, start: b + 1 });
		}
		next.push({ start: a, end: b, value: 'suspended' });
		segments = next.sort((x, y) => x.start - y.start);
	}
	return segments;
}

export function valueAt<T>(segments: readonly Segment<T>[], day: number): T | undefined {
	for (const seg of segments) if (seg.start <= day && day <= seg.end) return seg.value;
	return undefined;
}

export function tieStatusAt(tie: Tie, day: number): TieStatus | undefined {
	return valueAt(tieSegments(tie), day);
}

/** When an actor exists; an open end means before the data begins or still today. */
export function actorSegment(actor: Actor): Segment<true> {
	return {
		start: actor.exists?.from ? start(actor.exists.from) : -Infinity,
		end: end(actor.exists?.to),
		value: true
	};
}

/** The names an actor has over time; the first and last stretch to the ends of time. */
export function nameSegments(actor: Actor): Segment<ActorName>[] {
	return actor.names.map((n) => ({
		start: n.from ? start(n.from) : -Infinity,
		end: end(n.to),
		value: n
	}));
}

/** The name in force at a day, falling back to the nearest one so a node is never unnamed. */
export function nameAt(actor: Actor, day: number): ActorName {
	const segs = nameSegments(actor);
	return valueAt(segs, day) ?? (day < segs[0].start ? segs[0].value : segs[segs.length - 1].value);
}

/**
 * The days on which an actor's name as `nameAt` gives it can change: each name's first day and
 * the day after its last, for actors with more than one name; sorted, each once. Between two of
 * them every actor keeps its name.
 */
export function nameChangeDays(actors: readonly Actor[]): number[] {
	const days = new Set<number>();
	for (const actor of actors) {
		if (actor.names.length < 2) continue;
		for (const seg of nameSegments(actor)) {
			if (Number.isFinite(seg.start)) days.add(seg.start);
			if (Number.isFinite(seg.end)) days.add(seg.end + 1);
		}
	}
	return [...days].sort((a, b) => a - b);
}

/** How many of the sorted `days` fall on or before `day`: equal counts, equal names. */
export function daysPassed(days: readonly number[], day: number): number {
	let lo = 0;
	let hi = days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (days[mid] <= day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First and last day the tie exists, for range queries. */
export function tieExtent(tie: Tie): { start: number; end: number } | undefined {
	const segs = tieSegments(tie);
	if (segs.length === 0) return undefined;
	return { start: segs[0].start, end: segs[segs.length - 1].end };
}
