import type { Lang } from '../schema/common.ts';
import { checkLang } from './describe.ts';
import { actorColumns, actorExtras, tieColumns, tieExtras } from './foreign-columns.ts';
import { actorRow, tieRow, type Column, type Row, type Value } from './rows.ts';
import type { GraphScope } from './scope.ts';

export interface CsvOptions {
	lang?: Lang;
	/**
	 * Start each file with a UTF-8 byte-order mark (the default, in the app and the CLI alike):
	 * without it Excel reads UTF-8 as the system code page and garbles Japanese text. Most
	 * other readers skip it; Python's csv module needs `encoding="utf-8-sig"`.
	 */
	bom?: boolean;
}

const DEFAULTS: Required<CsvOptions> = { lang: 'en', bom: true };

/**
 * A text cell a spreadsheet would read as a formula (OWASP's CSV injection rule: a leading
 * `=`, `+`, `-`, `@`, tab or CR) gets a leading `'`, which spreadsheets show as text. Numbers
 * stay numbers: a negative coordinate is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: Value): Value {
	return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** RFC 4180: CRLF between records; quote a field holding a comma, quote, CR or LF. */
export function csvField(value: Value): string {
	if (value === undefined) return '';
	const text = String(neutraliseFormula(value));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(columns: readonly string[], rows: readonly Row[]): string {
	const lines = [columns.map(csvField).join(',')];
	for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
	return lines.join('\r\n') + '\r\n';
}

const names = (columns: readonly Column[]) => columns.map((c) => c.name);

/**
 * Two tables: one row per actor and one row per tie (a multi-party tie stays one row, its
 * parties listed in `parties`). Dates are written as in the data, with their precision.
 */
export function writeCsv(
	scope: GraphScope,
	options: CsvOptions = {},
	tick: () => void = () => {}
): { nodes: string; ties: string } {
	const { lang, bom } = { ...DEFAULTS, ...options };
	checkLang(lang, 'export/csv');
	const prefix = bom ? '\uFEFF' : '';
	// Relaxed data adds `no_source` and its own attributes after Tieline's columns.
	const actorCols = actorColumns(scope);
	const nodes = csvTable(
		['id', ...names(actorCols)],
		scope.actors.map((a) => {
			tick();
			return { id: a.actor.id, ...actorRow(scope, a, lang), ...actorExtras(a.actor, actorCols) };
		})
	);
	const tieCols = tieColumns(scope);
	const ties = csvTable(
		['id', ...names(tieCols).filter((c) => c !== 'tie')],
		scope.ties.map((t) => {
			tick();
			return { id: t.tie.id, ...tieRow(scope, t, lang), ...tieExtras(t.tie, tieCols) };
		})
	);
	return { nodes: prefix + nodes, ties: prefix + ties };
}
