import { describe, expect, it } from 'vitest';
import { DIRECT_FIRST_FRAME, drawFirstFrameDirectly } from '../../src/lib/render/first-frame.ts';

/** A stand-in for Cytoscape's canvas renderer: its two drawing calls, on its prototype as there. */
class Drawing {
	calls: string[] = [];
	drawLayeredElements(_context: unknown, eles: ArrayLike<unknown>) {
		this.calls.push(`cached ${eles.length}`);
	}
	drawElements(_context: unknown, eles: ArrayLike<unknown>) {
		this.calls.push(`direct ${eles.length}`);
	}
}
const frame = (r: Drawing, n: number) => r.drawLayeredElements(null, new Array(n));

describe("a large picture's first frame", () => {
	it('is drawn directly, and every frame after it through the caches', () => {
		const r = new Drawing();
		const told: string[] = [];
		expect(drawFirstFrameDirectly(r, (how) => told.push(how))).toBe(true);
		frame(r, 0);
		frame(r, DIRECT_FIRST_FRAME);
		frame(r, DIRECT_FIRST_FRAME);
		frame(r, 5);
		expect(r.calls).toEqual([
			'cached 0',
			`direct ${DIRECT_FIRST_FRAME}`,
			`cached ${DIRECT_FIRST_FRAME}`,
			'cached 5'
		]);
		expect(told).toEqual(['direct']);
	});

	it('is drawn through the caches as before when the picture is small', () => {
		const r = new Drawing();
		const told: string[] = [];
		drawFirstFrameDirectly(r, (how) => told.push(how));
		frame(r, DIRECT_FIRST_FRAME - 1);
		frame(r, 20_000);
		expect(r.calls).toEqual([`cached ${DIRECT_FIRST_FRAME - 1}`, 'cached 20000']);
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
