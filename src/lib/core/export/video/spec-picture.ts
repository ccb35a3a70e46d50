import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { datasetManifest } from '../../io/manifest.ts';
import { ViewModel } from '../../view/view-model.ts';
import type { Layout, Theme, ViewSpec } from '../../view/view-spec.ts';
import type { PairsOption } from '../image/svg-pairs.ts';
import type { TimeMark } from '../../visual/encoding.ts';
import { selectScope, type GraphScope } from '../scope.ts';
import { viewCaption, viewMarks, viewScopeDescriptor } from '../view-scope.ts';

/** What the SVG writer needs to draw a view: the scope, and the marks and caption of its mode. */
export interface SpecPicture {
	scope: GraphScope;
	/** The view's arrangement and its pairs, drawn as on screen. */
	layout: Layout;
	theme: Theme;
	pairs: PairsOption;
	marks?: Record<string, TimeMark>;
	captionText?: string;
}

/**
 * The picture of a view spec, as the app's Export dialog draws the view on screen (the same
 * scope, filter and marks, through view-scope.ts), but from the spec alone, so a frame of a
 * video can be drawn for a view that is not on screen.
 */
export function specPicture(graph: TemporalGraph, spec: ViewSpec, view?: ViewModel): SpecPicture {
	const vm = view ?? new ViewModel(graph, spec);
	if (view) vm.rebuild(spec);
	const kinds = datasetManifest(graph.data).kinds.map((k) => k.kind);
	const scope = selectScope(graph, viewScopeDescriptor(vm, spec, kinds));
	const look = {
		layout: spec.layout,
		theme: spec.theme,
		pairs: { mode: spec.pairs, expanded: spec.expanded }
	};
	if (vm.mode === 'instant') return { scope, ...look };
	return { scope, ...look, marks: viewMarks(vm), captionText: viewCaption(vm, spec.lang) };
}
