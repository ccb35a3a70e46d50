import type { ElementDefinition } from 'cytoscape';
import { datasetManifest, kindToken } from '$lib/core/io/manifest.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { isDirectedTie, type Tie } from '$lib/core/schema/tie.ts';
import { actorPlaces } from '$lib/core/visual/layout.ts';
import type { Layout } from '$lib/core/view/view-spec.ts';
import { pairCounts, parsePairKey, tiePairKey } from '$lib/core/view/pairs.ts';
import { pairRouter } from '$lib/core/visual/pair-route.ts';
import { runAll } from '$lib/core/slices.ts';

/** Cytoscape ids for the pieces of a tie: one edge, or a hub and spokes for 3+ parties. */
export function tieElementIds(tie: Tie): string[] {
	if (tie.parties.length <= 2 || isDirectedTie(tie)) return [`t:${tie.id}`];
	return [`h:${tie.id}`, ...tie.parties.map((p) => `s:${tie.id}:${p}`)];
}

/** A pair's one line is stacked above every single tie (a click in a bundle finds the pair). */
export const PAIR_LAYER = 1_000_000;
/** Above everything: the tie being read. */
export const TOP_LAYER = 2 * PAIR_LAYER;

/**
 * Every actor and tie of the dataset as elements, all hidden until the first patch. `base` holds
 * the classes an element keeps whatever the view (what it is); patches add how it is shown.
 * `z` stacks each element by the data (`stackByFirstDay`), not by when the renderer first gave
 * it to Cytoscape: a date opened and a date stepped to draw overlapping lines in the same order.
 */
export function buildElements(
	graph: TemporalGraph,
	layout: Layout = 'schematic'
): ElementDefinition[] {
	return runAll(elementSteps(graph, layout));
}

/** How many actors or ties `elementSteps` reads between two pauses. */
const PER_STEP = 512;

/**
 * `buildElements` as steps, pausing (`yield`) between them, so a large dataset's elements can
 * be built in slices, the page answering input between them (at 50,000 ties, all at once took
 * a task of 0.25 s).
 */
export function* elementSteps(
	graph: TemporalGraph,
	layout: Layout = 'schematic',
	at: ReadonlyMap<string, Point> = nodePositions(graph, layout)
): Generator<void, ElementDefinition[], void> {
	const out: ElementDefinition[] = [];
	const el = (group: 'nodes' | 'edges', data: Record<string, unknown>, base: string[], rest = {}) =>
		out.push({
			group,
			data: { ...data, base: base.join(' ') },
			classes: [...base, 'absent'].join(' '),
			...rest
		});
	for (const actor of graph.data.actors) {
		// An actor of unknown kind (relaxed data) is drawn as the plain node the stylesheet starts from.
		const kind = actor.kind ?? 'unknown-kind';
		el('nodes', { id: actor.id, label: '', kind }, ['actor', kind], {
			position: at.get(actor.id)
		});
	}
	yield;
	// Each tie's pair, worked out once for what follows, and how many ties each pair has.
	const { pairOf, perPair } = yield* pairCounts(graph.data.ties, PER_STEP);
	yield;
	// A pair's one line, for every pair the data ever has two ties or more between.
	for (const [key, ties] of perPair) {
		if (ties < 2) continue;
		const [a, b] = parsePairKey(key)!;
		el(
			'edges',
			{
				id: `p:${key}`,
				pair: key,
				source: a,
				target: b,
				label: '',
				title: '',
				bend: null,
				bx: 0,
				by: 0
			},
			['pairline']
		);
	}
	yield;
	const manifest = datasetManifest(graph.data);
	let read = 0;
	for (const tie of graph.data.ties) {
		const pair = pairOf[read];
		if (++read % PER_STEP === 0) yield;
		// Foreign kinds are any text: classes use the manifest's token (`x0`), never the name.
		const base = [
			'tie',
			`kind-${kindToken(manifest, tie.kind)}`,
			`conf-${tie.confidence ?? 'unknown'}`
		];
		if (tie.parties.length <= 2 || isDirectedTie(tie)) {
			// A tie alone between its two actors in the whole data (`soleTies`) bends round the
			// others as the images draw it; its bend is routed as it is first drawn (`edgeBender`).
			const bent = pair !== null && perPair.get(pair) === 1;
			el(
				'edges',
				{
					id: `t:${tie.id}`,
					tie: tie.id,
					source: tie.parties[0],
					target: tie.parties[1],
					...(bent ? { bend: null } : {})
				},
				base
			);
			continue;
		}
		el('nodes', { id: `h:${tie.id}`, tie: tie.id, label: '' }, ['hub', ...base], {
			position: at.get(`h:${tie.id}`)
		});
		for (const p of tie.parties)
			el('edges', { id: `s:${tie.id}:${p}`, tie: tie.id, source: `h:${tie.id}`, target: p }, [
				'spoke',
				...base
			]);
	}
	yield* stackByFirstDay(graph, out, pairOf);
	return out;
}

