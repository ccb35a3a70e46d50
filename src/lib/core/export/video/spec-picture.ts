import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { datasetManifest } from '../../io/manifest.ts';
import { isFiltering, shownConfidences, shownKinds } from '../../filters/tie-filter.ts';
import { ViewModel } from '../../view/view-model.ts';
import type { Layout, ViewSpec } from '../../view/view-spec.ts';
import type { PairsOption } from '../image/svg-pairs.ts';
import { t } from '../../i18n/messages.ts';
import { formatDay } from '../../time/format.ts';
import type { TimeMark } from '../../visual/encoding.ts';
import { selectScope, type GraphScope, type ScopeDescriptor } from '../scope.ts';

/** What the SVG writer needs to draw a view: the scope, and the marks and caption of its mode. */
export interface SpecPicture {
	scope: GraphScope;
	/** The view's arrangement and its pairs, drawn as on screen. */
	layout: Layout;
	pairs: PairsOption;
	marks?: Record<string, TimeMark>;
	captionText?: string;
}

/**
 * The picture of a view spec, as the app's Export dialog draws the view on screen (the same
 * scope, filter and marks; see src/lib/state/export-scope.ts), but from the spec alone, so a
 * frame of a video can be drawn for a view that is not on screen.
 */
export function specPicture(graph: TemporalGraph, spec: ViewSpec, view?: ViewModel): SpecPicture {
	const vm = view ?? new ViewModel(graph, spec);
	if (view) vm.rebuild(spec);
	const [lo, hi] = [Math.min(vm.anchor, vm.cursor), Math.max(vm.anchor, vm.cursor)];
	let when: ScopeDescriptor = { at: vm.cursor };
	if (vm.mode === 'range') when = { from: lo, to: hi };
	if (vm.mode === 'compare') when = { from: lo, to: hi, ties: vm.ties.map((x) => x.tie.id) };
	const filter = spec.filter;
	if (filter.hiddenActors.length || filter.hiddenStatuses?.length)
		when = { ...when, ties: vm.ties.map((x) => x.tie.id) };
	if (isFiltering(filter))
		when = {
			...when,
			kinds: shownKinds(
				filter,
				datasetManifest(graph.data).kinds.map((k) => k.kind)
			),
			confidences: shownConfidences(filter)
		};
	if (spec.isolated === 'hide') when = { ...when, dropIsolated: true };
	const scope = selectScope(graph, when);
	const look = { layout: spec.layout, pairs: { mode: spec.pairs, expanded: spec.expanded } };
	if (vm.mode === 'instant') return { scope, ...look };
	const marks: Record<string, TimeMark> = {};
	for (const x of vm.ties)
		if (x.mark) marks[x.tie.id] = x.mark === 'began-ended' ? 'began' : x.mark;
	const captionText =
		vm.mode === 'compare'
			? t(spec.lang, 'captionCompare', {
					from: formatDay(vm.anchor, spec.lang),
					to: formatDay(vm.cursor, spec.lang)
				})
			: undefined;
	return { scope, ...look, marks, captionText };
}
