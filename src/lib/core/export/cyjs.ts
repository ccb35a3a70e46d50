import type { Lang } from '../schema/common.ts';
import { checkLang, describeScope } from './describe.ts';
import { actorColumns, actorExtras, tieColumns, tieExtras } from './foreign-columns.ts';
import { actorRow, tieRow, type Row } from './rows.ts';
import { tieEdges, type GraphScope } from './scope.ts';

export interface CyjsOptions {
	lang?: Lang;
	/** Indentation for JSON.stringify; 0 writes one line. */
	indent?: number;
}

const DEFAULTS: Required<CyjsOptions> = { lang: 'en', indent: 2 };

interface CyElement {
	data: Record<string, string | number | boolean>;
	position?: { x: number; y: number };
}

/** Drops undefined values: Cytoscape desktop imports null as a string "null". */
function defined(row: Row): Record<string, string | number | boolean> {
	const out: Record<string, string | number | boolean> = {};
	for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
	return out;
}

/**
 * Cytoscape.js JSON (.cyjs), which Cytoscape desktop also imports. Positions come from the
 * actors' layout positions (y grows south in both). A tie of 3+ parties is a clique of edges
 * sharing `tie`.
 */
export function writeCyjs(
	scope: GraphScope,
	options: CyjsOptions = {},
	tick: () => void = () => {}
): string {
	const { lang, indent } = { ...DEFAULTS, ...options };
	checkLang(lang, 'export/cyjs');
	if (!Number.isInteger(indent) || indent < 0)
		throw new RangeError(`export/cyjs: indent must be a whole number ≥ 0, got ${indent}.`);
	const nodeColumns = actorColumns(scope);
	const edgeColumns = tieColumns(scope);
	const nodes: CyElement[] = scope.actors.map((a) => {
		const row = { ...actorRow(scope, a, lang), ...actorExtras(a.actor, nodeColumns) };
		const el: CyElement = { data: { id: a.actor.id, ...defined(row) } };
		if (a.actor.position) el.position = { x: a.actor.position.x, y: a.actor.position.y };
		tick();
		return el;
	});
	const edges: CyElement[] = scope.ties.flatMap((t) => {
		const row = defined({ ...tieRow(scope, t, lang), ...tieExtras(t.tie, edgeColumns) });
		tick();
		return tieEdges(t).map((e) => ({
			data: { ...row, id: e.id, source: e.source, target: e.target, tie: e.tie }
		}));
	});
	const doc = {
		format_version: '1.0',
		generated_by: 'tieline',
		target_cytoscapejs_version: '~3',
		data: { name: describeScope(scope) },
		// Without it, `cytoscape({ ...doc })` ignores the positions and puts every node at (0, 0).
		layout: { name: 'preset' },
		elements: { nodes, edges }
	};
	return JSON.stringify(doc, null, indent || undefined) + '\n';
}
