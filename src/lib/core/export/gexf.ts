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
import { actorRow, spell, tieRow, yUp, type Column, type Row } from './rows.ts';
import type { GraphScope } from './scope.ts';
import { escapeXml, xmlAttrs, xmlComment } from './xml.ts';

export interface GexfOptions {
	lang?: Lang;
	/** `directed` (default): every edge directed, undirected ties as two arcs; see `exportEdges`. */
	edges?: EdgeMode;
}

const DEFAULTS: Required<GexfOptions> = { lang: 'en', edges: DEFAULT_EDGE_MODE };

const MULTI_PARTY_NOTE =
	'Ties with three or more parties are written as a clique: one edge per pair of parties, ' +
	'all carrying the same "tie" attribute (the tie id) and edge ids of the form tie#A-B. ' +
	'In a directed file an undirected tie (directed=false) is two arcs, A to B and B to A. ' +
	'Spells are whole days, both ends inclusive; a missing start or end is open. Dates are ' +
	'ISO 8601 as written in the data (partial where the data is); each *_day attribute gives ' +
	'the same date as a full day. y points up (north).';

/**
 * GEXF 1.3 in dynamic mode: every node and edge carries a spell for when it exists, so Gephi's
 * timeline plays the graph. Spells give the full lifespan even when the scope is one day, so a
 * file exported at a day still animates; the `status` attribute is the status within the scope.
 */
export function writeGexf(
	scope: GraphScope,
	options: GexfOptions = {},
	tick: () => void = () => {}
): string {
	const { lang, edges } = { ...DEFAULTS, ...options };
	checkLang(lang, 'export/gexf');
	checkEdgeMode(edges, 'export/gexf');
	const out: string[] = [];
	const push = (depth: number, line: string) => out.push('\t'.repeat(depth) + line);

	out.push('<?xml version="1.0" encoding="UTF-8"?>');
	push(
		0,
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
			'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
			'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">'
	);
	push(1, '<meta>');
	push(2, '<creator>Tieline</creator>');
	push(2, `<description>${escapeXml(describeScope(scope))}</description>`);
	push(1, '</meta>');
	push(1, xmlComment(MULTI_PARTY_NOTE));
	const defaultType = edges === 'directed' ? 'directed' : 'undirected';
	push(
		1,
		`<graph mode="dynamic" defaultedgetype="${defaultType}" timeformat="date" timerepresentation="interval">`
	);
	// Labels travel in the element's own `label` attribute, not as an attvalue.
	const nodeColumns = actorColumns(scope);
	const edgeColumns = tieColumns(scope);
	const NODE_ATTRS = nodeColumns.filter((c) => c.name !== 'label');
	const EDGE_ATTRS = edgeColumns.filter((c) => c.name !== 'label');
	declare(out, 'node', NODE_ATTRS);
	declare(out, 'edge', EDGE_ATTRS);

	push(2, '<nodes>');
	for (const a of scope.actors) {
		const row = { ...yUp(actorRow(scope, a, lang)), ...actorExtras(a.actor, nodeColumns) };
		push(3, `<node${xmlAttrs({ id: a.actor.id, label: row.label })}>`);
		attvalues(out, NODE_ATTRS, row);
		spells(out, a.exists);
		if (row.x !== undefined) push(4, `<viz:position${xmlAttrs({ x: row.x, y: row.y, z: 0 })}/>`);
		push(3, '</node>');
		tick();
	}
	push(2, '</nodes>');

	push(2, '<edges>');
	for (const t of scope.ties) {
		const row = { ...tieRow(scope, t, lang), ...tieExtras(t.tie, edgeColumns) };
		const extent = { start: t.segments[0].start, end: t.segments[t.segments.length - 1].end };
		for (const e of exportEdges(t, edges)) {
			const type = edges === 'mixed' && e.directed ? 'directed' : undefined;
			push(
				3,
				`<edge${xmlAttrs({ id: e.id, source: e.source, target: e.target, type, label: row.label })}>`
			);
			attvalues(out, EDGE_ATTRS, row);
			spells(out, extent);
			push(3, '</edge>');
		}
		tick();
	}
	push(2, '</edges>');
	push(1, '</graph>');
	push(0, '</gexf>');
	return out.join('\n') + '\n';
}

function declare(out: string[], cls: 'node' | 'edge', columns: readonly Column[]) {
	out.push(`\t\t<attributes class="${cls}" mode="static">`);
	for (const c of columns)
		out.push(`\t\t\t<attribute${xmlAttrs({ id: c.name, title: c.name, type: c.type })}/>`);
	out.push('\t\t</attributes>');
}

function attvalues(out: string[], columns: readonly Column[], row: Row) {
	const present = columns.filter((c) => row[c.name] !== undefined);
	if (present.length === 0) return;
	out.push('\t\t\t\t<attvalues>');
	for (const c of present)
		out.push(`\t\t\t\t\t<attvalue${xmlAttrs({ for: c.name, value: row[c.name] })}/>`);
	out.push('\t\t\t\t</attvalues>');
}

function spells(out: string[], seg: { start: number; end: number }) {
	const s = spell(seg);
	// Something that always exists needs no spell: without one, Gephi shows it at every time.
	if (s.start === undefined && s.end === undefined) return;
	out.push('\t\t\t\t<spells>');
	out.push(`\t\t\t\t\t<spell${xmlAttrs(s)}/>`);
	out.push('\t\t\t\t</spells>');
}
