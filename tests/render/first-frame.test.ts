import { describe, expect, it } from 'vitest';
import { SLICE_MS } from '../../src/lib/core/slices.ts';
import {
	DIRECT_FIRST_FRAME,
	drawFirstFrameDirectly,
	IN_FRAME_MS
} from '../../src/lib/render/first-frame.ts';

/** A context that notes what is done to its transform. */
class Context {
	did: string[] = [];
	#transform = 'frame';
	getTransform() {
		return this.#transform;
	}
	setTransform(t: unknown) {
		this.did.push(`set ${t}`);
		this.#transform = String(t);
	}
	save() {
		this.did.push('save');
	}
	restore() {
		this.did.push('restore');
		this.#transform = 'other';
	}
}

/**
 * A stand-in for Cytoscape's canvas renderer: its two drawing calls, on its prototype as there.
 * Drawing an element takes a millisecond of `clock`.
 */
class Drawing {
	calls: string[] = [];
	drawnIds: number[] = [];
	clock = { ms: 0 };
	destroyed = false;
	drawLayeredElements(_context: Context, eles: ArrayLike<unknown>) {
		this.calls.push(`cached ${eles.length}`);
	}
	drawElements(_context: Context, eles: ArrayLike<unknown>) {
		for (let i = 0; i < eles.length; i++) this.drawnIds.push(eles[i] as number);
		this.clock.ms += eles.length;
	}
}
const elements = (n: number) => Array.from({ length: n }, (_, i) => i);
const frame = (r: Drawing, n: number, context = new Context()) =>
	r.drawLayeredElements(context, elements(n));

/** Hooks `r`, its later tasks held until `next()` runs one. */
function hooked(r: Drawing) {
	const told: string[] = [];
	const waiting: (() => void)[] = [];
	const ok = drawFirstFrameDirectly(r, (how) => told.push(how), {
		later: () => new Promise<void>((go) => waiting.push(go)),
		now: () => r.clock.ms
	});
	const next = async () => {
		waiting.shift()?.();
		await new Promise((done) => setTimeout(done, 0));
	};
	return { ok, told, waiting, next };
}

describe("a large picture's first frame", () => {
	it('is drawn directly, in slices with the page free between them, all of it, in order', async () => {
		const r = new Drawing();
		const { ok, told, waiting, next } = hooked(r);
		expect(ok).toBe(true);
		frame(r, 0);
		const n = DIRECT_FIRST_FRAME + 3 * SLICE_MS;
		const context = new Context();
		frame(r, n, context);
		// The first slice, in Cytoscape's own frame: about IN_FRAME_MS elements at 1 ms each.
		const first = r.drawnIds.length;
		expect(first).toBeGreaterThanOrEqual(IN_FRAME_MS);
		expect(first).toBeLessThan(IN_FRAME_MS + 32);
		expect(told).toEqual(['drawing']);
		expect(waiting).toHaveLength(1);
		await next();
		// The next slice is drawn with the frame's transform, set again and put back after, for
		// a whole slice's time.
		expect(r.drawnIds.length - first).toBeGreaterThanOrEqual(SLICE_MS);
		expect(r.drawnIds.length - first).toBeLessThan(SLICE_MS + 32);
		expect(context.did.slice(0, 3)).toEqual(['save', 'set frame', 'restore']);
		while (waiting.length) await next();
		expect(r.drawnIds).toEqual(elements(n));
		expect(told).toEqual(['drawing', 'direct']);
		// Every frame after it goes through the caches.
		frame(r, n);
		frame(r, 5);
		expect(r.calls).toEqual(['cached 0', `cached ${n}`, 'cached 5']);
		expect(r.drawnIds).toHaveLength(n);
	});

	it('stops its slices when Cytoscape draws a frame before the last, which draws it all', async () => {
		const r = new Drawing();
		const { told, waiting, next } = hooked(r);
		const context = new Context();
		frame(r, DIRECT_FIRST_FRAME * 2, context);
		const first = r.drawnIds.length;
		// An image export (a context of its own) goes through the caches and stops nothing.
		frame(r, DIRECT_FIRST_FRAME * 2);
		expect(told).toEqual(['drawing']);
		expect(waiting).toHaveLength(1);
		r.drawLayeredElements(context, elements(DIRECT_FIRST_FRAME * 2));
		expect(told).toEqual(['drawing', 'direct']);
		expect(r.calls).toEqual([
			`cached ${DIRECT_FIRST_FRAME * 2}`,
			`cached ${DIRECT_FIRST_FRAME * 2}`
		]);
		await next();
		expect(r.drawnIds).toHaveLength(first);
		expect(waiting).toHaveLength(0);
	});

	it('stops its slices when the renderer is destroyed', async () => {
		const r = new Drawing();
		const { told, waiting, next } = hooked(r);
		frame(r, DIRECT_FIRST_FRAME * 2);
		const first = r.drawnIds.length;
		r.destroyed = true;
		await next();
		expect(r.drawnIds).toHaveLength(first);
		expect(waiting).toHaveLength(0);
		expect(told).toEqual(['drawing']);
	});

	it('is drawn in one go when it takes less than a slice', () => {
		const r = new Drawing();
		r.drawElements = function (_context, eles) {
			for (let i = 0; i < eles.length; i++) this.drawnIds.push(eles[i] as number);
		};
		const { told, waiting } = hooked(r);
		frame(r, DIRECT_FIRST_FRAME);
		expect(r.drawnIds).toHaveLength(DIRECT_FIRST_FRAME);
		expect(waiting).toHaveLength(0);
		expect(told).toEqual(['direct']);
	});

	it('is drawn through the caches as before when the picture is small', () => {
		const r = new Drawing();
		const { told } = hooked(r);
		frame(r, DIRECT_FIRST_FRAME - 1);
		frame(r, 20_000);
		expect(r.calls).toEqual([`cached ${DIRECT_FIRST_FRAME - 1}`, 'cached 20000']);
		expect(r.drawnIds).toEqual([]);
		expect(told).toEqual(['cached']);
	});

	it('leaves a renderer it does not know as it is', () => {
		const other = { drawLayeredElements: () => {} };
		const before = other.drawLayeredElements;
		expect(drawFirstFrameDirectly(other, () => {})).toBe(false);
		expect(drawFirstFrameDirectly(undefined, () => {})).toBe(false);
		expect(other.drawLayeredElements).toBe(before);
	});
});
