import { describe, expect, it } from 'vitest';
import {
	fitWithin,
	pagePixels,
	pagePoints
} from '../../../../src/lib/core/export/image/page-size.ts';

describe('page sizes', () => {
	it('turns paper formats and DPI into pixels', () => {
		expect(pagePixels('a4', 300)).toEqual({ width: 3508, height: 2480 });
		expect(pagePixels('a4', 150, 'portrait')).toEqual({ width: 1240, height: 1754 });
		expect(pagePixels('letter', 100)).toEqual({ width: 1100, height: 850 });
		expect(pagePixels('slide-16-9', 150)).toEqual({ width: 2000, height: 1125 });
		expect(() => pagePixels('a4', 5000)).toThrow(/DPI must be between/);
	});
	it('gives PDF points', () => {
		const a4 = pagePoints('a4');
		expect(a4.width).toBeCloseTo(841.89, 1);
		expect(a4.height).toBeCloseTo(595.28, 1);
	});
	it('suggests the largest size of the same shape within limits', () => {
		expect(fitWithin({ width: 40000, height: 30000 }, { side: 32767, area: 268435456 })).toEqual({
			width: 18918,
			height: 14188
		});
		expect(fitWithin({ width: 800, height: 600 }, { side: 32767, area: 268435456 })).toEqual({
			width: 800,
			height: 600
		});
	});
});
