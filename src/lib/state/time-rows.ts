import type { Tie } from '$lib/core/schema/tie.ts';
import type { TieStatus } from '$lib/core/time/lifecycle.ts';
import type { Lang } from '$lib/core/schema/common.ts';
import { t } from '$lib/core/i18n/messages.ts';
import { vocab } from '$lib/core/i18n/vocabulary.ts';
import type { TieInView, TieMark, ViewModel } from '$lib/core/view/view-model.ts';
import { firstDay, partialDate } from '$lib/core/time/partial-date.ts';
import { runAll } from '$lib/core/slices.ts';

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

/** Ids in the order `localeCompare` gives them, with one collator rather than one per pair. */
const byId = new Intl.Collator().compare;
const ranks = new WeakMap<readonly Tie[], Map<string, number>>();
/** How many ties `tieRankSteps` reads between two pauses. */
const PER_STEP = 2048;

/**
 * Each tie's place in the table's order (oldest first, then by id), worked out once per dataset:
 * a date step then sorts the rows by a number instead of reading dates again.
 */
export const tieRanks = (ties: readonly Tie[]): Map<string, number> => runAll(tieRankSteps(ties));

/**
 * `tieRanks` as steps, pausing (`yield`) every `PER_STEP` ties: the ties by the day they began,
 * the days sorted as numbers, then each day's ties by id (at 50,000 ties, one sort of them all
 * by both was a task of about 0.1 s).
 */
export function* tieRankSteps(ties: readonly Tie[]): Generator<void, Map<string, number>, void> {
	const known = ranks.get(ties);
	if (known) return known;
	const onDay = new Map<number, Tie[]>();
	let read = 0;
	for (const tie of ties) {
		if (++read % PER_STEP === 0) yield;
		const day = since(tie);
		const list = onDay.get(day);
		if (list) list.push(tie);
		else onDay.set(day, [tie]);
	}
	yield;
	const rank = new Map<string, number>();
	let place = 0;
	for (const day of Float64Array.from(onDay.keys()).sort()) {
		const list = onDay.get(day)!;
		if (list.length > 1) list.sort((a, b) => byId(a.id, b.id));
		for (const tie of list) {
			if (++read % PER_STEP === 0) yield;
			rank.set(tie.id, place++);
		}
	}
	ranks.set(ties, rank);
	return rank;
}

/**
 * The rows of "Ties in view": the ties the view shows, oldest first. A row is made only when it
 * is read (the table draws the few near its viewport): at 50,000 ties the page starts with
 * 25,000 in view.
 */
export class TieRows {
	/** How many rows there are. */
	readonly length: number;
	readonly #ties: readonly TieInView[];
	readonly #picking: boolean;
	readonly #view: ViewModel;

	constructor(
		view: ViewModel,
		/** Each row's place in the view's list of ties, in the table's order. */
		private readonly order: Int32Array
	) {
		this.#view = view;
		this.#ties = view.ties;
		this.#picking = view.picking;
		this.length = order.length;
	}

	/** The row at `index`, in the table's order. */
	at(index: number): TieRow {
		const r = this.#ties[this.order[index]];
		return {
			tie: r.tie,
			status: r.status,
			change: r.mark,
			before: r.before,
			picked: this.#picking && this.#view.tiePicked(r.tie)
		};
	}

	/** The rows from `start` up to `end`. */
	slice(start = 0, end = this.length): TieRow[] {
		const out: TieRow[] = [];
		for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i));
		return out;
	}

	/** How many rows are picked (none when nothing is being picked). */
	get picked(): number {
		if (!this.#picking) return 0;
		let n = 0;
		for (const r of this.#ties) if (this.#view.tiePicked(r.tie)) n++;
		return n;
	}
}

const made = new WeakMap<ViewModel, { version: number; rows: TieRows }>();

/** The rows of "Ties in view" for the view as it is now (worked out once per version of it). */
export function tieRows(view: ViewModel): TieRows {
	const known = made.get(view);
	if (known?.version === view.version) return known.rows;
	const rows = orderRows(view);
	made.set(view, { version: view.version, rows });
	return rows;
}

function orderRows(view: ViewModel): TieRows {
	const rank = tieRanks(view.graph.data.ties);
	// Each tie's place in view goes to its place in the table's order, which is then read in
	// turn: no sort (at 50,000 ties, sorting the 25,000 in view was most of the cost as the page
	// started).
	const ties = view.ties;
	const placed = new Int32Array(rank.size).fill(-1);
	for (let i = 0; i < ties.length; i++) placed[rank.get(ties[i].tie.id)!] = i;
	const order = new Int32Array(ties.length);
	let n = 0;
	for (const i of placed) if (i >= 0) order[n++] = i;
	return new TieRows(view, order);
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
