import { describe, expect, it } from 'vitest';
import type { Core } from 'cytoscape';
import { SLICE_MS } from '../../src/lib/core/slices.ts';
import { DIRECT_FIRST_FRAME } from '../../src/lib/render/first-frame.ts';
import { styleInSlices } from '../../src/lib/render/style-in-slices.ts';

/**
 * A stand-in for a Cytoscape instance: its elements note when they are styled and measured, and
 * whether a batch was open then; styling an element takes a millisecond of `clock`. With
 * `frameWork`, its renderer has the two calls its frame makes first, which note the task they
 * ran in.
 */
function standIn(n: number, { frameWork = false } = {}) {
	const clock = { ms: 0 };
	const did: string[] = [];
	let batch = 0;
	let destroyed = false;
	const elements = Array.from({ length: n }, (_, i) => ({
		id: i,
		node: i % 2 === 0,
		styled: false,
		measured: false,
		/** Whether it was asked if it answers the pointer, once every element was styled. */
		answers: false,
		interactive() {
			this.answers = elements.every((e) => e.styled);
			return i % 3 !== 0;
		},
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
		// As Cytoscape's: it stops at an element for which `f` gives false.
		forEach: (f: (e: (typeof elements)[number]) => unknown) => {
			for (const e of eles) if (f(e) === false) return;
		}
	});
	let task = 0;
	const clearTextures = () => did.push('clear textures');
	const renderer: Record<string, unknown> = frameWork
		? {
				onUpdateEleCalcsFns: [clearTextures],
				flushRenderedStyleQueue: () => {
					did.push(`flush the queue in task ${task}`);
					for (const fn of renderer.onUpdateEleCalcsFns as (() => void)[]) fn();
				},
				getCachedZSortedEles: () => did.push(`sort by stacking in task ${task}`)
			}
		: {};
	const cy = {
		renderer: () => renderer,
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
		task++;
		waiting.shift()?.();
		await new Promise((done) => setTimeout(done, 0));
	};
	return {
		run: () => styleInSlices(cy as unknown as Core, options),
		elements,
		renderer,
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
		// Nothing in the task that opened the batch, then a slice's time in each task.
		expect(t.elements.some((e) => e.styled)).toBe(false);
		await t.next();
		const first = t.elements.filter((e) => e.measured).length;
		expect(first).toBeGreaterThanOrEqual(SLICE_MS);
		expect(first).toBeLessThan(n);
		expect(t.waiting).toHaveLength(1);
		while (t.waiting.length) await t.next();
		await done;
		expect(t.elements.every((e) => e.styled && e.measured)).toBe(true);
		// Whether each answers the pointer is worked out (and kept) in the slices too, after all
		// are styled.
		expect(t.elements.every((e) => e.answers)).toBe(true);
		expect(t.did).toEqual(['start batch', 'end batch']);
		// Each actor's lines were worked out with it.
		const nodes = t.elements.filter((e) => e.node);
		expect(nodes.every((e) => e._private.rstyle.cleanConnected)).toBe(true);
		expect(t.elements.some((e) => !e.node && e._private.rstyle.cleanConnected)).toBe(false);
	});

	it('leave the frame none of its own first work: each piece in a task of its own', async () => {
		const t = standIn(DIRECT_FIRST_FRAME + 5 * SLICE_MS, { frameWork: true });
		const done = t.run();
		while (t.waiting.length) await t.next();
		await done;
		const slices = Number(/task (\d+)/.exec(t.did[1])![1]);
		expect(slices).toBeGreaterThan(1);
		// The sorting just after the batch ends, which would otherwise mark it to be done again.
		expect(t.did).toEqual([
			'start batch',
			`flush the queue in task ${slices}`,
			'end batch',
			`sort by stacking in task ${slices + 1}`
		]);
	});

	it("are flushed without clearing textures, which none has yet, and the renderer's listeners are kept", async () => {
		const t = standIn(DIRECT_FIRST_FRAME + 5 * SLICE_MS, { frameWork: true });
		const listeners = t.renderer.onUpdateEleCalcsFns;
		const done = t.run();
		while (t.waiting.length) await t.next();
		await done;
		expect(t.did.some((d) => d.startsWith('flush'))).toBe(true);
		expect(t.did).not.toContain('clear textures');
		expect(t.renderer.onUpdateEleCalcsFns).toBe(listeners);
		// A later flush (a frame's) clears them as before.
		(t.renderer.flushRenderedStyleQueue as () => void)();
		expect(t.did.at(-1)).toBe('clear textures');
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
