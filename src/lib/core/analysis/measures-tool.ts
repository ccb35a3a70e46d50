import { datasetManifest } from '../io/manifest.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { TIE_KINDS } from '../schema/tie.ts';
import { dayToIso, isoToDay } from '../time/partial-date.ts';
import { LiveProjection } from './live-projection.ts';
import { stepDays } from './step-days.ts';
import { defineTool, param, type ToolParams } from './tool.ts';

export interface MeasureRow {
	/** The step's day, YYYY-MM-DD. */
	date: string;
	actor: string;
	/** Ties of the chosen kinds the actor is a party to on that day; a tie counts once per party. */
	degree: number;
	/** The same, per kind; every kind of `MeasureResult.kinds` is present (0 when none). */
	byKind: Record<string, number>;
	betweenness: number;
	closeness: number;
}

export interface MeasureResult {
	/** The kinds measured, in vocabulary order (a relaxed dataset's own after): chosen, or all. */
	kinds: string[];
	/** The step days, in order. */
	dates: string[];
	/** Per step, one row per actor in the graph then, by actor id (code-point order). */
	rows: MeasureRow[];
}

const parameters = {
	from: param.date({ en: 'From', ja: '開始' }, { fromView: 'range-from' }),
	to: param.date({ en: 'To', ja: '終了' }, { fromView: 'range-to' }),
	step: param.choice<['year', 'month', 'months']>(
		{ en: 'Step', ja: '間隔' },
		[
			{ id: 'year', name: { en: 'A year', ja: '1年' } },
			{ id: 'month', name: { en: 'A month', ja: '1か月' } },
			{ id: 'months', name: { en: 'Months…', ja: '月数を指定' } }
		],
		'year'
	),
	months: param.integer({ en: 'Months per step', ja: '1間隔の月数' }, 1, 120, 3, {
		visibleWhen: { param: 'step', equals: ['months'] }
	}),
	kinds: param.kinds({ en: 'Kinds of tie', ja: '関係の種類' })
};

export type MeasureParams = ToolParams<typeof parameters>;

const MAX_STEPS = 5000;

const monthsOf = (p: MeasureParams) => (p.step === 'year' ? 12 : p.step === 'month' ? 1 : p.months);

/**
 * Degree (per kind), betweenness and closeness of every actor at each step from `from` to `to`.
 *
 * The graph at a step is the one the snapshot and the exports give for that day, cut to the
 * chosen kinds: the actors that exist then, plus any party to a tie present then. Degree counts
 * ties, not neighbours: a tie of three parties adds one to each party; a directed tie adds one
 * to its source and one to its target. Betweenness and closeness are computed by
 * graphology-metrics on the undirected projection (one simple edge per pair of actors that share
 * any tie; directions ignored; a tie of n parties joins every pair): betweenness normalised by
 * (n−1)(n−2)/2 pairs, closeness Wasserman–Faust scaled (reached/(n−1) × reached/total distance),
 * so both equal networkx's `betweenness_centrality` and `closeness_centrality` on that graph.
 * The graph is built once and moved from step to step by the temporal graph's diffs.
 */
export function measuresOverTime(graph: TemporalGraph, p: MeasureParams): MeasureResult {
	const run = measureRun(graph, p);
	const rows: MeasureRow[] = [];
	for (const step of run.steps) rows.push(...step);
	return { kinds: run.kinds, dates: run.dates, rows };
}

/**
 * The same measures one step at a time, so that a page can spread a long run over several frames
 * and show its progress: `steps` yields each step's rows, in the order of `dates`.
 */
export function measureRun(
	graph: TemporalGraph,
	p: MeasureParams
): { kinds: string[]; dates: string[]; steps: Generator<MeasureRow[]> } {
	const days = stepDays(isoToDay(p.from!)!, isoToDay(p.to!)!, monthsOf(p));
	const chosen = new Set<string>(p.kinds);
	// Tieline's kinds, then a relaxed dataset's own, so every tie is counted under its kind.
	const foreign = datasetManifest(graph.data).kinds.filter((k) => !k.known);
	const every = [...TIE_KINDS, ...foreign.map((k) => k.kind)];
	const kinds = chosen.size > 0 ? every.filter((k) => chosen.has(k)) : every;
	return { kinds, dates: days.map(dayToIso), steps: stepRows(graph, days, chosen, kinds) };
}

function* stepRows(
	graph: TemporalGraph,
	days: number[],
	chosen: ReadonlySet<string>,
	kinds: string[]
): Generator<MeasureRow[]> {
	const live = new LiveProjection(chosen.size > 0 ? chosen : undefined);
	let previous: number | undefined;
	for (const day of days) {
		if (previous === undefined) {
			const snap = graph.at(day);
			for (const a of snap.actors) live.addActor(a.actor.id);
			for (const t of snap.ties) live.addTie(t.tie);
		} else {
			const diff = graph.diff(previous, day);
			for (const t of diff.removedTies) live.removeTie(t);
			for (const a of diff.removedActors) live.removeActor(a.id);
			for (const a of diff.addedActors) live.addActor(a.actor.id);
			for (const t of diff.addedTies) live.addTie(t.tie);
		}
		previous = day;
		const date = dayToIso(day);
		// Code-point order, the same in every locale.
		const measured = [...live.measure()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		yield measured.map(([actor, m]) => ({
			date,
			actor,
			degree: m.degree,
			byKind: Object.fromEntries(kinds.map((k) => [k, m.byKind.get(k) ?? 0])),
			betweenness: m.betweenness,
			closeness: m.closeness
		}));
	}
}

export const measuresTool = defineTool({
	id: 'measures',
	name: { en: 'Measures over time', ja: '指標の推移' },
	description: {
		en: 'Degree by kind, betweenness and closeness of every actor at each step of a range.',
		ja: '期間の各時点における各アクターの種類別次数・媒介中心性・近接中心性。'
	},
	parameters,
	outputs: [{ id: 'rows', type: 'rows', name: { en: 'Measures', ja: '指標' } }],
	check: (p) => {
		if (!p.from) return { param: 'from', message: 'give a start date' };
		if (!p.to) return { param: 'to', message: 'give an end date' };
		if (p.from > p.to)
			return { param: 'to', message: `the range is empty: ${p.from} is after ${p.to}` };
		const steps = stepDays(isoToDay(p.from)!, isoToDay(p.to)!, monthsOf(p)).length;
		if (steps > MAX_STEPS)
			return {
				param: 'step',
				message: `${steps} steps is too many (at most ${MAX_STEPS}); take a longer step`
			};
		return undefined;
	},
	run: measuresOverTime
});
