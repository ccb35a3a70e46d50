import { sourceRefId, type Lang, type SourceRef } from '../schema/index.ts';
import type { ActorName } from '../schema/actor.ts';
import type { Source } from '../schema/source.ts';
import type { Segment } from '../time/lifecycle.ts';
import { dayToIso, firstDay, lastDay, partialDate } from '../time/partial-date.ts';
import { isDirectedTie } from '../schema/tie.ts';
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
	col('exists_from_day'),
	col('exists_to'),
	col('exists_to_day'),
	col('names'),
	col('description_en'),
	col('description_ja'),
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
	col('signed_day'),
	col('inForce'),
	col('inForce_day'),
	col('ended'),
	col('ended_day'),
	col('ended_how'),
	col('from'),
	col('from_day'),
	col('to'),
	col('to_day'),
	col('asOf'),
	col('asOf_day'),
	col('start'),
	col('end'),
	col('sources'),
	col('citations')
];

export const LIST_SEPARATOR = '; ';

const isoOrUndefined = (day: number) => (Number.isFinite(day) ? dayToIso(day) : undefined);

/**
 * A partial date (`1975-11`, `2003`) as a full ISO day that other tools read as a date, written
 * next to the precise form: a start or an `asOf` as the first day of its period (the earliest
 * day it certainly covers), an end as the last day (as the model reads them).
 */
const firstIso = (text: string | undefined) =>
	text === undefined ? undefined : dayToIso(firstDay(partialDate(text)));
const lastIso = (text: string | undefined) =>
	text === undefined ? undefined : dayToIso(lastDay(partialDate(text)));

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

/**
 * An actor's names over time (the USSR, then Russia) as JSON, so a file read back shows the name
 * in force on each day; empty for an actor with one name, whose name_en and name_ja say it all.
 */
function namesOverTime(names: readonly ActorName[]): string | undefined {
	return names.length > 1
		? JSON.stringify(names.map(({ en, ja, from, to }) => ({ en, ja, from, to })))
		: undefined;
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
		exists_from_day: firstIso(actor.exists?.from),
		exists_to: actor.exists?.to,
		exists_to_day: lastIso(actor.exists?.to),
		names: namesOverTime(actor.names),
		description_en: actor.description?.en,
		description_ja: actor.description?.ja,
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
		directed: isDirectedTie(tie),
		parties: tie.parties.join(LIST_SEPARATOR),
		// At a day the one status then; over a range every status it passes through, in order.
		status: t.statuses.join(LIST_SEPARATOR),
		status_timeline: statusTimeline(segments),
		confidence: tie.confidence,
		title_en: tie.title.en,
		title_ja: tie.title.ja,
		signed: tie.signed,
		signed_day: firstIso(tie.signed),
		inForce: tie.inForce,
		inForce_day: firstIso(tie.inForce),
		ended: tie.ended?.date,
		ended_day: lastIso(tie.ended?.date),
		ended_how: tie.ended?.how,
		from: tie.from,
		from_day: firstIso(tie.from),
		to: tie.to,
		to_day: lastIso(tie.to),
		asOf: tie.asOf,
		asOf_day: firstIso(tie.asOf),
		start: segments.length ? isoOrUndefined(segments[0].start) : undefined,
		end: segments.length ? isoOrUndefined(segments[segments.length - 1].end) : undefined,
		...sourceColumns(scope, tie.sources)
	};
}

/**
 * A row with y pointing up, for GEXF and GraphML: Tieline's y grows south (as on screen and in
 * Cytoscape), while Gephi, Gephi Lite and other graph readers take y as pointing north.
 */
export function yUp(row: Row): Row {
	return typeof row.y === 'number' ? { ...row, y: row.y === 0 ? 0 : -row.y } : row;
}

/** The extent of a segment as ISO days, open ends left out. */
export function spell(seg: { start: number; end: number }): { start?: string; end?: string } {
	return { start: isoOrUndefined(seg.start), end: isoOrUndefined(seg.end) };
}
