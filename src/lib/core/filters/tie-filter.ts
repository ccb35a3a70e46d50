import { CONFIDENCES, type Confidence } from '../schema/common.ts';
import { TIE_KINDS, type Tie } from '../schema/tie.ts';
import type { SnapshotDiff } from '../model/temporal-graph.ts';
import type { FilterSpec } from '../view/view-spec.ts';
import type { TieStatus } from '../time/lifecycle.ts';

/** Confidence from weakest to strongest; not given (relaxed data) is below every level. */
const RANK: Record<Confidence, number> = { alleged: 0, reported: 1, confirmed: 2 };
const rank = (c: Confidence | undefined) => (c ? RANK[c] : -1);

/**
 * Whether a filter lets a tie through: its kind shown, confident enough, no party taken out, and
 * (when the status in view is given) its status shown.
 */
export function tiePasses(
	tie: Pick<Tie, 'kind' | 'confidence' | 'parties'>,
	filter: FilterSpec,
	status?: TieStatus
): boolean {
	return (
		!filter.hiddenKinds.includes(tie.kind) &&
		(rank(tie.confidence) >= RANK[filter.minConfidence] || filter.minConfidence === 'alleged') &&
		!tie.parties.some((p) => filter.hiddenActors.includes(p)) &&
		!(status && filter.hiddenStatuses?.includes(status))
	);
}

export function isFiltering(filter: FilterSpec): boolean {
	return (
		filter.hiddenKinds.length > 0 ||
		filter.minConfidence !== 'alleged' ||
		filter.hiddenActors.length > 0 ||
		(filter.hiddenStatuses?.length ?? 0) > 0
	);
}

/** The kinds a filter lets through, for an export scope: of the dataset's kinds (by default Tieline's own). */
export function shownKinds(filter: FilterSpec, kinds: readonly string[] = TIE_KINDS): string[] {
	return kinds.filter((k) => !filter.hiddenKinds.includes(k));
}

/** The confidences a filter lets through. */
export function shownConfidences(filter: FilterSpec): Confidence[] {
	return CONFIDENCES.filter((c) => RANK[c] >= RANK[filter.minConfidence]);
}

/** A date step's changes, keeping only the ties the filter shows (for what is announced). */
export function filterDiff(diff: SnapshotDiff, filter: FilterSpec): SnapshotDiff {
	if (!isFiltering(filter)) return diff;
	const pass = (tie: Tie, status?: TieStatus) => tiePasses(tie, filter, status);
	return {
		...diff,
		addedTies: diff.addedTies.filter((a) => pass(a.tie, a.status)),
		removedTies: diff.removedTies.filter((t) => pass(t)),
		// A change into or out of a hidden status is still news: keep it unless both are hidden.
		changedTies: diff.changedTies.filter((c) => pass(c.tie, c.after) || pass(c.tie, c.before)),
		addedActors: diff.addedActors.filter((a) => !filter.hiddenActors.includes(a.actor.id)),
		removedActors: diff.removedActors.filter((a) => !filter.hiddenActors.includes(a.id)),
		renamedActors: diff.renamedActors.filter((a) => !filter.hiddenActors.includes(a.actor.id))
	};
}
