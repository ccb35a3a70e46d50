import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { ViewModel } from '$lib/core/view/view-model.ts';
import type { ViewSpec } from '$lib/core/view/view-spec.ts';

const ahead = new WeakMap<TemporalGraph, { spec: string; view: ViewModel }>();

/**
 * The view an explorer will open with, worked out ahead of its start (with the page's other
 * preparations, in a task of its own) and kept for it.
 */
export function makeViewAhead(graph: TemporalGraph, spec: ViewSpec): ViewModel {
	const view = new ViewModel(graph, spec);
	ahead.set(graph, { spec: JSON.stringify(spec), view });
	return view;
}

/**
 * The view made ahead for `spec`, once (a view is changed in place as the explorer uses it: a
 * second explorer of the graph makes its own); null when none was, or it was for another spec.
 */
export function takeViewAhead(graph: TemporalGraph, spec: ViewSpec): ViewModel | null {
	const kept = ahead.get(graph);
	ahead.delete(graph);
	return kept && kept.spec === JSON.stringify(spec) ? kept.view : null;
}
