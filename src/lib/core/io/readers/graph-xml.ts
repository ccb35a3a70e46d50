import type { Attributes } from 'graphology-types';
import type { Place } from '../limits.ts';
import type { ForeignItem, RawDocument } from '../raw-input.ts';
import { placeOf, type XmlElement } from './xml-parse.ts';

/** Attributes of a foreign file that no field takes, kept as they were (dated where they are). */
export type Extra = Record<string, unknown>;

/** A graph as read by graphology, with each node's and edge's element for places and spells. */
export interface ReadGraph {
	nodes: {
		key: string;
		attributes: Attributes;
		element?: XmlElement;
		place?: Place;
		extra?: Extra;
		/** Names over time (a GEXF label that changes), replacing the one name. */
		names?: Record<string, string | undefined>[];
	}[];
	edges: {
		key: string;
		source: string;
		target: string;
		attributes: Attributes;
		element?: XmlElement;
		place?: Place;
		extra?: Extra;
		/** Lifecycle fields read from a status over time, under the ones written as attributes. */
		lifecycle?: Record<string, unknown>;
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

/**
 * The suspensions in Tieline's `status_timeline` ("signed 1961-07-06..1961-09-09; suspended
 * 2019-11-23..2020-11-22; …"), so a suspended status survives a round trip through GEXF, GraphML
 * or CSV. Whole days, as the timeline writes them.
 */
function suspensions(timeline: string | undefined) {
	const found = [
		...(timeline ?? '').matchAll(/suspended (\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?/g)
	]
		.filter((m) => m[1])
		.map((m) => clean({ from: m[1], to: m[2] }));
	return found.length > 0 ? found : undefined;
}

/** Tieline's `names` column: the names over time as JSON; anything else is left to the schema. */
function namesOverTime(json: string | undefined): unknown[] | undefined {
	if (json === undefined) return undefined;
	try {
		const names = JSON.parse(json);
		return Array.isArray(names) ? names : [names];
	} catch {
		return [json];
	}
}

/**
 * Splits a foreign file's attributes into those graphDocument reads and the rest, kept as
 * `attributes`. Columns Tieline's own exports compute (status, *_day, …) are dropped when the file
 * is one of them, and kept otherwise: in someone else's file a `status` is data.
 */
export function foreignAttributes(
	attributes: Attributes,
	read: ReadonlySet<string>,
	tielineMade: boolean
): Extra {
	const extra: Extra = {};
	for (const [name, value] of Object.entries(attributes)) {
		if (read.has(name) || value === undefined || value === null || value === '') continue;
		if (tielineMade && TIELINE_DERIVED.test(name)) continue;
		extra[name] = value;
	}
	return extra;
}
const TIELINE_DERIVED = /^(status|status_timeline|directed|citations|no_source|start|end|z)$|_day$/;

/** Attribute names graphDocument reads, per class (and the positions graphology reads). */
export const NODE_READ = new Set([
	'label',
	'names',
	'kind',
	'name_en',
	'name_ja',
	'cow',
	'lat',
	'lon',
	'x',
	'y',
	'exists_from',
	'exists_to',
	'description_en',
	'description_ja',
	'sources'
]);
export const EDGE_READ = new Set([
	'tie',
	'label',
	'kind',
	'parties',
	'title_en',
	'title_ja',
	'confidence',
	'signed',
	'inForce',
	'ended',
	'ended_how',
	'from',
	'to',
	'asOf',
	'sources',
	'directed'
]);

/** Drops undefined fields, so a missing attribute reads as a missing field. */
function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
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
	// What the file says beyond Tieline's fields goes beside the data, not into it: the relaxed
	// profile keeps it as attributes, the strict profile knows no such fields.
	const foreign = { actors: [] as ForeignItem[], ties: [] as ForeignItem[] };
	for (const { key, attributes: a, element, place, extra, names } of graph.nodes) {
		const span = graph.extent?.(element) ?? {};
		const x = num(a.x);
		const y = num(a.y);
		const lat = num(a.lat);
		const lon = num(a.lon);
		actors.push(
			clean({
				id: key,
				kind: text(a.kind),
				names: names ??
					namesOverTime(text(a.names)) ?? [
						clean({ en: text(a.name_en) ?? text(a.label) ?? key, ja: text(a.name_ja) })
					],
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
		foreign.actors.push(foreignItem(extra ?? {}, a));
	}
	const ties: Record<string, unknown>[] = [];
	const tiePlaces: Place[] = [];
	const byId = new Map<string, Record<string, unknown>>();
	for (const {
		key,
		source,
		target,
		attributes: a,
		element,
		place,
		extra,
		lifecycle: l = {},
		directed
	} of graph.edges) {
		const id = text(a.tie) ?? key;
		if (byId.has(id)) continue;
		const span = graph.extent?.(element) ?? {};
		const ended = text(a.ended) ?? text(l.ended);
		const signed = text(a.signed) ?? text(l.signed);
		const tie = clean({
			id,
			kind: text(a.kind),
			parties: list(a.parties) ?? [source, target],
			title: texts(text(a.title_en) ?? text(a.label), text(a.title_ja)),
			confidence: text(a.confidence),
			signed,
			inForce: text(a.inForce) ?? text(l.inForce),
			suspended: suspensions(text(a.status_timeline)) ?? l.suspended,
			ended: ended
				? clean({ date: ended, how: text(a.ended_how) ?? text(l.ended_how) })
				: undefined,
			from: text(a.from) ?? text(l.from) ?? (signed ? undefined : span.from),
			to: text(a.to) ?? text(l.to) ?? (signed ? undefined : span.to),
			asOf: text(a.asOf),
			sources: list(a.sources)
		});
		byId.set(id, tie);
		ties.push(tie);
		tiePlaces.push(place ?? placeOf(element));
		foreign.ties.push(foreignItem(extra ?? {}, a, directed));
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

/**
 * What a file says of an item beyond Tieline's fields: its other attributes (texts, numbers and
 * true/false, as read) and, for an edge, whether it is drawn directed. Tieline writes each
 * undirected tie as two arcs marked directed=false: the mark wins over the file's arrow.
 */
function foreignItem(extra: Extra, attributes: Attributes, directed?: boolean): ForeignItem {
	const kept = Object.entries(extra).filter(
		([, v]) => ['string', 'number', 'boolean'].includes(typeof v) && v !== ''
	);
	const item: ForeignItem = {};
	if (kept.length > 0) item.attributes = Object.fromEntries(kept) as ForeignItem['attributes'];
	const said = String(attributes.directed ?? '').toLowerCase();
	if (said === 'true' || said === 'false') item.directed = said === 'true';
	else if (directed !== undefined) item.directed = directed;
	return item;
}
