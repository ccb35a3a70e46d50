import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { ReadOne } from '../raw-input.ts';
import {
	EDGE_READ,
	NODE_READ,
	foreignAttributes,
	graphDocument,
	type ReadGraph
} from './graph-xml.ts';
import { parseXml, parserIssue } from './xml-parse.ts';

/**
 * Reads a GraphML file with graphology's parser. Dates are read from the attributes Tieline
 * writes (signed, inForce, from, to, …, exists_from, exists_to), as written. The y coordinate
 * grows upward (north), as Tieline's export writes it and as other GraphML readers take it.
 * Attributes no field takes are kept in `attributes`.
 */
export function readGraphml(file: string, text: string): ReadOne {
	const xml = parseXml(file, text);
	if (!xml.ok) return { ok: false, reason: 'problem', issues: [xml.issue] };
	let graph: MultiGraph;
	try {
		graph = parse(MultiGraph, xml.doc as unknown as Document);
	} catch (e) {
		return {
			ok: false,
			reason: 'problem',
			issues: [parserIssue(file, 'GraphML', xml.doc, e as Error)]
		};
	}
	const nodeElements = new Map(
		Array.from(xml.doc.getElementsByTagName('node')).map((e) => [e.getAttribute('id') ?? '', e])
	);
	const edgeElements = Array.from(xml.doc.getElementsByTagName('edge'));
	const keys = Array.from(xml.doc.getElementsByTagName('key'));
	const tielineMade = keys.some((k) => k.getAttribute('attr.name') === 'status_timeline');
	const kept = new Set<string>();
	const extra = (attributes: Record<string, unknown>, read: ReadonlySet<string>) => {
		const out = foreignAttributes(attributes, read, tielineMade);
		Object.keys(out).forEach((k) => kept.add(k));
		return out;
	};
	const read: ReadGraph = {
		nodes: graph.mapNodes((key, attributes) => ({
			key,
			attributes,
			element: nodeElements.get(key),
			extra: extra(attributes, NODE_READ)
		})),
		edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
			key,
			source,
			target,
			attributes,
			extra: extra(attributes, EDGE_READ),
			directed: !undirected
		})),
		yUp: true
	};
	read.edges.forEach((e, i) => {
		e.element = edgeElements[i];
		// An edge without an id gets graphology's generated key, which differs from run to run.
		if (!e.element?.getAttribute('id')) e.key = `e${i}`;
	});
	const raw = graphDocument(file, read);
	raw.summary = { format: 'graphml', kept: [...kept], notes: [] };
	return { ok: true, raw };
}
