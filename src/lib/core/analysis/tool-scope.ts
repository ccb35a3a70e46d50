import { selectScope, type GraphScope, type ScopeTie } from '../export/scope.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { TieKind } from '../schema/tie.ts';
import { scopeWhen, type TimeMode } from './time-params.ts';
import { ToolParamError } from './tool.ts';

/** Throws a parameter error naming the tool and the parameter when an actor id is unknown. */
export function checkActorId(graph: TemporalGraph, tool: string, param: string, id: string): void {
	if (!graph.actorsById.has(id)) throw new ToolParamError(tool, param, `unknown actor id "${id}"`);
}

/**
 * The actors and ties of a tool's time (a day or a range) and kinds (none chosen = every kind),
 * as export scopes see them: a tie's parties always come along.
 */
export function toolScope(
	graph: TemporalGraph,
	p: { mode: TimeMode; at?: string; from?: string; to?: string; kinds: readonly TieKind[] }
): GraphScope {
	return selectScope(graph, {
		...scopeWhen(p),
		...(p.kinds.length > 0 && { kinds: p.kinds })
	});
}

/** Whether a tie joins both actors directly (a multi-party tie that holds both does). */
export const joins = (t: ScopeTie, a: string, b: string) =>
	t.parties.includes(a) && t.parties.includes(b);
