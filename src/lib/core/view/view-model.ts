import type { Actor, ActorName, Tie } from '../schema/index.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import type { SnapshotDiff, TemporalGraph } from '../model/temporal-graph.ts';
import { rangeSnapshot } from '../model/range.ts';
import { compareDates } from '../model/compare.ts';
import {
	timeDays,
	type FilterSpec,
	type PickSpec,
	type TimeMode,
	type ViewSpec
} from './view-spec.ts';
import { isFiltering, tiePasses } from '../filters/tie-filter.ts';
import { facetCounts, type FacetCounts } from '../filters/facet-counts.ts';

/** How the time mode marks a tie: began or ended inside a range; added, removed or changed since A. */
export type TieMark = 'began' | 'ended' | 'began-ended' | 'added' | 'removed' | 'changed';

export interface TieInView {
	tie: Tie;
	/** At the cursor (or, for a tie removed since A or ended inside a range, its last status). */
	status: TieStatus;
	/** The status at date A, in a comparison. */
	before?: TieStatus;
	mark?: TieMark;
}

export interface ActorInView {
	actor: Actor;
	name: ActorName;
}

/** What one update changed: the ids to redraw, or everything. */
export interface ViewDelta {
	all: boolean;
	ties: string[];
	actors: string[];
}

/**
 * What is shown: the actors and ties in the time mode's scope, each with its status and mark,
 * and which of them the filter lets through and the picks name. Built once per view change; a
 * date step in the instant mode updates it from the temporal graph's diff, so a step costs what
 * changes. Every consumer (graph, table, legend, summaries, tools, exports) reads this one value.
 */
export class ViewModel {
	readonly graph: TemporalGraph;
	mode: TimeMode = 'instant';
	cursor = 0;
	anchor = 0;
	filter!: FilterSpec;
	picks!: PickSpec;
	/** Bumped on every change, so lists derived from it are rebuilt once per change. */
	version = 0;
	private readonly inScope = new Map<string, TieInView>();
	private readonly actorsInScope = new Map<string, ActorInView>();
	private pickedTies = new Set<string>();
	private pickedActors = new Set<string>();
	private lists: { version: number; ties: TieInView[]; actors: ActorInView[] } | null = null;
	private counts: { version: number; filter: string; counts: FacetCounts } | null = null;

	constructor(graph: TemporalGraph, spec: ViewSpec) {
		this.graph = graph;
		this.rebuild(spec);
	}

	/** Recomputes everything for a spec (a mode switch, a range, a comparison, a jump). */
	rebuild(spec: ViewSpec): ViewDelta {
		const { mode, cursor, anchor } = timeDays(spec.time);
		Object.assign(this, { mode, cursor, anchor, filter: spec.filter });
		this.setPicksQuiet(spec.picks);
		this.inScope.clear();
		this.actorsInScope.clear();
		if (mode === 'range') {
			const r = rangeSnapshot(this.graph, anchor, cursor);
			for (const t of r.ties) {
				const mark = t.beganInside
					? t.endedInside
						? 'began-ended'
						: 'began'
					: t.endedInside
						? 'ended'
						: undefined;
				this.inScope.set(t.tie.id, { tie: t.tie, status: t.status, mark });
			}
			for (const a of r.actors) this.actorsInScope.set(a.actor.id, a);
		} else if (mode === 'compare') {
			const c = compareDates(this.graph, anchor, cursor);
			for (const t of c.ties) {
				const mark = t.change === 'same' ? undefined : t.change;
				const status = (t.after ?? t.before)!;
				this.inScope.set(t.tie.id, { tie: t.tie, status, before: t.before, mark });
			}
			for (const a of c.actors) this.actorsInScope.set(a.actor.id, a);
		} else {
			const s = this.graph.at(cursor);
			// The snapshot's own { tie, status } records, fresh for this view: not copied.
			for (const t of s.ties) this.inScope.set(t.tie.id, t);
			for (const a of s.actors) this.actorsInScope.set(a.actor.id, a);
		}
		this.version++;
		return { all: true, ties: [], actors: [] };
	}

