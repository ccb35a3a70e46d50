import Papa from 'papaparse';
import type { ReadOne } from '../raw-input.ts';
import { graphDocument, type ReadGraph } from './graph-xml.ts';

/**
 * Reads one CSV table with a header row, as Tieline's CSV export writes them: a ties table (it
 * has a `parties` column; a multi-party tie is one row, parties joined by "; ") or else an
 * actors table (an `id` per row). Each row keeps its line, so problems point at it; the two
 * tables are two documents, checked against each other like two YAML files.
 */
export function readCsv(file: string, text: string): ReadOne {
	const rows: { row: Record<string, string>; line: number }[] = [];
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
	Papa.parse<Record<string, string>>(text, {
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
	if (errors.length > 0) {
		return {
			ok: false,
			reason: 'problem',
			issues: errors.slice(0, 5).map((e) => ({
				file,
				line: e.line,
				path: '(csv)',
				message: `CSV: ${e.message}`
			}))
		};
	}
	if (!header.includes('id')) {
		return {
			ok: false,
			reason: 'problem',
			issues: [{ file, line: 1, path: '(csv)', message: 'CSV: the header has no "id" column' }]
		};
	}
	const isTies = header.includes('parties');
	const read: ReadGraph = { nodes: [], edges: [], yUp: false };
	for (const { row, line } of rows) {
		const place = { line, column: 1 };
		if (!isTies) read.nodes.push({ key: row.id, attributes: row, place });
		else {
			const [source = '', target = ''] = (row.parties ?? '').split(';').map((s) => s.trim());
			read.edges.push({ key: row.id, source, target, attributes: { ...row, tie: row.id }, place });
		}
	}
	const doc = graphDocument(file, read);
	const data = doc.data as Record<string, unknown>;
	// Only the table this file is: an actors file defines no ties and the other way round.
	return {
		ok: true,
		raw: { ...doc, data: isTies ? { ties: data.ties } : { actors: data.actors } }
	};
}
