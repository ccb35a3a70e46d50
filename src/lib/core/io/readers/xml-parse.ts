import { DOMParser } from '@xmldom/xmldom';
import type { DataIssue } from '../issue.ts';
import type { Place } from '../limits.ts';

// xmldom (pure JavaScript) rather than the browser's DOMParser, so the core runs the same in
// Node and the browser, and keeps each element's line.
export type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = ReturnType<XmlDocument['getElementsByTagName']>[number];

/** Parses XML, or returns the first error with its line and column. */
export function parseXml(
	file: string,
	text: string
): { ok: true; doc: XmlDocument } | { ok: false; issue: DataIssue } {
	const cut = truncation(text);
	if (cut) return { ok: false, issue: { file, path: '(xml)', ...cut } };
	let problem: string | undefined;
	const keep = (message: string) => (problem ??= message);
	const doc = new DOMParser({
		locator: {},
		errorHandler: { warning: () => {}, error: keep, fatalError: keep }
	}).parseFromString(text, 'text/xml');
	if (!problem && !doc.documentElement) problem = 'no root element';
	if (problem) {
		const at = /line:(\d+),col:(\d+)/.exec(problem);
		const message = problem.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0];
		return {
			ok: false,
			issue: {
				file,
				path: '(xml)',
				message: `XML: ${message}`,
				...(at ? { line: Number(at[1]), column: Number(at[2]) } : {})
			}
		};
	}
	return { ok: true, doc };
}

/**
 * A file cut short (a download or a copy that stopped) ends before its root element closes;
 * xmldom reports that as a cascade of unrelated errors from the top, so it is named first, at
 * the end of the file where the cut is.
 */
function truncation(text: string): { message: string; line: number; column: number } | undefined {
	const root = /<([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/.exec(
		text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '')
	);
	if (!root || root[2] === '/' || text.includes(`</${root[1]}>`)) return undefined;
	const lines = text.replace(/\s+$/, '').split('\n');
	return {
		message: `XML: the file ends before <${root[1]}> is closed: it was cut short; save or download it again`,
		line: lines.length,
		column: lines.at(-1)!.length + 1
	};
}

/**
 * The first edge whose source or target is no node of the file (graphology's parsers refuse
 * the file without saying which), with its element, for a message at its line.
 */
export function danglingEdge(doc: XmlDocument) {
	const ids = new Set(
		Array.from(doc.getElementsByTagName('node')).map((n) => n.getAttribute('id'))
	);
	const edges = Array.from(doc.getElementsByTagName('edge'));
	for (const [index, edge] of edges.entries())
		for (const end of ['source', 'target'] as const) {
			const id = edge.getAttribute(end) ?? '';
			if (!ids.has(id)) return { index, edge, end, id };
		}
	return undefined;
}

/** The issue for an edge to a missing node, or for whatever else the parser refused. */
export function parserIssue(
	file: string,
	format: string,
	doc: XmlDocument,
	error: Error
): DataIssue {
	const dangling = danglingEdge(doc);
	if (!dangling)
		return { file, path: `(${format.toLowerCase()})`, message: `${format}: ${error.message}` };
	const { index, edge, end, id } = dangling;
	return {
		file,
		path: `ties[${index}].parties[${end === 'source' ? 0 : 1}]`,
		message: `the edge${edge.getAttribute('id') ? ` "${edge.getAttribute('id')}"` : ''} has ${end} "${id}", which is no node of this file`,
		...placeOf(edge)
	};
}

export function placeOf(element: XmlElement | undefined): Place {
	const e = element as { lineNumber?: number; columnNumber?: number } | undefined;
	return e?.lineNumber ? { line: e.lineNumber, column: e.columnNumber } : {};
}
