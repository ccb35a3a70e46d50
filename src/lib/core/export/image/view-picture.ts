import type { Lang } from '../../schema/common.ts';
import { t } from '../../i18n/messages.ts';
import type { TemporalGraph } from '../../model/temporal-graph.ts';
import { datasetManifest } from '../../io/manifest.ts';
import { ViewModel } from '../../view/view-model.ts';
import type { ViewSpec } from '../../view/view-spec.ts';
import { selectScope, type GraphScope, type ScopeFilter } from '../scope.ts';
import { viewCaption, viewMarks, viewScopeDescriptor } from '../view-scope.ts';
import { writeSvg, type ImageOptions } from './svg.ts';

/**
 * From a view to its picture, one way for every caller: the Export dialog, the quick PNG, the
 * command line and the deck all go view spec → view model → scope (view-scope.ts) → SVG writer,
 * so the pictures they make are the same.
 */

/** How the picture looks; what it shows, its marks and its caption come from the view. */
export type PictureOptions = Omit<ImageOptions, 'marks' | 'captionText'>;

/** A view's picture: its scope (optionally cut further, e.g. to a focus) and its SVG. */
export function viewPicture(
	graph: TemporalGraph,
	spec: ViewSpec,
	options: PictureOptions,
	cut: ScopeFilter = {}
): { scope: GraphScope; svg: string } {
	const view = new ViewModel(graph, spec);
	const kinds = datasetManifest(graph.data).kinds.map((k) => k.kind);
	const scope = selectScope(graph, { ...viewScopeDescriptor(view, spec, kinds), ...cut });
	// The view's arrangement and its pairs, unless the caller asks otherwise.
	const svg = writeSvg(scope, {
		layout: spec.layout,
		theme: spec.theme,
		pairs: { mode: spec.pairs, expanded: spec.expanded },
		...options,
		marks: viewMarks(view),
		captionText: viewCaption(view, options.lang)
	});
	return { scope, svg };
}

/** The Export dialog's default title: "Tieline · " and the dataset's title or what it holds. */
export function pictureTitle(graph: TemporalGraph, lang: Lang): string {
	const m = datasetManifest(graph.data);
	const subtitle = m.title
		? m.title[lang]
		: m.profile === 'strict'
			? t(lang, 'appSubtitle')
			: t(lang, 'datasetCounts', { actors: m.counts.actors, ties: m.counts.ties });
	return `${t(lang, 'appTitle')} · ${subtitle}`;
}
