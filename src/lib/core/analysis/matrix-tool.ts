import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { isDirectedTie, TIE_KINDS, type TieKind } from '../schema/tie.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import { positionOf } from '../visual/layout.ts';
import { labelBlocs } from './blocs.ts';
import { toolScope } from './tool-scope.ts';
import { shownConfidences, shownKinds, tiePasses } from '../filters/tie-filter.ts';
import { selectScope } from '../export/scope.ts';
import type { FilterSpec } from '../view/view-spec.ts';
import { defineTool, param, type ToolParams } from './tool.ts';

/**
 * Kinds that say nothing of alignment, left out of bloc detection: a sanction or a judgement,
 * and the background of relations and memberships, which join nearly everyone to everyone.
 */
export const NOT_ALIGNMENT: readonly TieKind[] = [
	'sanctions',
	'assessment',
	'diplomatic-relations',
	'membership'
];

export interface MatrixCell {
	row: string;
	col: string;
	/** Per kind and status, in vocabulary order, the ties that make it. */
	kinds: { kind: string; status: TieStatus; ties: string[] }[];
}

export interface MatrixResult {
	date: string;
	/** Row and column order. */
	actors: string[];
	/** The bloc of each actor (same order as `actors`), numbered from 0 in display order. */
	blocs: number[];
	/** Newman modularity of the blocs on the alignment graph; null when it has no edge. */
	modularity: number | null;
	/** Only cells that hold a tie. Directed kinds read row → column; others fill both cells. */
	cells: MatrixCell[];
}

const parameters = {
	at: param.date({ en: 'Date', ja: '日付' }, { fromView: 'date' }),
	kinds: param.kinds({ en: 'Kinds of tie', ja: '関係の種類' }),
	order: param.choice<['blocs', 'layout', 'id']>(
		{ en: 'Order', ja: '並び順' },
		[
			{ id: 'blocs', name: { en: 'Blocs', ja: 'ブロック' } },
			{ id: 'layout', name: { en: 'West to east', ja: '西から東' } },
			{ id: 'id', name: { en: 'Code', ja: 'コード' } }
		],
		'blocs'
	)
};

export type MatrixParams = ToolParams<typeof parameters>;

/**
 * Actors × actors on a date: each cell lists the kinds of tie between the row and the column,
 * with their status. The actors are those the snapshot has that day (plus any party to a tie).
 *
 * Order `blocs`: blocs are found by label propagation (`blocs.ts`) on the undirected graph of the
 * ties of the chosen kinds except those in `NOT_ALIGNMENT`, each pair weighted by its number of
 * ties; the largest bloc comes first, blocs of equal size west to east, and inside a bloc actors
 * go west to east by the map layout (`visual/layout.ts`), the order `layout` uses for everyone.
 * `id` sorts by code. A filter, when given, applies as on screen: kinds, confidence, actors
 * taken out (with their ties).
 */
export function matrixAt(graph: TemporalGraph, p: MatrixParams, filter?: FilterSpec): MatrixResult {
	const scope = filter
		? selectScope(graph, {
				at: p.at,
				kinds: shownKinds(filter, [
					...TIE_KINDS,
					...new Set(graph.data.ties.map((t) => t.kind))
				]).filter((k) => p.kinds.length === 0 || p.kinds.includes(k)),
				confidences: shownConfidences(filter)
			})
		: toolScope(graph, 'matrix', { mode: 'at', at: p.at, kinds: p.kinds });
	if (filter) scope.ties = scope.ties.filter((t) => tiePasses(t.tie, filter));
	const ids = scope.actors
		.map((a) => a.actor.id)
		.filter((id) => !filter?.hiddenActors.includes(id));
	const day = scope.time.kind === 'at' ? scope.time.day : 0;
	const cellMap = new Map<string, MatrixCell>();
	const align = new Graph({ type: 'undirected' });
	ids.forEach((id) => align.addNode(id));
	const add = (row: string, col: string, kind: string, status: TieStatus, tie: string) => {
		const key = `${row}\u0000${col}`;
		let cell = cellMap.get(key);
		if (!cell) cellMap.set(key, (cell = { row, col, kinds: [] }));
		let entry = cell.kinds.find((k) => k.kind === kind && k.status === status);
		if (!entry) cell.kinds.push((entry = { kind, status, ties: [] }));
		entry.ties.push(tie);
	};
	for (const t of scope.ties) {
		const status = graph.statusAt(t.tie.id, day)!;
		const ps = t.parties;
		for (let i = 0; i < ps.length; i++) {
			for (let j = i + 1; j < ps.length; j++) {
				add(ps[i], ps[j], t.tie.kind, status, t.tie.id);
				if (!isDirectedTie(t.tie)) add(ps[j], ps[i], t.tie.kind, status, t.tie.id);
				if ((NOT_ALIGNMENT as readonly string[]).includes(t.tie.kind)) continue;
				// A tie of k parties weighs 1/(k - 1) per pair, so a six-party statement does not outweigh an alliance.
				align.updateUndirectedEdge(ps[i], ps[j], (a) => ({
					weight: (a.weight ?? 0) + 1 / (ps.length - 1)
				}));
			}
		}
	}
	const x = new Map(graph.data.actors.map((a, i) => [a.id, positionOf(a, i).x]));
	const west = (a: string, b: string) => x.get(a)! - x.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
	const label = labelBlocs(align);
	const members = new Map<string, string[]>();
	for (const id of ids) {
		const l = p.order === 'blocs' ? label.get(id)! : '';
		if (!members.has(l)) members.set(l, []);
		members.get(l)!.push(id);
	}
	const groups = [...members.values()].map((m) => (p.order === 'id' ? m.sort() : m.sort(west)));
	groups.sort((a, b) => b.length - a.length || west(a[0], b[0]));
	const actors = groups.flat();
	const blocOf = new Map(groups.flatMap((g, i) => g.map((id) => [id, i] as const)));
	const rank = new Map(actors.map((id, i) => [id, i]));
	// Known kinds in their usual order, then foreign kinds by name.
	const kindRank = (k: string) => {
		const i = TIE_KINDS.indexOf(k as TieKind);
		return i < 0 ? TIE_KINDS.length : i;
	};
	const cells = [...cellMap.values()]
		.map((c) => ({
			...c,
			kinds: c.kinds
				.map((k) => ({ ...k, ties: k.ties.sort() }))
				.sort(
					(a, b) =>
						kindRank(a.kind) - kindRank(b.kind) ||
						a.kind.localeCompare(b.kind) ||
						a.status.localeCompare(b.status)
				)
		}))
		.sort((a, b) => rank.get(a.row)! - rank.get(b.row)! || rank.get(a.col)! - rank.get(b.col)!);
	return {
		date: p.at!,
		actors,
		blocs: actors.map((id) => (p.order === 'blocs' ? blocOf.get(id)! : 0)),
		modularity:
			align.size === 0
				? null
				: modularity(align, { getNodeCommunity: (n) => label.get(n)!, getEdgeWeight: 'weight' }),
		cells
	};
}

export const matrixTool = defineTool({
	id: 'matrix',
	name: { en: 'Matrix', ja: '行列' },
	description: {
		en: 'Actors by actors on a date: the kinds of tie in each cell with their status, ordered so that blocs show.',
		ja: '日付におけるアクター×アクターの行列。各セルに関係の種類と状態を示し、ブロックが見える順に並べる。'
	},
	parameters,
	outputs: [{ id: 'matrix', type: 'matrix', name: { en: 'Matrix', ja: '行列' } }],
	check: (p) => (p.at ? undefined : { param: 'at', message: 'give a date' }),
	run: matrixAt
});
