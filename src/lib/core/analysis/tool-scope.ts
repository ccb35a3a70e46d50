import { selectScope, type GraphScope, type ScopeTie } from '../export/scope.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { TIE_KINDS } from '../schema/tie.ts';
import { scopeWhen, type TimeMode } from './time-params.ts';
import { ToolParamError } from './tool.ts';

/** Throws a parameter error naming the tool and the parameter when an actor id is unknown. */
export function checkActorId(graph: TemporalGraph, tool: string, param: string, id: string): void {
	if (!graph.actorsById.has(id)) throw new ToolParamError(tool, param, `unknown actor id "${id}"`);
}

/**
 * Throws a parameter error for a kind neither Tieline's nor the data's own (a typo in a link
 * would otherwise quietly match no tie).
 */
export function checkKinds(graph: TemporalGraph, tool: string, kinds: readonly string[]): void {
	if (kinds.length === 0) return;
	const known = new Set<string>([...TIE_KINDS, ...graph.data.ties.map((t) => t.kind)]);
	kinds.forEach((k, i) => {
		if (!known.has(k))
			throw new ToolParamError(
				tool,
				`kinds.${i}`,
				`unknown kind of tie "${k}"; this data has ${[...known].join(', ')}`
			);
	});
}

/**
 * The actors and ties of a tool's time (a day or a range) and kinds (none chosen = every kind),
 * as export scopes see them: a tie's parties always come along.
 */
export function toolScope(
	graph: TemporalGraph,
	tool: string,
	p: { mode: TimeMode; at?: string; from?: string; to?: string; kinds: readonly string[] }
): GraphScope {
	checkKinds(graph, tool, p.kinds);
	return selectScope(graph, {
		...scopeWhen(p),
		...(p.kinds.length > 0 && { kinds: p.kinds })
	});
}

/** Whether a tie joins both actors directly (a multi-party tie that holds both does). */
export const joins = (t: ScopeTie, a: string, b: string) =>
	t.parties.includes(a) && t.parties.includes(b);
