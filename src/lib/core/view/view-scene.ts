import type { SceneView } from '../schema/story.ts';
import { TIE_KINDS } from '../schema/tie.ts';
import { NO_FILTER, type ViewSpec } from './view-spec.ts';

/** A part of the view a scene file has no field for, so saving the view as a scene leaves it out. */
export type LostField =
	'hiddenStatuses' | 'foreignKinds' | 'tool' | 'lens' | 'isolated' | 'eventFocus';

const KINDS: ReadonlySet<string> = new Set(TIE_KINDS);

/**
 * The inverse of `sceneViewSpec`: the scene view that opens this view again. Fields a fresh
 * visit already has are left out, so a saved scene stays short; what a scene cannot hold (an
 * analysis tool, another lens, a hidden status) is named in `lost`, for the person to be told.
 */
export function viewSpecScene(spec: ViewSpec): { view: SceneView; lost: LostField[] } {
	const lost: LostField[] = [];
	const view: SceneView = {};
	const { time, filter } = spec;
	if (time.mode === 'instant' || !time.anchor || time.anchor === time.at) view.at = time.at;
	else {
		const [from, to] = time.anchor < time.at ? [time.anchor, time.at] : [time.at, time.anchor];
		if (time.mode === 'range') view.range = { from, to };
		// A scene writes a comparison's dates in order, as it writes a range's.
		else view.compare = { from, to };
	}
	const kinds = filter.hiddenKinds.filter((k) => KINDS.has(k));
	if (kinds.length < filter.hiddenKinds.length) lost.push('foreignKinds');
	if (kinds.length) view.hide = kinds as SceneView['hide'];
	if (filter.minConfidence !== NO_FILTER.minConfidence) view.minConfidence = filter.minConfidence;
	if (filter.hiddenActors.length) view.hideActors = [...filter.hiddenActors];
	if (filter.hiddenStatuses?.length) lost.push('hiddenStatuses');
	if (spec.selection) view.focus = spec.selection.id;
	const actors = spec.picks.actors;
	const ties = spec.picks.ties ?? [];
	if (actors.length || ties.length)
		view.picks = {
			...(actors.length ? { actors: [...actors] } : {}),
			...(ties.length ? { ties: [...ties] } : {})
		};
	if (spec.context === 'full') view.context = 'full';
	if (spec.ghosts) view.ghosts = true;
	if (spec.camera) view.camera = { ...spec.camera };
	if (spec.pairs !== 'one') view.pairs = spec.pairs;
	if (spec.expanded.length) view.expanded = [...spec.expanded];
	if (spec.layout !== 'schematic') view.layout = spec.layout;
	if (spec.theme !== 'colour') view.theme = spec.theme;
	if (spec.tool) lost.push('tool');
	if (spec.lens !== 'graph') lost.push('lens');
	if (spec.isolated !== 'hide') lost.push('isolated');
	return { view, lost };
}
