import type { ScopeDescriptor } from '$lib/core/export/scope.ts';
import { isFiltering, shownConfidences, shownKinds } from '$lib/core/filters/tie-filter.ts';
import type { TimeMark } from '$lib/core/visual/encoding.ts';
import { formatDay } from '$lib/core/time/format.ts';
import { dayToIso } from '$lib/core/time/partial-date.ts';
import type { AppState } from './app-state.svelte.ts';

/**
 * What an export covers, as the screen shows it: the day in view, the range, or the ties of a
 * comparison (everything at A or at B); optionally cut to the picked actors (and ties).
 */
export function exportDescriptor(app: AppState, selection: boolean): ScopeDescriptor {
	const { mode, range, comparison } = app.time;
	let when: ScopeDescriptor = { at: app.day };
	if (mode === 'range' && range)
		when = { from: Math.min(range.from, range.to), to: Math.max(range.from, range.to) };
	if (mode === 'compare' && comparison) {
		when = {
			from: Math.min(comparison.a, comparison.b),
			to: Math.max(comparison.a, comparison.b),
			ties: comparison.ties.map((c) => c.tie.id)
		};
	}
	// What the filter hides on screen stays out of the picture and the data too.
	if (isFiltering(app.filter)) {
		when = { ...when, kinds: shownKinds(app.filter), confidences: shownConfidences(app.filter) };
	}
	if (!selection || app.picks.empty) return when;
	const picked = app.picks.descriptor();
	const ties =
		when.ties && picked.ties
			? when.ties.filter((id) => picked.ties!.includes(id))
			: (picked.ties ?? when.ties);
	return { ...when, actors: picked.actors, ...(ties ? { ties } : {}) };
}

/** The marks the screen shows in range and compare modes, for the picture. */
export function exportMarks(app: AppState): Record<string, TimeMark> | undefined {
	const { mode, range, comparison } = app.time;
	const marks: Record<string, TimeMark> = {};
	if (mode === 'compare' && comparison) {
		for (const c of comparison.ties) if (c.change !== 'same') marks[c.tie.id] = c.change;
		return marks;
	}
	if (mode === 'range' && range) {
		for (const r of range.ties) {
			if (r.beganInside) marks[r.tie.id] = 'began';
			else if (r.endedInside) marks[r.tie.id] = 'ended';
		}
		return marks;
	}
	return undefined;
}

/** A caption for a comparison ("Changes from A to B"); the scope's own caption otherwise. */
export function exportCaption(app: AppState): string | undefined {
	const c = app.time.mode === 'compare' ? app.time.comparison : null;
	return c
		? app.t('captionCompare', { from: formatDay(c.a, app.lang), to: formatDay(c.b, app.lang) })
		: undefined;
}

/** A file name that says what the picture shows: tieline-2024-12-10, tieline-1995-01-01_1997-01-01. */
export function exportBaseName(app: AppState, selection: boolean): string {
	const { mode, range, comparison } = app.time;
	const span =
		mode === 'range' && range
			? `${dayToIso(Math.min(range.from, range.to))}_${dayToIso(Math.max(range.from, range.to))}`
			: mode === 'compare' && comparison
				? `${dayToIso(comparison.a)}_vs_${dayToIso(comparison.b)}`
				: dayToIso(app.day);
	return `tieline-${span}${selection ? '-selection' : ''}`;
}
