import { CONFIDENCES, type Confidence } from '../schema/common.ts';
import { TIE_KINDS, type Tie, type TieKind } from '../schema/tie.ts';
import type { SnapshotDiff } from '../model/temporal-graph.ts';

/**
 * Which ties a person has chosen to see: kinds switched off, and the least confidence shown
 * (`reported` hides alleged ties; `confirmed` shows confirmed ones only).
 */
export interface TieFilter {
	hiddenKinds: readonly TieKind[];
	minConfidence: Confidence;
}

export const NO_FILTER: TieFilter = { hiddenKinds: [], minConfidence: 'alleged' };

/** Confidence from weakest to strongest. */
const RANK: Record<Confidence, number> = { alleged: 0, reported: 1, confirmed: 2 };

export function tiePasses(tie: Pick<Tie, 'kind' | 'confidence'>, filter: TieFilter): boolean {
	return (
		!filter.hiddenKinds.includes(tie.kind) && RANK[tie.confidence] >= RANK[filter.minConfidence]
	);
}

export function isFiltering(filter: TieFilter): boolean {
	return filter.hiddenKinds.length > 0 || filter.minConfidence !== 'alleged';
}

/** The kinds a filter lets through, for an export scope. */
export function shownKinds(filter: TieFilter): TieKind[] {
	return TIE_KINDS.filter((k) => !filter.hiddenKinds.includes(k));
}

/** The confidences a filter lets through. */
export function shownConfidences(filter: TieFilter): Confidence[] {
	return CONFIDENCES.filter((c) => RANK[c] >= RANK[filter.minConfidence]);
}

/** Reads `hide=membership,sanctions` and `conf=reported`; what it cannot read, it reports. */
export function parseFilter(params: URLSearchParams): {
	filter: TieFilter;
	problems: { param: string; value: string }[];
} {
	const problems: { param: string; value: string }[] = [];
	const hide = params.get('hide');
	const hiddenKinds: TieKind[] = [];
	for (const k of hide ? hide.split(',').filter(Boolean) : []) {
		if ((TIE_KINDS as readonly string[]).includes(k)) hiddenKinds.push(k as TieKind);
		else problems.push({ param: 'hide', value: k });
	}
	const conf = params.get('conf');
	let minConfidence: Confidence = 'alleged';
	if (conf !== null) {
		if ((CONFIDENCES as readonly string[]).includes(conf)) minConfidence = conf as Confidence;
		else problems.push({ param: 'conf', value: conf });
	}
	return { filter: { hiddenKinds: [...new Set(hiddenKinds)], minConfidence }, problems };
}

/** Writes a filter into search params, leaving out what is not filtered. */
export function writeFilter(params: URLSearchParams, filter: TieFilter) {
	if (filter.hiddenKinds.length)
		params.set('hide', TIE_KINDS.filter((k) => filter.hiddenKinds.includes(k)).join(','));
	if (filter.minConfidence !== 'alleged') params.set('conf', filter.minConfidence);
}

/** `parseFilter` over a search string (`?at=…&hide=…`). */
export function parseFilterSearch(search: string) {
	return parseFilter(new URLSearchParams(search));
}

/** A search string with the filter's parameters set (and nothing else changed). */
export function withFilter(search: string, filter: TieFilter): string {
	const params = new URLSearchParams(search);
	params.delete('hide');
	params.delete('conf');
	writeFilter(params, filter);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** A date step's changes, keeping only the ties the filter shows (for what is announced). */
export function filterDiff(diff: SnapshotDiff, filter: TieFilter): SnapshotDiff {
	if (!isFiltering(filter)) return diff;
	const pass = (tie: Tie) => tiePasses(tie, filter);
	return {
		...diff,
		addedTies: diff.addedTies.filter((a) => pass(a.tie)),
		removedTies: diff.removedTies.filter(pass),
		changedTies: diff.changedTies.filter((c) => pass(c.tie))
	};
}
