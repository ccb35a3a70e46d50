import { describe, expect, it } from 'vitest';
import {
	buildElements,
	edgeBender,
	elementSteps,
	nodePositions
} from '../../src/lib/render/elements.ts';
import { pairBends, soleTies } from '../../src/lib/core/visual/pair-route.ts';
import { tiePairKey } from '../../src/lib/core/view/pairs.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { LAYOUTS } from '../../src/lib/core/view/view-spec.ts';
import { bundledGraph } from '../support/browser.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

/**
 * Every bent edge's bend as the screen drew it before lines were routed as first drawn: all
 * pairs of the data routed at once (pairBends), a lone tie's bend signed by its own direction.
 */
function allAtOnce(graph: TemporalGraph, at: ReadonlyMap<string, { x: number; y: number }>) {
	const perPair = new Map<string, number>();
	for (const tie of graph.data.ties) {
		const key = tiePairKey(tie);
		if (key) perPair.set(key, (perPair.get(key) ?? 0) + 1);
	}
	const pairs = [...perPair].filter(([, n]) => n > 1).map(([k]) => k);
	const sole = graph.data.ties.filter((t) => soleTies(graph.data.ties).has(t.id));
	const bends = pairBends(graph.data.actors, [...pairs, ...sole.map((t) => tiePairKey(t)!)], at);
	const out = new Map<string, number>();
	for (const key of pairs) out.set(`p:${key}`, bends.get(key) ?? 0);
	for (const t of sole)
		out.set(`t:${t.id}`, (bends.get(tiePairKey(t)!) ?? 0) * (t.parties[0] < t.parties[1] ? 1 : -1));
	return out;
}

describe('bent lines, routed as they are first drawn', () => {
	const graphs = [
		['the bundled data', bundledGraph()],
		['a synthetic set (300 actors, 2,000 ties)', new TemporalGraph(validSynthetic(300, 2000, 5))]
	] as const;

	for (const [name, graph] of graphs)
		it(`bends each line of ${name} as routing every pair at once did, on both layouts`, () => {
			for (const layout of LAYOUTS) {
				const at = nodePositions(graph, layout);
				const expected = allAtOnce(graph, at);
				// Elements carry no bend yet, and exactly the bent ones carry the field.
				const bent = buildElements(graph, layout).filter((e) => 'bend' in e.data);
				expect(bent.map((e) => e.data.id).sort()).toEqual([...expected.keys()].sort());
				expect(bent.every((e) => e.data.bend === null)).toBe(true);
				// Asked one at a time, last first, each line bends as before; asked again, the same.
				const bend = edgeBender(graph, at);
				const ids = [...expected.keys()].reverse();
				expect(new Map(ids.map((id) => [id, bend(id)]))).toEqual(
					new Map(ids.map((id) => [id, expected.get(id)]))
				);
				expect(ids.map(bend)).toEqual(ids.map((id) => expected.get(id)));
				// Some lines do bend, in both directions: a check that could see a lost sign.
				expect([...expected.values()].some((d) => d > 0)).toBe(true);
				expect([...expected.values()].some((d) => d < 0)).toBe(true);
			}
		});
});

describe('stacking order (z)', () => {
	const graph = new TemporalGraph(validSynthetic(300, 2000, 5));
	const els = buildElements(graph);
	const z = (id: string) => els.find((e) => e.data.id === id)!.data.z as number;

	it('gives every element its own z, every pair line above every single tie', () => {
		const all = els.map((e) => e.data.z as number);
		expect(new Set(all).size).toBe(els.length);
		const pairs = els.filter((e) => e.data.pair).map((e) => e.data.z as number);
		const lines = els.filter((e) => e.group === 'edges' && !e.data.pair);
		expect(pairs.length).toBeGreaterThan(0);
		expect(Math.min(...pairs)).toBeGreaterThan(Math.max(...lines.map((e) => e.data.z as number)));
	});

	it('stacks a tie that begins later above one that begins earlier, the same on every build', () => {
		const ties = graph.data.ties.filter((t) => t.parties.length === 2);
		const start = (id: string) => graph.extentOf(id)!.start;
		const sorted = [...ties].sort((a, b) => start(a.id) - start(b.id));
		const first = sorted[0];
		const last = sorted[sorted.length - 1];
		expect(start(first.id)).toBeLessThan(start(last.id));
		expect(z(`t:${first.id}`)).toBeLessThan(z(`t:${last.id}`));
		for (let i = 1; i < sorted.length; i++) {
			const [a, b] = [sorted[i - 1], sorted[i]];
			if (start(a.id) < start(b.id)) expect(z(`t:${a.id}`)).toBeLessThan(z(`t:${b.id}`));
		}
		const again = buildElements(graph);
		expect(again.map((e) => e.data.z)).toEqual(els.map((e) => e.data.z));
	});
});

describe('the elements built in steps (elementSteps)', () => {
	it('pauses between its steps, often on large data, and builds what buildElements does', () => {
		const count = (graph: TemporalGraph) => {
			const steps = elementSteps(graph);
			let pauses = 0;
			for (;;) {
				const step = steps.next();
				if (step.done) return { pauses, elements: step.value };
				pauses++;
			}
		};
		const small = bundledGraph();
		expect(count(small).elements).toEqual(buildElements(small));
		const large = new TemporalGraph(validSynthetic(200, 5000));
		const { pauses, elements } = count(large);
		expect(elements).toEqual(buildElements(large));
		// Two reads of the ties, each pausing every 512, and the pauses between the other steps.
		expect(pauses).toBeGreaterThanOrEqual(2 * Math.floor(5000 / 512) + 5);
	});
});
