import type { Lang } from '../schema/common.ts';
import {
	DEFAULT_EDGE_MODE,
	checkEdgeMode,
	checkLang,
	describeScope,
	type EdgeMode
} from './describe.ts';
import { exportEdges } from './edge-list.ts';
import { actorColumns, actorExtras, tieColumns, tieExtras } from './foreign-columns.ts';
import { actorRow, tieRow, yUp, type Column, type ColumnType, type Row } from './rows.ts';
import type { GraphScope } from './scope.ts';
import { escapeXml, xmlAttrs, xmlComment } from './xml.ts';

export interface GraphmlOptions {
	lang?: Lang;
	/**
	 * `directed` (default): edgedefault directed, an undirected tie as two arcs (networkx, igraph
	 * and every other reader). `mixed`: edgedefault undirected, `directed="true"` on directed
	 * ties (yEd, Cytoscape, Gephi, graphology). See `exportEdges`.
	 */
	edges?: EdgeMode;
}

const DEFAULTS: Required<GraphmlOptions> = { lang: 'en', edges: DEFAULT_EDGE_MODE };

const GRAPHML_TYPE: Record<ColumnType, string> = {
	string: 'string',
	integer: 'int',
	double: 'double',
	boolean: 'boolean'
};

const NOTE =
	'Ties with three or more parties are written as a clique: one edge per pair of parties, all ' +
	'with the same "tie" value. Every edge carries "directed" even where the graph structure ' +
	'cannot show it; in a directed file an undirected tie is two arcs, A to B and B to A. ' +
	'Dates are ISO 8601 as written in the data (partial where the data is); each *_day ' +
	'attribute gives the same date as a full day. y points up (north), as graph readers take it.';

/** GraphML with typed keys: one key per column, ids prefixed by n_ / e_ so names may repeat. */
export function writeGraphml(
	scope: GraphScope,
	options: GraphmlOptions = {},
	tick: () => void = () => {}
): string {
	const { lang, edges } = { ...DEFAULTS, ...options };
	checkLang(lang, 'export/graphml');
	checkEdgeMode(edges, 'export/graphml');
	const out: string[] = [];
	out.push('<?xml version="1.0" encoding="UTF-8"?>');
	out.push(
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
			'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
			'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
			'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
	);
	out.push('\t' + xmlComment(`${describeScope(scope)}. ${NOTE}`));
	const nodeColumns = actorColumns(scope);
	const edgeColumns = tieColumns(scope);
	keys(out, 'node', 'n_', nodeColumns);
	keys(out, 'edge', 'e_', edgeColumns);
	out.push(
		`\t<graph id="tieline" edgedefault="${edges === 'directed' ? 'directed' : 'undirected'}">`
	);
	for (const a of scope.actors) {
		out.push(`\t\t<node${xmlAttrs({ id: a.actor.id })}>`);
		const row = { ...yUp(actorRow(scope, a, lang)), ...actorExtras(a.actor, nodeColumns) };
		data(out, 'n_', nodeColumns, row);
		out.push('\t\t</node>');
		tick();
	}
	for (const t of scope.ties) {
		const row = { ...tieRow(scope, t, lang), ...tieExtras(t.tie, edgeColumns) };
		for (const e of exportEdges(t, edges)) {
			const directed = edges === 'mixed' && e.directed ? 'true' : undefined;
			out.push(`\t\t<edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, directed })}>`);
			data(out, 'e_', edgeColumns, row);
			out.push('\t\t</edge>');
		}
		tick();
	}
	out.push('\t</graph>');
	out.push('</graphml>');
	return out.join('\n') + '\n';
}

function keys(out: string[], target: 'node' | 'edge', prefix: string, columns: readonly Column[]) {
	for (const c of columns) {
		const attrs = {
			id: prefix + c.name,
			for: target,
			'attr.name': c.name,
			'attr.type': GRAPHML_TYPE[c.type]
		};
		out.push(`\t<key${xmlAttrs(attrs)}/>`);
	}
}

function data(out: string[], prefix: string, columns: readonly Column[], row: Row) {
	for (const c of columns) {
		const value = row[c.name];
		if (value === undefined) continue;
		out.push(`\t\t\t<data key="${prefix}${c.name}">${escapeXml(String(value))}</data>`);
	}
}
