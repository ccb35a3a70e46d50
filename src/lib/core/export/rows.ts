import { sourceRefId, type Lang, type SourceRef } from '../schema/index.ts';
import type { Source } from '../schema/source.ts';
import type { Segment } from '../time/lifecycle.ts';
import { dayToIso } from '../time/partial-date.ts';
import { isDirectedKind } from '../schema/tie.ts';
import type { GraphScope, ScopeActor, ScopeTie } from './scope.ts';

/**
 * The flat, typed columns every tabular or graph format shares, so GEXF, GraphML, CSV and
 * Cytoscape JSON agree on names and values. Lists are joined with "; " because not every reader
 * knows list types (networkx reads GEXF liststring as plain text anyway).
 */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export interface Column {
	name: string;
	type: ColumnType;
}
export type Value = string | number | boolean | undefined;
export type Row = Record<string, Value>;

const col = (name: string, type: ColumnType = 'string'): Column => ({ name, type });

export const ACTOR_COLUMNS: readonly Column[] = [
	col('label'),
	col('kind'),
	col('name_en'),
	col('name_ja'),
	col('cow', 'integer'),
	col('lat', 'double'),
	col('lon', 'double'),
	col('x', 'double'),
	col('y', 'double'),
	col('exists_from'),
	col('exists_to'),
	col('sources'),
	col('citations')
];

export const TIE_COLUMNS: readonly Column[] = [
	col('tie'),
	col('label'),
	col('kind'),
	col('directed', 'boolean'),
	col('parties'),
	col('status'),
	col('status_timeline'),
	col('confidence'),
	col('title_en'),
	col('title_ja'),
	col('signed'),
	col('inForce'),
	col('ended'),
	col('ended_how'),
	col('from'),
	col('to'),
	col('asOf'),
	col('start'),
	col('end'),
	col('sources'),
	col('citations')
];

export const LIST_SEPARATOR = '; ';

const isoOrUndefined = (day: number) => (Number.isFinite(day) ? dayToIso(day) : undefined);

/** "Publisher (2024-07-04), Title, p. 3": enough to find the source again. */
export function shortCitation(source: Source | undefined, ref: SourceRef): string {
	const id = sourceRefId(ref);
	if (!source) return id;
	const locator = typeof ref === 'string' ? undefined : ref.locator;
	const who = source.author ?? source.publisher;
	return `${who} (${source.date}), ${source.titleEn ?? source.title}${locator ? `, ${locator}` : ''}`;
}

function sourceColumns(scope: GraphScope, refs: readonly SourceRef[]): Row {
	const ids = [...new Set(refs.map(sourceRefId))];
	return {
		sources: ids.join(LIST_SEPARATOR),
		citations: refs
			.map((r) => shortCitation(scope.graph.sourcesById.get(sourceRefId(r)), r))
			.join(' | ')
	};
}

export function actorRow(scope: GraphScope, a: ScopeActor, lang: Lang): Row {
	const { actor, name } = a;
	return {
		label: name[lang],
		kind: actor.kind,
		name_en: name.en,
		name_ja: name.ja,
		cow: actor.cow,
		lat: actor.capital?.lat,
		lon: actor.capital?.lon,
		x: actor.position?.x,
		y: actor.position?.y,
		exists_from: actor.exists?.from,
		exists_to: actor.exists?.to,
		...sourceColumns(scope, actor.sources)
	};
}

/** "signed 2024-06-19..2024-12-03; in-force 2024-12-04.." (open ends left blank). */
export function statusTimeline(segments: readonly Segment<string>[]): string {
	return segments
		.map((s) => `${s.value} ${isoOrUndefined(s.start) ?? ''}..${isoOrUndefined(s.end) ?? ''}`)
		.join(LIST_SEPARATOR);
}

export function tieRow(scope: GraphScope, t: ScopeTie, lang: Lang): Row {
	const { tie, segments } = t;
	return {
		tie: tie.id,
		label: tie.title[lang],
		kind: tie.kind,
		directed: isDirectedKind(tie.kind),
		parties: tie.parties.join(LIST_SEPARATOR),
		// At a day the one status then; over a range every status it passes through, in order.
		status: t.statuses.join(LIST_SEPARATOR),
		status_timeline: statusTimeline(segments),
		confidence: tie.confidence,
		title_en: tie.title.en,
		title_ja: tie.title.ja,
		signed: tie.signed,
		inForce: tie.inForce,
		ended: tie.ended?.date,
		ended_how: tie.ended?.how,
		from: tie.from,
		to: tie.to,
		asOf: tie.asOf,
		start: segments.length ? isoOrUndefined(segments[0].start) : undefined,
		end: segments.length ? isoOrUndefined(segments[segments.length - 1].end) : undefined,
		...sourceColumns(scope, tie.sources)
	};
}

/** The extent of a segment as ISO days, open ends left out. */
export function spell(seg: { start: number; end: number }): { start?: string; end?: string } {
	return { start: isoOrUndefined(seg.start), end: isoOrUndefined(seg.end) };
}
