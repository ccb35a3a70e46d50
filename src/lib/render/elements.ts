import type { ElementDefinition } from 'cytoscape';
import { datasetManifest, kindToken } from '$lib/core/io/manifest.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { isDirectedTie, type Tie } from '$lib/core/schema/tie.ts';
import { positionOf } from '$lib/core/visual/layout.ts';
import { parsePairKey, tiePairKey } from '$lib/core/view/pairs.ts';
import { pairBends, soleTies } from '$lib/core/visual/pair-route.ts';

/** Cytoscape ids for the pieces of a tie: one edge, or a hub and spokes for 3+ parties. */
export function tieElementIds(tie: Tie): string[] {
	if (tie.parties.length <= 2 || isDirectedTie(tie)) return [`t:${tie.id}`];
	return [`h:${tie.id}`, ...tie.parties.map((p) => `s:${tie.id}:${p}`)];
}

/** A curve bent by a distance from the middle of the straight line (0 is straight). */
const curve = (bend: number) => ({
	'curve-style': 'unbundled-bezier',
	'control-point-distances': [bend],
	'control-point-weights': [0.5]
});

/**
 * Every actor and tie of the dataset as elements, all hidden until the first patch. `base` holds
 * the classes an element keeps whatever the view (what it is); patches add how it is shown.
 */
export function buildElements(graph: TemporalGraph): ElementDefinition[] {
	const out: ElementDefinition[] = [];
	const el = (group: 'nodes' | 'edges', data: Record<string, unknown>, base: string[], rest = {}) =>
		out.push({
			group,
			data: { ...data, base: base.join(' ') },
			classes: [...base, 'absent'].join(' '),
			...rest
		});
	graph.data.actors.forEach((actor, i) => {
		// An actor of unknown kind (relaxed data) is drawn as the plain node the stylesheet starts from.
		const kind = actor.kind ?? 'unknown-kind';
		el('nodes', { id: actor.id, label: '', kind }, ['actor', kind], {
			position: positionOf(actor, i)
		});
	});
	// A pair's one line, for every pair the data ever has two ties or more between.
	const perPair = new Map<string, number>();
	for (const tie of graph.data.ties) {
		const key = tiePairKey(tie);
		if (key) perPair.set(key, (perPair.get(key) ?? 0) + 1);
	}
	const keys = [...perPair].filter(([, n]) => n > 1).map(([key]) => key);
	// Bent round the other actors as the images are (pair-route.ts): the same curve everywhere.
	const bends = pairBends(graph.data.actors, keys);
	const sole = soleTies(graph.data.ties);
	const soleBends = pairBends(
		graph.data.actors,
		graph.data.ties.filter((t) => sole.has(t.id)).map((t) => tiePairKey(t)!)
	);
	for (const key of keys) {
		const [a, b] = parsePairKey(key)!;
		const bend = bends.get(key) ?? 0;
		el(
			'edges',
			{ id: `p:${key}`, pair: key, source: a, target: b, label: '', title: '' },
			['pairline'],
			{ style: curve(bend) }
		);
	}
	const index = new Map(graph.data.actors.map((a, i) => [a.id, i]));
	const manifest = datasetManifest(graph.data);
	for (const tie of graph.data.ties) {
		// Foreign kinds are any text: classes use the manifest's token (`x0`), never the name.
		const base = [
			'tie',
			`kind-${kindToken(manifest, tie.kind)}`,
			`conf-${tie.confidence ?? 'unknown'}`
		];
		if (tie.parties.length <= 2 || isDirectedTie(tie)) {
			// A lone tie between two actors bends round the others as the images draw it.
			const key = sole.has(tie.id) ? tiePairKey(tie) : null;
			const [x, y] = tie.parties;
			const bend = key ? (soleBends.get(key) ?? 0) * (x < y ? 1 : -1) : 0;
			el(
				'edges',
				{ id: `t:${tie.id}`, tie: tie.id, source: tie.parties[0], target: tie.parties[1] },
				base,
				bend ? { style: curve(bend) } : {}
			);
			continue;
		}
		// A multilateral agreement is one tie: draw a hub at the centre of its parties.
		const pts = tie.parties.map((p) => positionOf(graph.data.actors[index.get(p)!], index.get(p)!));
		const hub = {
			x: pts.reduce((s, p) => s + p.x, 0) / pts.length + 18,
			y: pts.reduce((s, p) => s + p.y, 0) / pts.length + 18
		};
		el('nodes', { id: `h:${tie.id}`, tie: tie.id, label: '' }, ['hub', ...base], { position: hub });
		for (const p of tie.parties)
			el('edges', { id: `s:${tie.id}:${p}`, tie: tie.id, source: `h:${tie.id}`, target: p }, [
				'spoke',
				...base
			]);
	}
	return out;
}
