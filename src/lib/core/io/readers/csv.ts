import Papa from 'papaparse';
import type { DataIssue } from '../issue.ts';
import type { ReadOne } from '../raw-input.ts';
import { missingColumns, proposeMapping, type MappingOverride } from './csv-mapping.ts';
import { graphDocument, type ReadGraph } from './graph-xml.ts';

type Row = Record<string, string>;

/** Parses a CSV table with a header row; each row keeps the line it starts on. */
function parseRows(text: string) {
	const rows: { row: Row; line: number }[] = [];
	const errors: { line: number; message: string }[] = [];
	// Lines are counted up to where each row starts: after the header, then after each row.
	let line = 1;
	let counted = 0;
	let next = text.indexOf('\n') + 1;
	let header: string[] = [];
	const lineAt = (offset: number) => {
		for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
		return line;
	};
	Papa.parse<Row>(text, {
		header: true,
		skipEmptyLines: 'greedy',
		// A spreadsheet-safe export writes '=…, '+…, '-…, '@… so no cell runs as a formula; the
		// quote is not part of the value.
		transform: (value) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value),
		step: (result) => {
			while (text[next] === '\n') next++;
			const start = lineAt(next);
			next = Math.max(result.meta.cursor, next);
			header = result.meta.fields ?? header;
			if (result.errors.length > 0)
				errors.push(...result.errors.map((e) => ({ line: start, message: e.message })));
			else rows.push({ row: result.data, line: start });
		}
	});
	return { rows, errors, header };
}

const fail = (issues: DataIssue[]): ReadOne => ({ ok: false, reason: 'problem', issues });

/**
 * Reads one CSV table with a header row: a ties table (source and target columns, or
 * `parties`, where a multi-party tie is one row with its parties joined by "; ") or else an
 * actors table. Columns are matched to Tieline's fields by `proposeMapping`, changed by the
 * caller's `override`; columns no field takes are kept as `attributes`. Each row keeps its line,
 * so problems point at it; the two tables are two documents, checked against each other like two
 * YAML files.
 */
export function readCsv(file: string, text: string, override: MappingOverride = {}): ReadOne {
	const { rows, errors, header } = parseRows(text);
	if (errors.length > 0) {
		return fail(
			errors.slice(0, 5).map((e) => ({
				file,
				line: e.line,
				path: '(csv)',
				message: `CSV: ${e.message}`
			}))
		);
	}
	const absent = missingColumns(header, override);
	if (absent.length > 0) {
		return fail([
			{
				file,
				line: 1,
				path: '(csv)',
				message: `CSV: the mapping names ${absent.map((c) => `"${c}"`).join(', ')}, which the header does not have (it has ${header.map((c) => `"${c}"`).join(', ')})`
			}
		]);
	}
	const { table, mapping, summary } = proposeMapping(
		header,
		rows.map((r) => r.row),
		override
	);
	const isTies = table === 'ties';
	const lacking = isTies
		? mapping.parties || (mapping.source && mapping.target)
			? undefined
			: 'source and target (or parties)'
		: mapping.id
			? undefined
			: '"id"';
	if (lacking) {
		return fail([
			{
				file,
				line: 1,
				path: '(csv)',
				message: `CSV: no column for ${lacking}; name one in the mapping (e.g. --map id=COLUMN)`
			}
		]);
	}
	const read: ReadGraph = { nodes: [], edges: [], yUp: false };
	rows.forEach(({ row, line }, i) => {
		const attributes: Record<string, string> = {};
		for (const { field, column } of summary.mapped) attributes[field] = row[column] ?? '';
		// Tieline's own export: the status over time carries the suspensions.
		if (row.status_timeline) attributes.status_timeline = row.status_timeline;
		const extra: Record<string, string> = {};
		for (const column of summary.kept) if (row[column]?.trim()) extra[column] = row[column];
		const place = { line, column: 1 };
		if (!isTies) read.nodes.push({ key: attributes.id.trim(), attributes, extra, place });
		else {
			const id = attributes.id?.trim() || `edge-${i + 1}`;
			read.edges.push({
				key: id,
				source: (attributes.source ?? '').trim(),
				target: (attributes.target ?? '').trim(),
				attributes: { ...attributes, tie: attributes.tie || id },
				extra,
				place
			});
		}
	});
	const doc = graphDocument(file, read);
	const data = doc.data as Record<string, unknown>;
	// Only the table this file is: an actors file defines no ties and the other way round.
	return {
		ok: true,
		raw: {
			...doc,
			data: isTies ? { ties: data.ties } : { actors: data.actors },
			summary: { format: 'csv', csv: summary, kept: summary.kept, notes: [] }
		}
	};
}
