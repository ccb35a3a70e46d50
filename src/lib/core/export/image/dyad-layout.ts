import { ALL_OTHERS, type DyadResult, type Lane } from '../../analysis/dyad-tool.ts';
import { vocab } from '../../i18n/vocabulary.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import type { Lang } from '../../schema/common.ts';
import { isDirectedTie } from '../../schema/tie.ts';
import { kindRank } from '../../io/manifest.ts';

/** A group of lanes under one label: a kind (and direction) for a pair, an actor for "all". */
export interface LaneGroup {
	key: string;
	label: string;
	/** A second, smaller line: the direction of a flow. */
	sub: string;
	/** Each row holds lanes that do not overlap in time, so a long history stays short. */
	rows: Lane[][];
}

/** Every name an actor has had, oldest first: "USSR / Russia". */
export function allNames(graph: TemporalGraph, id: string, lang: Lang): string {
	if (id === ALL_OTHERS) return '*';
	const actor = graph.actorsById.get(id);
	if (!actor) return id;
	return [...new Set(actor.names.map((n) => n[lang]))].join(' / ');
}

/**
 * Groups the lanes so the history of a pair reads at a glance: by kind and direction (or, for
 * one actor and all others, by the other party), each group packed into as few rows as its
 * ties need without overlapping (`gap` days apart at least). Open ends run to `end`.
 */
export function groupLanes(
	graph: TemporalGraph,
	result: DyadResult,
	lang: Lang,
	end: number,
	gap: number
): LaneGroup[] {
	const all = result.b === ALL_OTHERS;
	const short = (id: string) => graph.actorAt(id, end)?.name[lang] ?? allNames(graph, id, lang);
	const groups = new Map<string, LaneGroup>();
	for (const lane of result.lanes) {
		const kind = lane.tie.kind;
		const directed = isDirectedTie(lane.tie);
		const key = all
			? lane.with.join(',')
			: `${kindRank(kind)}${directed ? lane.tie.parties.slice(0, 2).join('>') : ''}`;
		let g = groups.get(key);
		if (!g) {
			const label = all ? lane.with.map(short).join(' · ') : vocab(kind, lang);
			const sub = !all && directed ? lane.tie.parties.slice(0, 2).map(short).join(' → ') : '';
			groups.set(key, (g = { key, label, sub, rows: [] }));
		}
		const start = lane.phases[0].start;
		const row = g.rows.find((r) => laneEnd(r[r.length - 1], end) + gap < start);
		if (row) row.push(lane);
		else g.rows.push([lane]);
	}
	const order = [...groups.values()];
	if (!all) order.sort((a, b) => a.key.localeCompare(b.key));
	return order;
}

/** The last day a lane is drawn to: its end, or `end` while it is open. */
export function laneEnd(lane: Lane, end: number): number {
	const last = lane.phases[lane.phases.length - 1].end;
	return Number.isFinite(last) ? last : end;
}
