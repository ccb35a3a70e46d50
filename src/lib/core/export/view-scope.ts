import type { Lang } from '../schema/common.ts';
import { t } from '../i18n/messages.ts';
import { isFiltering, shownConfidences, shownKinds } from '../filters/tie-filter.ts';
import { formatDay } from '../time/format.ts';
import type { TimeMark } from '../visual/encoding.ts';
import type { ViewModel } from '../view/view-model.ts';
import type { ViewSpec } from '../view/view-spec.ts';
import type { ScopeDescriptor } from './scope.ts';

/**
 * What the view covers, as a scope: the day in view, the range, or the ties of a comparison,
 * cut by the filter. Tools and exports start from it, so they see what the screen shows.
 */
export function viewScopeDescriptor(
	view: ViewModel,
	spec: Pick<ViewSpec, 'filter' | 'isolated'>,
	kinds: readonly string[]
): ScopeDescriptor {
	const [lo, hi] = [Math.min(view.anchor, view.cursor), Math.max(view.anchor, view.cursor)];
	let when: ScopeDescriptor = { at: view.cursor };
	if (view.mode === 'range') when = { from: lo, to: hi };
	if (view.mode === 'compare') when = { from: lo, to: hi, ties: view.ties.map((t) => t.tie.id) };
	const filter = spec.filter;
	// The scope cannot cut by actor or status itself: name the ties the view lets through.
	if (filter.hiddenActors.length || filter.hiddenStatuses?.length)
		when = { ...when, ties: view.ties.map((t) => t.tie.id) };
	if (isFiltering(filter))
		when = { ...when, kinds: shownKinds(filter, kinds), confidences: shownConfidences(filter) };
	if (spec.isolated === 'hide') when = { ...when, dropIsolated: true };
	return when;
}

/** The marks the view shows in range and compare modes, for the picture. */
export function viewMarks(view: ViewModel): Record<string, TimeMark> | undefined {
	if (view.mode === 'instant') return undefined;
	const marks: Record<string, TimeMark> = {};
	for (const t of view.ties) {
		if (t.mark) marks[t.tie.id] = t.mark === 'began-ended' ? 'began' : t.mark;
	}
	return marks;
}

/** A caption for a comparison ("Changes from A to B"); the scope's own caption otherwise. */
export function viewCaption(view: ViewModel, lang: Lang): string | undefined {
	return view.mode === 'compare'
		? t(lang, 'captionCompare', {
				from: formatDay(view.anchor, lang),
				to: formatDay(view.cursor, lang)
			})
		: undefined;
}
