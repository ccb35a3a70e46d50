import { csvTable } from '../export/csv.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { Lang } from '../schema/common.ts';
import { nameAt } from '../time/lifecycle.ts';
import { isoToDay } from '../time/partial-date.ts';
import type { MeasureResult } from './measures-tool.ts';

/**
 * The measures as CSV: date, actor, name (in force on that date), degree, one `degree_<kind>`
 * column per kind measured, betweenness, closeness. Numbers are written in full (shortest
 * round-trip form) so that another tool can compare them exactly.
 */
export function measuresCsv(
	graph: TemporalGraph,
	result: MeasureResult,
	lang: Lang = 'en'
): string {
	const columns = [
		'date',
		'actor',
		'name',
		'degree',
		...result.kinds.map((k) => `degree_${k}`),
		'betweenness',
		'closeness'
	];
	const rows = result.rows.map((r) => {
		const actor = graph.actorsById.get(r.actor);
		return {
			date: r.date,
			actor: r.actor,
			name: actor ? nameAt(actor, isoToDay(r.date)!)[lang] : r.actor,
			degree: r.degree,
			...Object.fromEntries(result.kinds.map((k) => [`degree_${k}`, r.byKind[k]])),
			betweenness: r.betweenness,
			closeness: r.closeness
		};
	});
	return csvTable(columns, rows);
}
