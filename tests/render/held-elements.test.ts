import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/lib/render/elements.ts';
import { byId, drawnBy, HeldElements } from '../../src/lib/render/held-elements.ts';
import { isDirectedTie } from '../../src/lib/core/schema/tie.ts';
import type { DisplayPatch } from '../../src/lib/core/view/display.ts';
import { bundledGraph } from '../support/browser.ts';

const graph = bundledGraph();
const place = (id: string) => ({ x: id.length * 10, y: 5 });
const fresh = () => {
	const cy = cytoscape({ headless: true, styleEnabled: false });
	return { cy, held: new HeldElements(cy, graph) };
};
const tie = (id: string, classes = 'tie'): DisplayPatch => ({ kind: 'tie', id, classes });
const multi = graph.data.ties.find((t) => t.parties.length > 2 && !isDirectedTie(t))!;
const single = graph.data.ties.find((t) => t.parties.length === 2)!;

describe('what Cytoscape holds of the data (HeldElements)', () => {
	it('holds nothing until a patch draws something, and knows every element the data can draw', () => {
		const { cy, held } = fresh();
		expect(cy.elements().length).toBe(0);
		expect(held.counts).toEqual({ all: buildElements(graph).length, held: 0 });
	});

	it('tells a drawing patch from a hiding one', () => {
		expect(drawnBy(tie(single.id, 'tie faint'))).toBe(true);
		expect(drawnBy(tie(single.id, 'tie in-pair'))).toBe(true);
		expect(drawnBy(tie(single.id, 'tie absent'))).toBe(false);
		expect(drawnBy(tie(single.id, 'tie filtered'))).toBe(false);
	});

	it('adds a tie with the actors its line joins, where the layout places them, once', () => {
		const { cy, held } = fresh();
		held.addMissing([tie(single.id)], place);
		const [a, b] = single.parties;
		expect(cy.getElementById(`t:${single.id}`).nonempty()).toBe(true);
		expect(cy.getElementById(a).position()).toEqual(place(a));
		expect(cy.getElementById(b).position()).toEqual(place(b));
		expect(cy.elements().length).toBe(3);
		held.addMissing([tie(single.id)], place);
		expect(cy.elements().length).toBe(3);
		expect(held.counts.held).toBe(3);
	});

	it('adds a tie of many parties as its hub and every spoke, and finds them all again', () => {
		const { cy, held } = fresh();
		expect(held.idsOf(tie(multi.id))).toEqual([
			`h:${multi.id}`,
			...multi.parties.map((p) => `s:${multi.id}:${p}`)
		]);
		held.addMissing([tie(multi.id)], place);
		expect(held.elementsOf(tie(multi.id)).length).toBe(1 + multi.parties.length);
		for (const p of multi.parties) expect(cy.getElementById(p).nonempty()).toBe(true);
	});

	it('gives Cytoscape each batch in stacking order, nodes first', () => {
		const { cy, held } = fresh();
		// The data's ties backwards: the order given is not the order added.
		held.addMissing(
			[...graph.data.ties].reverse().map((t) => tie(t.id)),
			place
		);
		const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
		const nodes = cy.nodes().map((e) => e.data('z') as number);
		const edges = cy.edges().map((e) => e.data('z') as number);
		expect(nodes).toEqual(sorted(nodes));
		expect(edges).toEqual(sorted(edges));
		expect(cy.elements()[0].isNode()).toBe(true);
	});

	it('can give a large picture in parts, in the same order as at once', () => {
		const all = [...graph.data.ties].reverse().map((t) => tie(t.id));
		const once = fresh();
		once.held.addMissing(all, place);
		const parts = fresh();
		const defs = parts.held.missing(all, place);
		// Counted as held from the start, given to Cytoscape as each part is added.
		expect(parts.held.counts.held).toBe(once.held.counts.held);
		expect(parts.cy.elements().length).toBe(0);
		for (let from = 0; from < defs.length; from += 7) parts.held.add(defs.slice(from, from + 7));
		expect(parts.cy.elements().map((e) => e.id())).toEqual(once.cy.elements().map((e) => e.id()));
		expect(parts.held.missing(all, place)).toEqual([]);
	});

	it('finds what a large picture needs with pauses, as at once', () => {
		// Over 4,096 patches: the bundled data's ties, many times over.
		const patches = Array.from({ length: 120 }, () => graph.data.ties.map((t) => tie(t.id))).flat();
		expect(patches.length).toBeGreaterThan(8192);
		const once = fresh().held.missing(patches, place);
		const steps = fresh().held.missingSteps(patches, place);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		expect(pauses).toBeGreaterThanOrEqual(4);
		expect(step.value).toEqual(once);
		expect(once.length).toBeGreaterThan(graph.data.ties.length);
	});

	it('keeps the words of a hidden element it does not hold for when it is first drawn', () => {
		const { cy, held } = fresh();
		const hidden = { ...tie(single.id, 'tie absent'), label: 'kept', title: 'kept title' };
		expect(held.keepAside(hidden)).toBe(true);
		expect(cy.elements().length).toBe(0);
		held.addMissing([tie(single.id)], place);
		expect(cy.getElementById(`t:${single.id}`).data('label')).toBe('kept');
		expect(cy.getElementById(`t:${single.id}`).data('title')).toBe('kept title');
		// Held now: a hiding patch changes the element itself, so it is not kept aside.
		expect(held.keepAside(hidden)).toBe(false);
	});
});

describe("the data's elements by id (byId)", () => {
	it('maps every element by its id, pausing every 4,096', () => {
		const elements = Array.from({ length: 9000 }, (_, i) => ({ data: { id: `e${i}` } }));
		const steps = byId(elements);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		expect(pauses).toBe(2);
		expect(step.value.size).toBe(9000);
		expect(step.value.get('e8999')).toBe(elements[8999]);
	});
});
