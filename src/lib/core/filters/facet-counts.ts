import type { Confidence } from '../schema/common.ts';
import type { Tie } from '../schema/tie.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import type { FilterSpec } from '../view/view-spec.ts';
import { isFiltering, tiePasses } from './tie-filter.ts';

export interface FacetCounts {
	/** Per kind: the ties of that kind the view would show were the kind shown. */
	kinds: Map<string, number>;
	/** Per status: the ties in that status the view would show were the status shown. */
	statuses: Map<TieStatus, number>;
	/** Per confidence: the ties of that confidence the view would show were every one shown. */
	confidences: Map<Confidence, number>;
	/** Per actor: its ties the view would show were it (and only it) in the view. */
	actors: Map<string, number>;
	/** The kinds of the ties in scope, whatever the filter (a kind switched off is present). */
	present: Set<string>;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Live counts beside each filter choice, as faceted search gives them: each facet counts what the
 * other facets let through, so a count says what choosing it would show, hidden or not.
 */
export function facetCounts(
	ties: Iterable<{ tie: Tie; status: TieStatus }>,
	filter: FilterSpec
): FacetCounts {
	const out: FacetCounts = {
		kinds: new Map(),
		statuses: new Map(),
		confidences: new Map(),
		actors: new Map(),
		present: new Set()
	};
	// Without a filter, every tie passes every test: none is run (at 50,000 ties, 25,000 in view
	// as the page starts, each tested four times or more).
	const open = !isFiltering(filter);
	const anyKind = { ...filter, hiddenKinds: [] };
	const anyStatus = { ...filter, hiddenStatuses: [] };
	const anyConfidence = { ...filter, minConfidence: 'alleged' as const };
	for (const { tie, status } of ties) {
		out.present.add(tie.kind);
		if (open || tiePasses(tie, anyKind, status)) bump(out.kinds, tie.kind);
		if (open || tiePasses(tie, anyStatus, status)) bump(out.statuses, status);
		if (open || tiePasses(tie, anyConfidence, status)) bump(out.confidences, tie.confidence);
		const parties = tie.parties;
		for (let i = 0; i < parties.length; i++) {
			const actor = parties[i];
			if (i > 0 && parties.indexOf(actor) !== i) continue; // a party named twice counts once
			if (open) {
				bump(out.actors, actor);
				continue;
			}
			// The filter as it would be with this actor shown: the same filter unless it is hidden.
			const shown = filter.hiddenActors.includes(actor)
				? { ...filter, hiddenActors: filter.hiddenActors.filter((a) => a !== actor) }
				: filter;
			if (tiePasses(tie, shown, status)) bump(out.actors, actor);
		}
	}
	return out;
}
