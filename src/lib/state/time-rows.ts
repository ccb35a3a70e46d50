import type { Tie } from '$lib/core/schema/tie.ts';
import type { TieStatus } from '$lib/core/time/lifecycle.ts';
import type { Lang } from '$lib/core/schema/common.ts';
import { t } from '$lib/core/i18n/messages.ts';
import { vocab } from '$lib/core/i18n/vocabulary.ts';
import type { TieMark, ViewModel } from '$lib/core/view/view-model.ts';
import { firstDay, partialDate } from '$lib/core/time/partial-date.ts';

export type RowChange = TieMark;

export interface TieRow {
	tie: Tie;
	status: TieStatus;
	change?: RowChange;
	before?: TieStatus;
	picked: boolean;
}

/** When a tie began, as a day; undated ties (relaxed data) first. */
const since = (t: { signed?: string; from?: string }) => {
	const iso = t.signed ?? t.from;
	return iso ? firstDay(partialDate(iso)) : -Infinity;
};

/** The rows of "Ties in view": the ties the view shows, oldest first. */
export function tieRows(view: ViewModel): TieRow[] {
	return view.ties
		.map((r) => ({
			tie: r.tie,
			status: r.status,
			change: r.mark,
			before: r.before,
			picked: view.picking && view.tiePicked(r.tie)
		}))
		.sort((a, b) => since(a.tie) - since(b.tie) || a.tie.id.localeCompare(b.tie.id));
}

export function changeText(
	row: { change?: TieMark; mark?: TieMark; before?: TieStatus; status: TieStatus },
	lang: Lang
): string {
	const change = row.change ?? row.mark;
	if (!change) return '';
	if (change === 'changed') return `${vocab(row.before!, lang)} → ${vocab(row.status, lang)}`;
	const keys = {
		added: 'cmpAddedOne',
		removed: 'cmpRemovedOne',
		began: 'rowBegan',
		ended: 'rowEnded',
		'began-ended': 'rowBeganEnded'
	} as const;
	return t(lang, keys[change]);
}