	/** A date step in the instant mode: applies the temporal graph's diff in place. */
	step(to: number): { delta: ViewDelta; diff: SnapshotDiff } {
		const diff = this.graph.diff(this.cursor, to);
		for (const { tie, status } of diff.addedTies) this.inScope.set(tie.id, { tie, status });
		for (const { tie, after } of diff.changedTies) this.inScope.set(tie.id, { tie, status: after });
		for (const tie of diff.removedTies) this.inScope.delete(tie.id);
		for (const a of diff.addedActors) this.actorsInScope.set(a.actor.id, a);
		for (const { actor, after } of diff.renamedActors)
			this.actorsInScope.set(actor.id, { actor, name: after });
		for (const actor of diff.removedActors) this.actorsInScope.delete(actor.id);
		this.cursor = to;
		this.version++;
		const ties = [
			...diff.addedTies.map((t) => t.tie.id),
			...diff.changedTies.map((t) => t.tie.id),
			...diff.removedTies.map((t) => t.id)
		];
		const actors = [
			...diff.addedActors.map((a) => a.actor.id),
			...diff.renamedActors.map((a) => a.actor.id),
			...diff.removedActors.map((a) => a.id)
		];
		return { delta: { all: false, ties, actors }, diff };
	}

	setFilter(filter: FilterSpec): ViewDelta {
		this.filter = filter;
		this.version++;
		return { all: true, ties: [], actors: [] };
	}

	setPicks(picks: PickSpec): ViewDelta {
		this.setPicksQuiet(picks);
		this.version++;
		return { all: true, ties: [], actors: [] };
	}

	private setPicksQuiet(picks: PickSpec) {
		this.picks = picks;
		this.pickedActors = new Set(picks.actors);
		this.pickedTies = new Set(picks.ties ?? []);
	}

	/** The tie as the view has it, whether or not the filter shows it. */
	tieInScope(id: string): TieInView | undefined {
		return this.inScope.get(id);
	}

	actorInScope(id: string): ActorInView | undefined {
		return this.actorsInScope.get(id);
	}

	/** Whether the filter lets a tie through (its kind, confidence, parties and status in view). */
	passes(tie: Tie): boolean {
		return tiePasses(tie, this.filter, this.inScope.get(tie.id)?.status);
	}

	actorShown(id: string): boolean {
		return this.actorsInScope.has(id) && !this.filter.hiddenActors.includes(id);
	}

	get picking(): boolean {
		return this.picks.actors.length > 0 || (this.picks.ties?.length ?? 0) > 0;
	}

	/** A tie is picked when the pick names it, or (a pick of actors) when it joins picked actors. */
	tiePicked(tie: Tie): boolean {
		if (this.picks.ties) return this.pickedTies.has(tie.id);
		return this.pickedActors.size > 0 && tie.parties.every((p) => this.pickedActors.has(p));
	}

	actorPicked(id: string): boolean {
		return this.pickedActors.has(id);
	}

	private ensureLists() {
		if (this.lists?.version === this.version) return this.lists;
		// Without a filter, every one in scope is shown: no test per tie (at 50,000 ties, 25,000
		// of them as the page starts).
		const ties = [...this.inScope.values()];
		const actors = [...this.actorsInScope.values()];
		if (!isFiltering(this.filter)) return (this.lists = { version: this.version, ties, actors });
		return (this.lists = {
			version: this.version,
			ties: ties.filter((t) => tiePasses(t.tie, this.filter, t.status)),
			actors: actors.filter((a) => !this.filter.hiddenActors.includes(a.actor.id))
		});
	}

	/** The ties shown: in the time mode's scope and let through by the filter. */
	get ties(): readonly TieInView[] {
		return this.ensureLists().ties;
	}

	get actors(): readonly ActorInView[] {
		return this.ensureLists().actors;
	}

	/** Every tie in the mode's scope before the filter (the legend greys kinds not among them). */
	get tiesBeforeFilter(): number {
		return this.inScope.size;
	}

	allInScope(): IterableIterator<TieInView> {
		return this.inScope.values();
	}

	/**
	 * The legend's counts (`facetCounts`) of the ties in scope under `filter`, worked out once per
	 * version of the view and filter (an equal filter counts as the same).
	 */
	facetCounts(filter: FilterSpec): FacetCounts {
		const key = JSON.stringify(filter);
		const c = this.counts;
		if (c?.version === this.version && c.filter === key) return c.counts;
		const counts = facetCounts(this.inScope.values(), filter);
		this.counts = { version: this.version, filter: key, counts };
		return counts;
	}

	/** Every actor in the mode's scope, taken out of the view or not (the legend lists them). */
	actorsInScopeList(): IterableIterator<ActorInView> {
		return this.actorsInScope.values();
	}

	/** How many actors `actorsInScopeList` gives, without listing them. */
	get actorsInScopeCount(): number {
		return this.actorsInScope.size;
	}
}
