import { DOMParser } from '@xmldom/xmldom';
import type { Attributes } from 'graphology-types';
import type { DataIssue } from '../issue.ts';
import type { Place } from '../limits.ts';
import type { ForeignItem, RawDocument } from '../raw-input.ts';

// xmldom (pure JavaScript) rather than the browser's DOMParser, so the core runs the same in
// Node and the browser, and keeps each element's line.
type XmlDocument = ReturnType<DOMParser['parseFromString']>;
export type XmlElement = ReturnType<XmlDocument['getElementsByTagName']>[number];

/** Parses XML, or returns the first error with its line and column. */
export function parseXml(
	file: string,
	text: string
): { ok: true; doc: XmlDocument } | { ok: false; issue: DataIssue } {
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

export function placeOf(element: XmlElement | undefined): Place {
	const e = element as { lineNumber?: number; columnNumber?: number } | undefined;
	return e?.lineNumber ? { line: e.lineNumber, column: e.columnNumber } : {};
}

/** A graph as read by graphology, with each node's and edge's element for places and spells. */
export interface ReadGraph {
	nodes: { key: string; attributes: Attributes; element?: XmlElement; place?: Place }[];
	edges: {
		key: string;
		source: string;
		target: string;
		attributes: Attributes;
		element?: XmlElement;
		place?: Place;
		/** The file drew this edge as an arrow (for foreign kinds, which have no direction of their own). */
		directed?: boolean;
	}[];
	/** The graph's own name (GEXF's meta title). */
	title?: string;
	/** GEXF's y axis points up, Tieline's south. */
	yUp: boolean;
	/** The element's extent from GEXF spells or start/end attributes, as written. */
	extent?: (element: XmlElement | undefined) => { from?: string; to?: string };
}

const text = (v: unknown) =>
	v === undefined || v === null || v === '' ? undefined : typeof v === 'string' ? v : String(v);
const list = (v: unknown) =>
	text(v)
		?.split(';')
		.map((s) => s.trim())
		.filter(Boolean);
const num = (v: unknown) => (v === undefined || v === '' ? undefined : Number(v));

/** Drops undefined fields, so a missing attribute reads as a missing field. */
function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The attributes each reader maps onto Tieline's fields; any other is kept as foreign. */
// Also the columns Tieline's exports derive (status, *_day, citations…), so a file it wrote
// comes back without them as attributes.
const NODE_FIELDS = new Set(
	'kind name_en name_ja label x y lat lon cow exists_from exists_to description_en description_ja sources citations exists_from_day exists_to_day no_source'.split(
		' '
	)
);
const EDGE_FIELDS = new Set(
	'tie kind directed parties title_en title_ja label confidence signed inForce ended ended_how from to asOf sources citations status status_timeline signed_day inForce_day ended_day from_day to_day asOf_day start end no_source'.split(
		' '
	)
);

/** What a file says beyond Tieline's fields: texts, numbers and true/false, as read. */
function foreignOf(attributes: Attributes, fields: ReadonlySet<string>, directed?: boolean) {
	const kept = Object.entries(attributes).filter(
		([k, v]) => !fields.has(k) && ['string', 'number', 'boolean'].includes(typeof v) && v !== ''
	);
	const item: ForeignItem = {};
	if (kept.length > 0) item.attributes = Object.fromEntries(kept);
	// Tieline writes each undirected tie as two arcs marked directed=false: the mark wins.
	const said = String(attributes.directed ?? '').toLowerCase();
	if (said === 'true' || said === 'false') item.directed = said === 'true';
	else if (directed !== undefined) item.directed = directed;
	return item;
}

/** A text in two languages, or nothing where neither is given. */
function texts(en: string | undefined, ja: string | undefined) {
	return en === undefined && ja === undefined ? undefined : clean({ en, ja });
}

/**
 * Maps a graph onto Tieline's data shape: nodes become actors, edges ties (edges that share a
 * `tie` attribute are one tie, as Tieline writes ties of three or more parties). Attribute names
 * are the ones Tieline's exports use; where a file has no such attribute the field is missing
 * and validation says so, at the line of the node or edge.
 */
export function graphDocument(file: string, graph: ReadGraph): RawDocument {
	const actors: Record<string, unknown>[] = [];
	const actorPlaces: Place[] = [];
	const foreign = { actors: [] as ForeignItem[], ties: [] as ForeignItem[] };
	for (const { key, attributes: a, element, place } of graph.nodes) {
		const span = graph.extent?.(element) ?? {};
		const x = num(a.x);
		const y = num(a.y);
		const lat = num(a.lat);
		const lon = num(a.lon);
		actors.push(
			clean({
				id: key,
				kind: text(a.kind),
				names: [clean({ en: text(a.name_en) ?? text(a.label) ?? key, ja: text(a.name_ja) })],
				cow: num(a.cow),
				capital: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
				position:
					x !== undefined && y !== undefined ? { x, y: graph.yUp ? -y || 0 : y } : undefined,
				exists:
					text(a.exists_from) || text(a.exists_to) || span.from || span.to
						? clean({
								from: text(a.exists_from) ?? span.from,
								to: text(a.exists_to) ?? span.to
							})
						: undefined,
				description:
					a.description_en || a.description_ja
						? texts(text(a.description_en), text(a.description_ja))
						: undefined,
				sources: list(a.sources)
			})
		);
		actorPlaces.push(place ?? placeOf(element));
		foreign.actors.push(foreignOf(a, NODE_FIELDS));
	}
	const ties: Record<string, unknown>[] = [];
	const tiePlaces: Place[] = [];
	const byId = new Map<string, Record<string, unknown>>();
	for (const { key, source, target, attributes: a, element, place, directed } of graph.edges) {
		const id = text(a.tie) ?? key;
		if (byId.has(id)) continue;
		const span = graph.extent?.(element) ?? {};
		const ended = text(a.ended);
		const tie = clean({
			id,
			kind: text(a.kind),
			parties: list(a.parties) ?? [source, target],
			title: texts(text(a.title_en) ?? text(a.label), text(a.title_ja)),
			confidence: text(a.confidence),
			signed: text(a.signed),
			inForce: text(a.inForce),
			ended: ended ? clean({ date: ended, how: text(a.ended_how) }) : undefined,
			from: text(a.from) ?? (text(a.signed) ? undefined : span.from),
			to: text(a.to) ?? (text(a.signed) ? undefined : span.to),
			asOf: text(a.asOf),
			sources: list(a.sources)
		});
		byId.set(id, tie);
		ties.push(tie);
		tiePlaces.push(place ?? placeOf(element));
		foreign.ties.push(foreignOf(a, EDGE_FIELDS, directed));
	}
	const places = { actors: actorPlaces, ties: tiePlaces } as Record<string, Place[]>;
	return {
		file,
		data: { actors, ties },
		locate: (path) =>
			typeof path[0] === 'string' && typeof path[1] === 'number'
				? (places[path[0]]?.[path[1]] ?? {})
				: {},
		foreign,
		...(graph.title ? { title: graph.title } : {})
	};
}
