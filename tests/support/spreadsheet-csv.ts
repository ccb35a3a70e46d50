import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Gephi Lite's sample, shared beside the project (tests/fixtures/foreign/README.md).
export const LES_MISERABLES = '../shared/fixtures/les-miserables.gexf';

/**
 * Writes the Les Misérables graph as a nodes table and an edge list saved from a spreadsheet such
 * as Excel for the Mac: Gephi-style headers, CR-only line ends, no byte-order mark, no line end
 * after the last row. Rows keep the GEXF's order; an edge without a weight has GEXF's
 * default weight, 1. Returns the paths of the two files.
 */
export function spreadsheetCsv(dir: string): { nodes: string; edges: string } {
	const text = readFileSync(LES_MISERABLES, 'utf8');
	const doc = new DOMParser().parseFromString(text, 'text/xml');
	const graph = parse(MultiGraph, doc as unknown as Document);
	const nodes = [['Id', 'Label']];
	graph.forEachNode((id, a) => nodes.push([id, String(a.label)]));
	const edges = [['Source', 'Target', 'Type', 'weight', 'cooccurrence']];
	graph.forEachEdge((_, a, source, target) =>
		edges.push([source, target, 'Undirected', String(a.weight ?? 1), String(a.cooccurrence)])
	);
	const paths = { nodes: join(dir, 'lesmis-nodes.csv'), edges: join(dir, 'lesmis-edges.csv') };
	writeFileSync(paths.nodes, table(nodes));
	writeFileSync(paths.edges, table(edges));
	return paths;
}

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const table = (rows: string[][]) => rows.map((row) => row.map(cell).join(',')).join('\r');
