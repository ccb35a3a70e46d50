/**
 * The baseline of the import-picture bench: a bare page that reads the files chosen in its file
 * input, parses them as a plain reader would (JSON.parse; graphology-gexf's browser parser into a
 * MultiGraph) and draws them with Cytoscape, placed at the file's positions (a preset layout), or
 * on a grid when any node has none. No checks, no time, no styling beyond labels. The times go to
 * `window.benchPicture`; the container takes the size `?w=&h=` asks for (the app's picture).
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf/browser';

type Position = { x: number; y: number };
type JsonData = {
	actors?: { id: string; names?: { en?: string }[]; position?: Position }[];
	ties?: { id: string; parties: string[] }[];
};
export interface BaselinePicture {
	chosen: number;
	/** Read and parsed into elements; Cytoscape built (elements added, laid out); drawn. */
	parsed: number;
	built: number;
	picture: number;
	layout: string;
	nodes: number;
	edges: number;
}

const isPosition = (p: Partial<Position> | undefined): p is Position =>
	Number.isFinite(p?.x) && Number.isFinite(p?.y);

/** Tieline JSON: an actor is a node; a tie of n parties is an edge for each pair of them. */
function fromJson(data: JsonData): ElementDefinition[] {
	const out: ElementDefinition[] = [];
	for (const a of data.actors ?? [])
		out.push({
			data: { id: a.id, label: a.names?.[0]?.en ?? a.id },
			...(isPosition(a.position) ? { position: { ...a.position } } : {})
		});
	for (const t of data.ties ?? [])
		t.parties.forEach((p, i) =>
			t.parties.slice(i + 1).forEach((q) => {
				out.push({ data: { id: `${t.id}#${p}-${q}`, source: p, target: q } });
			})
		);
	return out;
}

function fromGexf(text: string): ElementDefinition[] {
	const graph = parse(MultiGraph, text, { allowUndeclaredAttributes: true });
	const out: ElementDefinition[] = [];
	graph.forEachNode((id, a) =>
		out.push({
			data: { id, label: a.label ?? id },
			...(isPosition(a as Partial<Position>) ? { position: { x: a.x, y: a.y } } : {})
		})
	);
	graph.forEachEdge((id, _a, source, target) => out.push({ data: { id, source, target } }));
	return out;
}

const size = new URLSearchParams(location.search);
const container = document.getElementById('graph')!;
if (size.get('w')) container.style.width = `${size.get('w')}px`;
if (size.get('h')) container.style.height = `${size.get('h')}px`;
const input = document.getElementById('file') as HTMLInputElement;

input.addEventListener('change', async () => {
	const chosen = performance.now();
	const elements: ElementDefinition[] = [];
	for (const file of Array.from(input.files ?? [])) {
		const text = await file.text();
		if (/\.gexf$/i.test(file.name)) elements.push(...fromGexf(text));
		else elements.push(...fromJson(JSON.parse(text)));
	}
	const parsed = performance.now();
	const nodes = elements.filter((e) => !('source' in e.data));
	const layout = nodes.every((n) => n.position) ? 'preset' : 'grid';
	const cy = cytoscape({
		container,
		elements,
		layout: { name: layout },
		style: [{ selector: 'node', style: { label: 'data(label)' } }]
	});
	const built = performance.now();
	cy.one('render', () => {
		const picture: BaselinePicture = {
			chosen,
			parsed,
			built,
			picture: performance.now(),
			layout,
			nodes: nodes.length,
			edges: elements.length - nodes.length
		};
		(window as unknown as { benchPicture: BaselinePicture }).benchPicture = picture;
	});
});
