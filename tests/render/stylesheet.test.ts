import { describe, expect, it } from 'vitest';
import { stylesheet } from '../../src/lib/render/stylesheet.ts';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = (theme: 'colour' | 'greyscale' | 'print') =>
	stylesheet(false, undefined, theme) as unknown as Rule[];
const colours = (sheet: Rule[]) =>
	sheet.flatMap((r) =>
		Object.values(r.style).filter(
			(v): v is string => typeof v === 'string' && /^#[0-9a-f]{3,6}$/i.test(v)
		)
	);
const hued = (c: string) => {
	const h = c.length === 4 ? [...c.slice(1)].map((x) => x + x).join('') : c.slice(1);
	const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
	return r !== g || g !== b;
};
const rule = (sheet: Rule[], selector: string) => sheet.find((r) => r.selector === selector)!.style;

describe('the screen stylesheet in a theme', () => {
	it('has no hue in greyscale, and a grey of its own per kind', () => {
		expect(colours(rules('colour')).some(hued)).toBe(true);
		const grey = rules('greyscale');
		expect(colours(grey).filter(hued)).toEqual([]);
		const kinds = grey.filter((r) => /^edge\.kind-[a-z-]+$/.test(r.selector));
		expect(kinds.length).toBe(11);
		expect(new Set(kinds.map((r) => r.style['line-color'])).size).toBe(kinds.length);
		// Functions (the bends) are kept as they are.
		expect(typeof rule(grey, 'edge[bend]')['control-point-distances']).toBe('function');
	});

	it('draws thicker lines and black words for print, in colour', () => {
		const [colour, print] = [rules('colour'), rules('print')];
		const width = (s: Rule[], k: string) => rule(s, `edge.kind-${k}`).width as number;
		for (const k of ['diplomatic-relations', 'defense-treaty', 'agreement'])
			expect(width(print, k)).toBeGreaterThan(width(colour, k));
		expect(rule(print, 'edge.kind-defense-treaty')['line-color']).toBe('#0072B2');
		expect(rule(print, 'node.actor').color).toBe('#000000');
	});
});
