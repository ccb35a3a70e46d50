import { tiePasses } from '../filters/tie-filter.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { isAgreementKind, TIE_KINDS, type Tie } from '../schema/tie.ts';
import type { FilterSpec } from '../view/view-spec.ts';
import { tieSegments, type TieStatus } from '../time/lifecycle.ts';
import { firstDay, lastDay, partialDate, type Precision } from '../time/partial-date.ts';
import { checkActorId } from './tool-scope.ts';
import { defineTool, param, ToolParamError, type ToolParams } from './tool.ts';

/** "Every other actor", as the second actor of a dyad. */
export const ALL_OTHERS = '*';

/** Kinds whose open end means "ongoing as of the latest source" rather than "still in place". */
export const FLOW_KINDS: readonly string[] = [
	'arms-transfer',
	'technology-transfer',
	'troop-deployment',
	'weapons-deployment'
];

/** A date of the lifecycle as written, with the days it may stand for (a `1961` spans the year). */
export interface LaneDate {
	role: 'signed' | 'in-force' | 'renewed' | 'suspended' | 'resumed' | 'ended' | 'from' | 'to';
	iso: string;
	precision: Precision;
	first: number;
	last: number;
}

/** One stretch of a lane in one status; `end` is Infinity while it still holds. */
export interface LanePhase {
	status: TieStatus;
	start: number;
	end: number;
	/** The written dates the phase begins and ends with (absent for an open end). */
	from?: LaneDate;
	to?: LaneDate;
}

export interface Lane {
	tie: Tie;
	/** The other parties (every party but the dyad's first actor). */
	with: string[];
	phases: LanePhase[];
	dates: LaneDate[];
	/** An open flow: the day its latest source speaks of, after which nothing is known. */
	lastReported?: LaneDate;
}

export interface LaneEvent {
	id: string;
	iso: string;
	precision: Precision;
	first: number;
	last: number;
	/** The lanes (tie ids) it concerns, if any. */
	ties: string[];
}

export interface DyadResult {
	a: string;
	b: string;
	lanes: Lane[];
	events: LaneEvent[];
	/** First and last day anything in the result speaks of; null when there is nothing. */
	extent: { start: number; end: number } | null;
}

const parameters = {
	a: param.actor({ en: 'Actor', ja: 'アクター' }),
	b: param.actor({ en: 'With (an actor, or * for all)', ja: '相手（アクター、または全体は *）' }),
	kinds: param.kinds({ en: 'Kinds of tie', ja: '関係の種類' })
};

export type DyadParams = ToolParams<typeof parameters>;

function written(role: LaneDate['role'], iso: string): LaneDate {
	const d = partialDate(iso);
	return { role, iso, precision: d.precision, first: firstDay(d), last: lastDay(d) };
}

/** The lifecycle dates of a tie as the data writes them, in order of time. */
function laneDates(tie: Tie): LaneDate[] {
	const out: LaneDate[] = [];
	const add = (role: LaneDate['role'], iso: string | undefined) =>
		iso && out.push(written(role, iso));
	if (isAgreementKind(tie.kind)) {
		add('signed', tie.signed);
		add('in-force', tie.inForce);
		tie.renewed?.forEach((r) => add('renewed', r));
		for (const s of tie.suspended ?? []) {
			add('suspended', s.from);
			add('resumed', s.to);
		}
		add('ended', tie.ended?.date);
	} else {
		add('from', tie.from);
		add('to', tie.to);
	}
	return out.sort((x, y) => x.first - y.first);
}

/**
 * Which written date a phase boundary comes from: a start is the first day of a signing, entry
 * into force or suspension, or the day after a suspension ends; an end is the last day of an end
 * or a suspension, or the day before the next step begins.
 */
function boundary(dates: LaneDate[], day: number, side: 'start' | 'end'): LaneDate | undefined {
	if (!Number.isFinite(day)) return undefined;
	const starts = ['signed', 'in-force', 'suspended', 'from'];
	const ends = ['ended', 'resumed', 'to'];
	if (side === 'start')
		return (
			dates.find((d) => starts.includes(d.role) && d.first === day) ??
			dates.find((d) => d.role === 'resumed' && d.last + 1 === day)
		);
	return (
		dates.find((d) => ends.includes(d.role) && d.last === day) ??
		dates.find((d) => (d.role === 'in-force' || d.role === 'suspended') && d.first - 1 === day)
	);
}

