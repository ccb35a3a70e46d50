import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { DIRECT_FIRST_FRAME, SLICE_MS } from '../../src/lib/render/first-frame.ts';
import { styleInSlices } from '../../src/lib/render/style-in-slices.ts';

/**
 * A stand-in for a Cytoscape instance: its elements note when they are styled and measured, and
 * whether a batch was open then; styling an element takes a millisecond of `clock`.
 */
function standIn(n: number) {
	const clock = { ms: 0 };
	const did: string[] = [];
	let batch = 0;
	let destroyed = false;
	const elements = Array.from({ length: n }, (_, i) => ({
		id: i,
		node: i % 2 === 0,
		styled: false,
		measured: false,
		_private: { rstyle: { cleanConnected: false } }
	}));
	const collection = (eles: typeof elements) => ({
		length: eles.length,
		slice: (from: number, to: number) => collection(eles.slice(from, to)),
		cleanStyle() {
			for (const e of eles) e.styled = batch > 0;
			clock.ms += eles.length;
		},
		recalculateRenderedStyle() {
			for (const e of eles) e.measured = e.styled;
		},
		forEach: (f: (e: (typeof elements)[number]) => void) => eles.forEach(f)
	});
	const cy = {
		elements: () => collection(elements),
		nodes: () => collection(elements.filter((e) => e.node)),
		startBatch: () => {
			batch++;
			did.push('start batch');
		},
		endBatch: () => {
			batch--;
			did.push('end batch');
		},
		destroyed: () => destroyed
	};
	const waiting: (() => void)[] = [];
	const options = {
		later: () => new Promise<void>((go) => waiting.push(go)),
		now: () => clock.ms
	};
	const next = async () => {
		waiting.shift()?.();
		await new Promise((done) => setTimeout(done, 0));
	};
	return {
		run: () => styleInSlices(cy as unknown as Core, options),
		elements,
		did,
		waiting,
		next,
		destroy: () => (destroyed = true)
	};
}

describe("a large first picture's elements", () => {
	it('are styled and measured in slices, the picture held back (a batch) until all are', async () => {
		const n = DIRECT_FIRST_FRAME + 5 * SLICE_MS;
		const t = standIn(n);
		const done = t.run();
		expect(t.did).toEqual(['start batch']);
		const first = t.elements.filter((e) => e.measured).length;
		expect(first).toBeGreaterThanOrEqual(SLICE_MS);
		expect(first).toBeLessThan(n);
		expect(t.waiting).toHaveLength(1);
		while (t.waiting.length) await t.next();
		await done;
		expect(t.elements.every((e) => e.styled && e.measured)).toBe(true);
		expect(t.did).toEqual(['start batch', 'end batch']);
		// Each actor's lines were worked out with it.
		const nodes = t.elements.filter((e) => e.node);
		expect(nodes.every((e) => e._private.rstyle.cleanConnected)).toBe(true);
		expect(t.elements.some((e) => !e.node && e._private.rstyle.cleanConnected)).toBe(false);
	});

	it('stop when the picture is taken down, and leave its batch alone', async () => {
		const t = standIn(DIRECT_FIRST_FRAME * 2);
		const done = t.run();
		t.destroy();
		await t.next();
		await done;
		expect(t.did).toEqual(['start batch']);
		expect(t.elements.some((e) => !e.styled)).toBe(true);
	});

	it('are left to the first frame when the picture is small', async () => {
		const t = standIn(DIRECT_FIRST_FRAME - 1);
		expect(t.run()).toBeNull();
		expect(t.did).toEqual([]);
		expect(t.elements.some((e) => e.styled)).toBe(false);
	});
});
