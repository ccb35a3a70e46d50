import type { Tie } from '$lib/core/schema/tie.ts';
import type { TieStatus } from '$lib/core/time/lifecycle.ts';
import type { Lang } from '$lib/core/schema/common.ts';
import { t } from '$lib/core/i18n/messages.ts';
import { vocab } from '$lib/core/i18n/vocabulary.ts';
import type { AppState } from './app-state.svelte.ts';
import { isFiltering, tiePasses } from '$lib/core/filters/tie-filter.ts';

export type RowChange = 'added' | 'removed' | 'changed' | 'began' | 'ended' | 'began-ended';

export interface TieRow {
	tie: Tie;
	status: TieStatus;
	change?: RowChange;
	before?: TieStatus;
}

/** The rows of "Ties in view" for the mode in view: the same ties the graph draws. */
export function tieRows(app: AppState): TieRow[] {
	const filter = app.filter;
	return isFiltering(filter)
		? allTieRows(app).filter((r) => tiePasses(r.tie, filter))
		: allTieRows(app);
}

/** The rows before the filter: everything the mode shows. */
export function allTieRows(app: AppState): TieRow[] {
	const { range, comparison } = app.time;
	if (range) {
		return range.ties.map((r) => ({
			tie: r.tie,
			status: r.status,
			change:
				r.beganInside && r.endedInside
					? 'began-ended'
					: r.beganInside
						? 'began'
						: r.endedInside
							? 'ended'
							: undefined
		}));
	}
	if (comparison) {
		return comparison.ties.map((c) => ({
			tie: c.tie,
			status: (c.after ?? c.before)!,
			before: c.before,
			change: c.change === 'same' ? undefined : c.change
		}));
	}
	return app.snapshot.ties.map(({ tie, status }) => ({ tie, status }));
}

export function changeText(row: TieRow, lang: Lang): string {
	if (!row.change) return '';
	if (row.change === 'changed') return `${vocab(row.before!, lang)} → ${vocab(row.status, lang)}`;
	const keys = {
		added: 'cmpAddedOne',
		removed: 'cmpRemovedOne',
		began: 'rowBegan',
		ended: 'rowEnded',
		'began-ended': 'rowBeganEnded'
	} as const;
	return t(lang, keys[row.change]);
}
