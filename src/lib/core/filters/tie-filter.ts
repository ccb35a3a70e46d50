import { CONFIDENCES, type Confidence } from '../schema/common.ts';
import { TIE_KINDS, type Tie } from '../schema/tie.ts';
import type { SnapshotDiff } from '../model/temporal-graph.ts';
import type { FilterSpec } from '../view/view-spec.ts';

/** Confidence from weakest to strongest; not given (relaxed data) is below every level. */
const RANK: Record<Confidence, number> = { alleged: 0, reported: 1, confirmed: 2 };
const rank = (c: Confidence | undefined) => (c ? RANK[c] : -1);

/** Whether a filter lets a tie through: its kind shown, confident enough, no party taken out. */
export function tiePasses(
	tie: Pick<Tie, 'kind' | 'confidence' | 'parties'>,
	filter: FilterSpec
): boolean {
	return (
		!filter.hiddenKinds.includes(tie.kind) &&
		(rank(tie.confidence) >= RANK[filter.minConfidence] || filter.minConfidence === 'alleged') &&
		!tie.parties.some((p) => filter.hiddenActors.includes(p))
	);
}

export function isFiltering(filter: FilterSpec): boolean {
	return (
		filter.hiddenKinds.length > 0 ||
		filter.minConfidence !== 'alleged' ||
		filter.hiddenActors.length > 0
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
	const pass = (tie: Tie) => tiePasses(tie, filter);
	return {
		...diff,
		addedTies: diff.addedTies.filter((a) => pass(a.tie)),
		removedTies: diff.removedTies.filter(pass),
		changedTies: diff.changedTies.filter((c) => pass(c.tie)),
		addedActors: diff.addedActors.filter((a) => !filter.hiddenActors.includes(a.actor.id)),
		removedActors: diff.removedActors.filter((a) => !filter.hiddenActors.includes(a.id)),
		renamedActors: diff.renamedActors.filter((a) => !filter.hiddenActors.includes(a.actor.id))
	};
}
