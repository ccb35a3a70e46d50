import type { ScopeDescriptor } from '$lib/core/export/scope.ts';
import { viewCaption, viewMarks, viewScopeDescriptor } from '$lib/core/export/view-scope.ts';
import type { TimeMark } from '$lib/core/visual/encoding.ts';
import { dayToIso } from '$lib/core/time/partial-date.ts';
import type { AppState } from './app-state.svelte.ts';

/**
 * What the view covers, as a scope (see viewScopeDescriptor): tools and exports start from it, so
 * they see what the screen shows.
 */
export function viewDescriptor(app: AppState): ScopeDescriptor {
	return viewScopeDescriptor(
		app.view,
		{ filter: app.filter, isolated: app.spec.isolated },
		app.manifest.kinds.map((k) => k.kind)
	);
}

/** What an export covers: the view, optionally cut to the picked actors (and ties). */
export function exportDescriptor(app: AppState, selection: boolean): ScopeDescriptor {
	const when = viewDescriptor(app);
	const picks = app.picks;
	if (!selection || (picks.actors.length === 0 && !picks.ties?.length)) return when;
	const ties =
		when.ties && picks.ties
			? when.ties.filter((id) => picks.ties!.includes(id))
			: (picks.ties ?? when.ties);
	return { ...when, actors: picks.actors, ...(ties ? { ties } : {}) };
}

/** The marks the view shows in range and compare modes, for the picture. */
export function exportMarks(app: AppState): Record<string, TimeMark> | undefined {
	return viewMarks(app.view);
}

/** How the picture draws the ties between two actors: as the view does. */
export function exportPairs(app: AppState): { mode: 'one' | 'all'; expanded: readonly string[] } {
	return { mode: app.spec.pairs, expanded: app.spec.expanded };
}

/** A caption for a comparison ("Changes from A to B"); the scope's own caption otherwise. */
export function exportCaption(app: AppState): string | undefined {
	return viewCaption(app.view, app.lang);
}

/** A file name that says what the picture shows: tieline-2024-12-10, tieline-1995-01-01_1997-01-01. */
export function exportBaseName(app: AppState, selection: boolean): string {
	const view = app.view;
	const [lo, hi] = [Math.min(view.anchor, view.cursor), Math.max(view.anchor, view.cursor)];
	const span =
		view.mode === 'range'
			? `${dayToIso(lo)}_${dayToIso(hi)}`
			: view.mode === 'compare'
				? `${dayToIso(view.anchor)}_vs_${dayToIso(view.cursor)}`
				: dayToIso(view.cursor);
	return `tieline-${span}${selection ? '-selection' : ''}`;
}
