import { toolById, runTool, type ToolResult } from '$lib/core/analysis/registry.ts';
import { nameAt } from '$lib/core/time/lifecycle.ts';
import { isoToDay } from '$lib/core/time/partial-date.ts';
import { absentText, pathResultText } from '$lib/core/analysis/result-text.ts';
import { parseParams, ToolParamError } from '$lib/core/analysis/tool.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import type { Lang } from '$lib/core/schema/common.ts';
import { NO_PICKS, type PickSpec, type ToolSpec } from '$lib/core/view/view-spec.ts';
import { unique } from './unique.ts';

/** What a run of a tool lights on the graph, and the sentence to say when it lights nothing. */
export interface ToolPick {
	/** Null when the tool lights nothing (measures): the pick is left as it is. */
	picks: PickSpec | null;
	message: string;
}

/**
 * The pick a tool's result makes: the neighbourhood's actors and ties, or the actors and ties of
 * every shortest path. A missing path or an absent actor clears the old pick and says why, with
 * names and dates in the person's language.
 */
export function toolPick(graph: TemporalGraph, spec: ToolSpec, lang: Lang): ToolPick {
	const tool = toolById(spec.id);
	if (!tool || (spec.id !== 'ego' && spec.id !== 'paths')) return { picks: null, message: '' };
	try {
		const when = parseParams(tool, spec.params) as unknown as When;
		if (spec.id === 'ego') {
			const r = runTool(graph, 'ego', spec.params);
			if (!r.present) return { picks: NO_PICKS, message: absentText(graph, r.center, when, lang) };
			return {
				picks: { how: 'neighbourhood', actors: r.actors.map((a) => a.id), ties: r.ties },
				message: ''
			};
		}
		const r = runTool(graph, 'paths', spec.params);
		if (!r.found) return { picks: NO_PICKS, message: pathResultText(graph, r, when, lang) };
		return {
			picks: {
				how: 'path',
				actors: unique(r.paths.flatMap((p) => p.actors)),
				ties: unique(r.paths.flatMap((p) => p.ties.flat()))
			},
			message: ''
		};
	} catch (e) {
		if (!(e instanceof ToolParamError)) throw e;
		return { picks: NO_PICKS, message: e.message };
	}
}

/** The result of a tool the view keeps, or the problem that kept it from running. */
export function toolOutcome<Id extends 'ego' | 'paths'>(
	graph: TemporalGraph,
	spec: ToolSpec,
	id: Id
): { result: ToolResult<Id>; when: When } | { error: string } {
	try {
		const tool = toolById(id)!;
		const when = parseParams(tool, spec.params) as unknown as When;
		return { result: runTool(graph, id, spec.params), when };
	} catch (e) {
		if (!(e instanceof ToolParamError)) throw e;
		return { error: e.message };
	}
}

export interface When {
	mode: 'at' | 'range';
	at?: string;
	from?: string;
	to?: string;
}

/** An actor's name in force at the tool's date (or its range's end). */
export function nameWhen(graph: TemporalGraph, id: string, when: When, lang: Lang): string {
	const actor = graph.actorsById.get(id);
	if (!actor) return id;
	const iso = when.mode === 'at' ? when.at : when.to;
	return nameAt(actor, iso ? isoToDay(iso)! : Infinity)[lang];
}
