import { describe, expect, it } from 'vitest';
import { framing } from '../../src/lib/render/framing.ts';

describe('the camera that frames the actors (framing)', () => {
	it('looks at their middle, with room for a node beside and a label below', () => {
		// 200 × 100 of places; with the room, 380 × 240.
		const camera = framing(
			[
				{ x: 0, y: 0 },
				{ x: 200, y: 100 },
				{ x: 50, y: 50 }
			],
			{ width: 760, height: 960 }
		)!;
		expect(camera.zoom).toBe(2);
		expect(camera.x).toBe(100);
		// The label's room below moves the middle down: (−50 + 190) / 2.
		expect(camera.y).toBe(70);
	});

	it('zooms by the side that fits worse', () => {
		const camera = framing(
			[
				{ x: 0, y: 0 },
				{ x: 200, y: 100 }
			],
			{ width: 3800, height: 480 }
		)!;
		expect(camera.zoom).toBe(2);
	});

	it('frames one actor, and nothing without actors', () => {
		expect(framing([{ x: 10, y: 10 }], { width: 180, height: 140 })).toEqual({
			zoom: 1,
			x: 10,
			y: 30
		});
		expect(framing([], { width: 100, height: 100 })).toBeNull();
	});
});
