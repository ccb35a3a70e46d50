import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../../src/lib/core/export/image/pdf.ts';
import {
	fitWithin,
	pagePixels,
	pagePoints
} from '../../../../src/lib/core/export/image/page-size.ts';

// The smallest valid JPEG start and end markers are enough for the container.
const jpeg = new Uint8Array([
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9
]);

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

describe('writePdf', () => {
	it('writes one page holding the JPEG, with a cross-reference table that points at each object', () => {
		const bytes = writePdf(
			{ jpeg, width: 10, height: 8 },
			{ width: 841.89, height: 595.28 },
			'Tieline (test) · 日本'
		);
		const text = new TextDecoder('latin1').decode(bytes);
		expect(text.startsWith('%PDF-1.4')).toBe(true);
		expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
		expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
		expect(text).toContain('/MediaBox [0 0 841.89 595.28]');
		const hex = text.match(/\/Title <FEFF([0-9A-F]+)>/)![1];
		const title = String.fromCharCode(...hex.match(/.{4}/g)!.map((h) => parseInt(h, 16)));
		expect(title).toBe('Tieline (test) · 日本');
		const startxref = Number(text.match(/startxref\n(\d+)/)![1]);
		expect(text.slice(startxref, startxref + 4)).toBe('xref');
		const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
			Number(m[1])
		);
		expect(offsets).toHaveLength(6);
		offsets.forEach((off, i) => expect(text.slice(off, off + 7)).toBe(`${i + 1} 0 obj`));
	});
	it('refuses a picture that is not a JPEG', () => {
		expect(() =>
			writePdf({ jpeg: new Uint8Array([1, 2, 3]), width: 1, height: 1 }, { width: 10, height: 10 })
		).toThrow(/not a JPEG/);
	});
});
