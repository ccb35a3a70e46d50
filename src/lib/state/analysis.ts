import { toolById, runTool } from '$lib/core/analysis/registry.ts';
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
		const when = parseParams(tool, spec.params) as { mode: 'at' | 'range' };
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