/**
 * Gives every element its `z`: its rank by the first day it can be drawn (a tie's first day; a
 * pair's line and an actor, the first day of their earliest tie), then by its place in the data;
 * a pair's line above every single tie. Time mostly draws lines in this order, so Cytoscape's
 * own list, which holds them in the order they were first drawn, is already nearly in stacking
 * order: it sorts that list (by `z`) every time what is shown changes, and a list in data order
 * instead cost it ~1.5 s a step at 50,000 ties once most had been drawn. `pairOf` is each tie's
 * pair (`tiePairKey`), in the data's order.
 */
function* stackByFirstDay(
	graph: TemporalGraph,
	out: ElementDefinition[],
	pairOf: readonly (string | null)[]
): Generator<void> {
	const tieStart = (id: string) => graph.extentOf(id)?.start ?? Infinity;
	const firstOf = new Map<string, number>();
	const earliest = (key: string, day: number) => {
		if (day < (firstOf.get(key) ?? Infinity)) firstOf.set(key, day);
	};
	let read = 0;
	for (const tie of graph.data.ties) {
		const key = pairOf[read];
		if (++read % PER_STEP === 0) yield;
		const day = tieStart(tie.id);
		for (const p of tie.parties) earliest(p, day);
		if (key) earliest(`p:${key}`, day);
	}
	yield;
	const since = out.map((def) => {
		const d = def.data;
		if (d.tie) return tieStart(d.tie as string);
		return firstOf.get(d.id as string) ?? Infinity;
	});
	yield;
	const order = out.map((_, i) => i).sort((a, b) => since[a] - since[b] || a - b);
	yield;
	order.forEach((i, rank) => {
		out[i].data.z = out[i].data.pair ? PAIR_LAYER + rank : rank;
	});
}

/**
 * How far a bent edge curves in a layout, by element id (`p:` a pair's one line, `t:` a tie alone
 * between its two actors), bent round the other actors as the images are (pair-route.ts). A
 * pair's bend is along the normal of its sorted key; a tie's follows its own source and target.
 * Each edge is routed when first asked for and remembered: a picture routes the lines it draws,
 * not every pair the data ever has (at 10,000 ties, routing them all took 0.3-0.5 s of the first
 * picture).
 */
export function edgeBender(
	graph: TemporalGraph,
	at: ReadonlyMap<string, Point>
): (id: string) => number {
	const route = pairRouter(graph.data.actors, at);
	const known = new Map<string, number>();
	const bendOf = (id: string): number => {
		if (id.startsWith('p:')) return route(id.slice(2)) ?? 0;
		const tie = id.startsWith('t:') ? graph.tiesById.get(id.slice(2)) : undefined;
		const key = tie && tiePairKey(tie);
		if (!key) return 0;
		const [x, y] = tie.parties;
		return (route(key) ?? 0) * (x < y ? 1 : -1);
	};
	return (id) => {
		let bend = known.get(id);
		if (bend === undefined) known.set(id, (bend = bendOf(id)));
		return bend;
	};
}

/**
 * Where every node sits in a layout: actors at their places, and the hub of a multilateral
 * agreement (one tie) at the centre of its parties.
 */
export function nodePositions(graph: TemporalGraph, layout: Layout): Map<string, Point> {
	const { positions } = actorPlaces(graph.data.actors, layout);
	const out = new Map<string, Point>(positions);
	for (const tie of graph.data.ties) {
		if (tie.parties.length <= 2 || isDirectedTie(tie)) continue;
		const pts = tie.parties.map((p) => positions.get(p)!);
		out.set(`h:${tie.id}`, {
			x: pts.reduce((s, p) => s + p.x, 0) / pts.length + 18,
			y: pts.reduce((s, p) => s + p.y, 0) / pts.length + 18
		});
	}
	return out;
}

type Point = { x: number; y: number };
