import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { ReadOne } from '../raw-input.ts';
import { graphDocument, parseXml, type ReadGraph } from './graph-xml.ts';

/**
 * Reads a GraphML file with graphology's parser. Dates are read from the attributes Tieline
 * writes (signed, inForce, from, to, …, exists_from, exists_to), as written. The y coordinate
 * grows upward (north), as Tieline's export writes it and as other GraphML readers take it.
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
			issues: [{ file, path: '(graphml)', message: `GraphML: ${(e as Error).message}` }]
		};
	}
	const nodeElements = new Map(
		Array.from(xml.doc.getElementsByTagName('node')).map((e) => [e.getAttribute('id') ?? '', e])
	);
	const edgeElements = Array.from(xml.doc.getElementsByTagName('edge'));
	const read: ReadGraph = {
		nodes: graph.mapNodes((key, attributes) => ({
			key,
			attributes,
			element: nodeElements.get(key)
		})),
		edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
			key,
			source,
			target,
			attributes,
			directed: !undirected
		})),
		yUp: true
	};
	read.edges.forEach((e, i) => {
		e.element = edgeElements[i];
		// An edge without an id gets graphology's generated key, which differs from run to run.
		if (!e.element?.getAttribute('id')) e.key = `e${i}`;
	});
	return { ok: true, raw: graphDocument(file, read) };
}
