import { describe, expect, it } from 'vitest';
import {
	decodeBytes,
	invalidUtf8Offset,
	normaliseText,
	tooDeepBrackets
} from '../../../src/lib/core/io/limits.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('UTF-8 check', () => {
	it('accepts ASCII, Japanese and emoji', () => {
		expect(invalidUtf8Offset(new TextEncoder().encode('a ロシア 🇷🇺'))).toBe(-1);
	});

	it('finds a Latin-1 byte, an overlong form, a surrogate and a cut sequence by offset', () => {
		expect(invalidUtf8Offset(bytes(0x61, 0x62, 0xe9, 0x63))).toBe(2);
		expect(invalidUtf8Offset(bytes(0x61, 0xc0, 0xaf))).toBe(1);
		expect(invalidUtf8Offset(bytes(0xe0, 0x80, 0xaf))).toBe(0);
		expect(invalidUtf8Offset(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1);
		expect(invalidUtf8Offset(bytes(0x61, 0x62, 0xe3, 0x83))).toBe(2);
		expect(invalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
	});

	it('names the line and byte column of the bad byte', () => {
		const result = decodeBytes('x.yaml', bytes(0x61, 0x0a, 0x62, 0x62, 0xe9));
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.issue).toMatchObject({
				file: 'x.yaml',
				line: 2,
				column: 3,
				message: expect.stringMatching(/byte 0xE9 at byte offset 4/)
			});
	});
});

describe('text normalisation', () => {
	it('drops a BOM and reads CR and CRLF as LF', () => {
		expect(normaliseText('\uFEFFa\rb\r\nc\n')).toBe('a\nb\nc\n');
	});
});

describe('bracket depth before parsing', () => {
	it('counts flow brackets but not those in quotes or comments', () => {
		expect(tooDeepBrackets('a: [[[x]]]', 3)).toBeUndefined();
		expect(tooDeepBrackets('a: [[[[x]]]]', 3)).toEqual({ line: 1, column: 7 });
		expect(tooDeepBrackets(`a: "[[[[" # [[[[\nb: '[[[[' \nc: [1]`, 3)).toBeUndefined();
		expect(tooDeepBrackets('a: 1\nb: {x: {y: {z: [1]}}}', 3)).toEqual({ line: 2, column: 16 });
	});
});
