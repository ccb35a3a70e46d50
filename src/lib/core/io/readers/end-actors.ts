import type { Place } from '../limits.ts';
import type { RawDocument } from '../raw-input.ts';

type Data = { actors?: unknown[]; ties?: { parties?: unknown }[] };

/**
 * An edge list read without an actors table (a CSV of ties alone) gets one actor per id its ties
 * name, as Gephi's "create missing nodes" does, each placed at the first row naming it; with any
 * actors read from another file nothing is added, so a missing actor is still reported.
 */
export function addEndActors(documents: RawDocument[]): void {
	if (documents.some((d) => ((d.data as Data | null)?.actors?.length ?? 0) > 0)) return;
	const doc = documents.find((d) => d.summary?.format === 'csv' && (d.data as Data).ties);
	if (!doc) return;
	const data = doc.data as Data;
	const actors: { id: string; names: { en: string }[] }[] = [];
	const places: Place[] = [];
	const seen = new Set<string>();
	data.ties!.forEach((tie, i) => {
		if (!Array.isArray(tie.parties)) return;
		for (const id of tie.parties)
			if (typeof id === 'string' && id && !seen.has(id)) {
				seen.add(id);
				actors.push({ id, names: [{ en: id }] });
				places.push(doc.locate(['ties', i]));
			}
	});
	if (actors.length === 0) return;
	const locate = doc.locate;
	doc.data = { actors, ...data };
	doc.locate = (path, atKey) =>
		path[0] === 'actors' && typeof path[1] === 'number'
			? (places[path[1]] ?? {})
			: locate(path, atKey);
	doc.summary!.notes.push(
		`no actors table: ${actors.length} actors made from the ids the ties name (each needs a kind and names)`
	);
}
