import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import type { ReadOne } from '../raw-input.ts';
import { graphDocument, parseXml, type ReadGraph, type XmlElement } from './graph-xml.ts';

/** An element's extent as written: its spells (GEXF 1.2 and 1.3) or its start/end attributes. */
function extent(element: XmlElement | undefined): { from?: string; to?: string } {
	if (!element) return {};
	const spells = Array.from(element.getElementsByTagName('spell'));
	const own = (name: string) => element.getAttribute(name) || undefined;
	const starts = spells.map((s) => s.getAttribute('start') || s.getAttribute('startopen'));
	const ends = spells.map((s) => s.getAttribute('end') || s.getAttribute('endopen'));
	// Spells are read as one lifespan: from the first start to the last end (open if any is).
	const from = spells.length
		? starts.includes(null) || starts.includes('')
			? undefined
			: starts.sort()[0]!
		: own('start');
	const to = spells.length
		? ends.includes(null) || ends.includes('')
			? undefined
			: ends.sort().at(-1)!
		: own('end');
	return { from: from ?? undefined, to: to ?? undefined };
}

/** Reads a GEXF 1.2 or 1.3 file with graphology's parser; spells become lifespans. */
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
			issues: [{ file, path: '(gexf)', message: `GEXF: ${(e as Error).message}` }]
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
		yUp: true,
		extent,
		title: xml.doc.getElementsByTagName('title')[0]?.textContent?.trim() || undefined
	};
	// graphology adds edges in file order, so the n-th edge is the n-th <edge> element.
	read.edges.forEach((e, i) => {
		e.element = edgeElements[i];
		// An edge without an id gets graphology's generated key, which differs from run to run.
		if (!e.element?.getAttribute('id')) e.key = `e${i}`;
	});
	return { ok: true, raw: graphDocument(file, read) };
}
