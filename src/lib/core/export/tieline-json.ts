import type { DataFile } from '../schema/data-file.ts';
import { sourceRefId, type SourceRef } from '../schema/index.ts';
import { firstDay, lastDay, partialDate } from '../time/partial-date.ts';
import type { GraphScope } from './scope.ts';

export interface TielineJsonOptions {
	indent?: number;
}

const DEFAULTS: Required<TielineJsonOptions> = { indent: 2 };

/**
 * The scope as a Tieline data file (the YAML shape, written as JSON, which is YAML too), so
 * `loadDataset` reads it back. To stay loadable it is closed under references: every party of
 * an included tie is included even outside the selection, and every cited source. Events come
 * along when all their actors and ties are included and their date falls in the scope's time
 * (on or before the day, for a single day: the history that led to it).
 */
export function writeTielineJson(scope: GraphScope, options: TielineJsonOptions = {}): string {
	const { indent } = { ...DEFAULTS, ...options };
	if (!Number.isInteger(indent) || indent < 0) {
		throw new RangeError(`export/tieline-json: indent must be a whole number ≥ 0, got ${indent}.`);
	}
	const data = scope.graph.data;
	const tieIds = new Set(scope.ties.map((t) => t.tie.id));
	const actorIds = new Set(scope.actors.map((a) => a.actor.id));
	for (const t of scope.ties) t.tie.parties.forEach((p) => actorIds.add(p));

	const [lo, hi] =
		scope.time.kind === 'at'
			? [-Infinity, scope.time.day]
			: scope.time.kind === 'range'
				? [scope.time.from, scope.time.to]
				: [-Infinity, Infinity];
	const events = data.events.filter((e) => {
		const d = partialDate(e.date);
		if (firstDay(d) > hi || lastDay(d) < lo) return false;
		return e.actors.every((a) => actorIds.has(a)) && (e.ties ?? []).every((t) => tieIds.has(t));
	});
	const actors = data.actors.filter((a) => actorIds.has(a.id));
	const ties = data.ties.filter((t) => tieIds.has(t.id));
	const absences = data.absences.filter((a) => a.parties.every((p) => actorIds.has(p)));

	const cited = new Set<string>();
	const cite = (refs: readonly SourceRef[] | undefined) =>
		refs?.forEach((r) => cited.add(sourceRefId(r)));
	for (const a of actors) cite(a.sources);
	for (const t of ties) {
		cite(t.sources);
		t.notes?.forEach((n) => cite(n.sources));
		t.clauses?.forEach((c) => cite(c.sources));
	}
	for (const e of events) {
		cite(e.sources);
		e.notes?.forEach((n) => cite(n.sources));
	}
	for (const a of absences) cite(a.sources);
	const sources = data.sources.filter((s) => cited.has(s.id));

	// Relaxed data may hold foreign kinds and attributes: the file is read back under that profile.
	const file: { [K in keyof DataFile]: unknown[] } = { sources, actors, ties, events };
	if (absences.length > 0) file.absences = absences;
	return JSON.stringify(file, null, indent || undefined) + '\n';
}
