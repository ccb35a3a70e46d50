import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { ReadOne } from '../raw-input.ts';
import {
	EDGE_READ,
	NODE_READ,
	foreignAttributes,
	graphDocument,
	type Extra,
	type ReadGraph
} from './graph-xml.ts';
import { parseXml, parserIssue, type XmlElement } from './xml-parse.ts';
import {
	STATUS_NAMES,
	datedValues,
	declaredAttributes,
	spellBounds,
	statusLifecycle,
	type DatedValue,
	type Declared
} from './gexf-dynamic.ts';

/** An element's extent as written: its spells (GEXF 1.2 and 1.3) or its start/end attributes. */
function extent(element: XmlElement | undefined): { from?: string; to?: string } {
	if (!element) return {};
	const spells = Array.from(element.getElementsByTagName('spell')).map(spellBounds);
	if (spells.length === 0) return spellBounds(element);
	// Spells are read as one lifespan: from the first start to the last end (open if any is).
	const starts = spells.map((s) => s.from);
	const ends = spells.map((s) => s.to);
	return {
		from: starts.includes(undefined) ? undefined : (starts as string[]).sort()[0],
		to: ends.includes(undefined) ? undefined : (ends as string[]).sort().at(-1)
	};
}

const NAME_NAMES = ['label', 'name_en', 'name'];
const KIND_NAMES = ['kind', 'type'];

/**
 * Reads a GEXF 1.2 or 1.3 file with graphology's parser. Spells become lifespans; dynamic
 * attribute values (`<attvalue start=… end=…>`) are read from the XML, since graphology keeps one
 * value: a node's label over time becomes its names over time, an edge's status over time its
 * lifecycle (signed, in force, suspended, ended), a kind over time its latest kind; every other
 * dynamic attribute, and every attribute no field takes, is kept in `attributes` (dated values
 * as one text, see `withDated`).
 */
export function readGexf(file: string, text: string): ReadOne {
	const xml = parseXml(file, text);
	if (!xml.ok) return { ok: false, reason: 'problem', issues: [xml.issue] };
	let graph: MultiGraph;
	try {
		graph = parse(MultiGraph, xml.doc as unknown as Document, { allowUndeclaredAttributes: true });
	} catch (e) {
		return {
			ok: false,
			reason: 'problem',
			issues: [parserIssue(file, 'GEXF', xml.doc, e as Error)]
		};
	}
	const declared = declaredAttributes(xml.doc);
	const titles = [...declared.node.values(), ...declared.edge.values()].map((d) => d.title);
	const tielineMade = titles.includes('status_timeline');
	const notes = new Map<string, number>();
	const note = (text: string) => notes.set(text, (notes.get(text) ?? 0) + 1);
	const kept = new Set<string>();
	const keep = (extra: Extra) => Object.keys(extra).forEach((k) => kept.add(k));

	const nodeElements = new Map(
		Array.from(xml.doc.getElementsByTagName('node')).map((e) => [e.getAttribute('id') ?? '', e])
	);
	const edgeElements = Array.from(xml.doc.getElementsByTagName('edge'));
	const read: ReadGraph = {
		nodes: graph.mapNodes((key, attributes) => {
			const element = nodeElements.get(key);
			const dynamic = datedValues(element, declared.node);
			const nameKey = NAME_NAMES.find((n) => dynamic.has(n));
			const names = nameKey
				? dynamic.get(nameKey)!.map((v) => clean({ en: String(v.value), from: v.from, to: v.to }))
				: undefined;
			if (nameKey) note('a name over time read as dated names');
			const extra = withDated(
				foreignAttributes(omit(attributes, dynamic, declared.node), NODE_READ, tielineMade),
				dynamic,
				nameKey ? [nameKey] : []
			);
			keep(extra);
			return { key, attributes, element, extra, names };
		}),
		edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
			key,
			source,
			target,
			attributes,
			directed: !undirected
		})),
		yUp: true,
		extent,
		title: xml.doc.getElementsByTagName('title')[0]?.textContent?.trim() || undefined
	};
	// graphology adds edges in file order, so the n-th edge is the n-th <edge> element.
	read.edges.forEach((e, i) => {
		e.element = edgeElements[i];
		// An edge without an id gets graphology's generated key, which differs from run to run.
		if (!e.element?.getAttribute('id')) e.key = `e${i}`;
		const dynamic = datedValues(e.element, declared.edge);
		const used: string[] = [];
		const kindKey = KIND_NAMES.find((n) => dynamic.has(n));
		if (kindKey) {
			e.attributes = { ...e.attributes, kind: dynamic.get(kindKey)!.at(-1)!.value };
			note('a kind over time: the latest kind kept, every kind in attributes');
		}
		const statusKey = [...dynamic.keys()].find((n) => STATUS_NAMES.has(n.toLowerCase()));
		const lifecycle = statusKey
			? statusLifecycle(dynamic.get(statusKey)!, String(e.attributes.kind ?? ''))
			: undefined;
		if (lifecycle) {
			e.lifecycle = lifecycle;
			used.push(statusKey!);
			note(`"${statusKey}" over time read as lifecycle dates`);
		}
		e.extra = withDated(
			foreignAttributes(omit(e.attributes, dynamic, declared.edge), EDGE_READ, tielineMade),
			dynamic,
			used
		);
		keep(e.extra);
	});
	const raw = graphDocument(file, read);
	raw.summary = {
		format: 'gexf',
		kept: [...kept],
		notes: [...notes].map(([text, n]) => `${text} (${n}×)`)
	};
	return { ok: true, raw };
}

/**
 * Attributes without the dynamic ones: graphology keeps one of their values as if static, under
 * the title or, for an attribute declared dynamic, under its id.
 */
function omit(attributes: Extra, dynamic: Map<string, DatedValue[]>, declared: Declared): Extra {
	const isDynamic = (k: string) => dynamic.has(k) || dynamic.has(declared.get(k)?.title ?? '');
	return Object.fromEntries(Object.entries(attributes).filter(([k]) => !isDynamic(k)));
}

/**
 * The kept attributes plus every dynamic one not read into a field, as dated values in one text
 * ("3 2023-09-01..2023-12-31; 5 2024-01-01..", open ends blank, like Tieline's status_timeline),
 * so an attribute stays a text that any view or export can show.
 */
function withDated(extra: Extra, dynamic: Map<string, DatedValue[]>, used: string[]): Extra {
	for (const [name, values] of dynamic)
		if (!used.includes(name))
			extra[name] = values.map((v) => `${v.value} ${v.from ?? ''}..${v.to ?? ''}`).join('; ');
	return extra;
}

function clean<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