function lane(tie: Tie, a: string): Lane | null {
	const dates = laneDates(tie);
	// An agreement with no inForce yields an in-force segment from +Infinity: not a period.
	const segments = tieSegments(tie).filter((s) => s.start !== Infinity);
	if (segments.length === 0) return null;
	const phases = segments.map((s) => ({
		status: s.value,
		start: s.start,
		end: s.end,
		from: boundary(dates, s.start, 'start'),
		to: boundary(dates, s.end, 'end')
	}));
	const open = !Number.isFinite(segments[segments.length - 1].end);
	const lastReported =
		open && FLOW_KINDS.includes(tie.kind) && tie.asOf ? written('to', tie.asOf) : undefined;
	return { tie, with: tie.parties.filter((p) => p !== a), phases, dates, lastReported };
}

/**
 * The ties between two actors across the whole span, one lane each, with every phase of its
 * lifecycle and the written dates behind it (so a view can show that `1961` is fuzzy over the
 * year), and the events that concern them. With `b` = `*`, every tie of `a`, grouped by the
 * other party. The filter, when given, applies as on screen: kinds, confidence, actors taken out.
 */
export function dyadTimeline(graph: TemporalGraph, p: DyadParams, filter?: FilterSpec): DyadResult {
	checkActorId(graph, 'dyad', 'a', p.a);
	const all = p.b === ALL_OTHERS;
	if (!all) checkActorId(graph, 'dyad', 'b', p.b);
	if (p.b === p.a) throw new ToolParamError('dyad', 'b', 'choose an actor other than a');
	const joins = (t: Tie) => t.parties.includes(p.a) && (all || t.parties.includes(p.b));
	const wanted = (t: Tie) =>
		joins(t) &&
		(p.kinds.length === 0 || p.kinds.includes(t.kind)) &&
		(!filter || tiePasses(t, filter));
	const lanes = graph.data.ties
		.filter(wanted)
		.map((t) => lane(t, p.a))
		.filter((l): l is Lane => l !== null);
	const rank = (k: string) => {
		const i = (TIE_KINDS as readonly string[]).indexOf(k);
		return i < 0 ? TIE_KINDS.length : i;
	};
	lanes.sort(
		(x, y) =>
			(all ? x.with.join().localeCompare(y.with.join()) : 0) ||
			x.phases[0].start - y.phases[0].start ||
			rank(x.tie.kind) - rank(y.tie.kind) ||
			x.tie.kind.localeCompare(y.tie.kind) ||
			x.tie.id.localeCompare(y.tie.id)
	);
	const laneIds = new Set(lanes.map((l) => l.tie.id));
	const hidden = (id: string) => filter?.hiddenActors.includes(id) ?? false;
	const events: LaneEvent[] = [];
	if (!hidden(p.a) && (all || !hidden(p.b))) {
		for (const e of graph.events) {
			const ties = (e.ties ?? []).filter((id) => laneIds.has(id));
			const between =
				e.actors.includes(p.a) && (all ? e.actors.length > 1 : e.actors.includes(p.b));
			if (ties.length === 0 && !between) continue;
			const d = written('from', e.date);
			events.push({
				id: e.id,
				iso: e.date,
				precision: d.precision,
				first: d.first,
				last: d.last,
				ties
			});
		}
	}
	let start = Infinity;
	let end = -Infinity;
	for (const l of lanes) {
		start = Math.min(start, l.phases[0].start);
		for (const d of l.dates) end = Math.max(end, d.last);
		if (l.lastReported) end = Math.max(end, l.lastReported.last);
	}
	for (const e of events) {
		start = Math.min(start, e.first);
		end = Math.max(end, e.last);
	}
	const extent = Number.isFinite(start) ? { start, end: Math.max(start, end) } : null;
	return { a: p.a, b: p.b, lanes, events, extent };
}

export const dyadTool = defineTool({
	id: 'dyad',
	name: { en: 'Dyad timeline', ja: '二者間の年表' },
	description: {
		en: 'Every tie between two actors (or between one actor and all others) across time, one lane each, with its phases and the events between them.',
		ja: '二つのアクター間（または一つのアクターと他のすべて）の関係を時間に沿って一本ずつ示し、各段階と両者間の出来事を添える。'
	},
	parameters,
	outputs: [{ id: 'lanes', type: 'rows', name: { en: 'Lanes', ja: 'レーン' } }],
	check: (p) => (p.a === p.b ? { param: 'b', message: 'choose an actor other than a' } : undefined),
	run: (graph, p) => dyadTimeline(graph, p)
});
