import { describe, expect, it } from 'vitest';
import { toolById } from '../../../src/lib/core/analysis/registry.ts';
import {
	compactParams,
	decodeToolParams,
	encodeToolParams,
	ToolLinkError
} from '../../../src/lib/core/analysis/tool-params-url.ts';
import type { AnyTool } from '../../../src/lib/core/analysis/tool.ts';

const paths = toolById('paths') as AnyTool;
const ego = toolById('ego') as AnyTool;
const measures = toolById('measures') as AnyTool;

describe('tool parameters in a link', () => {
	it('writes only what differs from the defaults, kinds joined by +, booleans as 1 or 0', () => {
		const text = encodeToolParams(paths, {
			source: 'JPN',
			target: 'RUS',
			mode: 'at',
			at: '2024-12-10',
			kinds: ['defense-treaty', 'agreement'],
			excludeDirect: true,
			directed: false,
			maxPaths: 100
		});
		expect(text).toBe(
			'source:JPN,target:RUS,at:2024-12-10,kinds:defense-treaty+agreement,excludeDirect:1'
		);
	});

	it('reads back what it wrote, and a + that arrived as a space', () => {
		const params = {
			source: 'POL',
			target: 'KOR',
			mode: 'range',
			from: '1990-01-01',
			to: '2024-12-10',
			kinds: ['defense-treaty', 'agreement'],
			maxPaths: 5
		};
		const text = encodeToolParams(paths, params);
		expect(decodeToolParams(paths, text)).toEqual(params);
		expect(decodeToolParams(paths, text.replace('+', ' '))).toEqual(params);
	});

	it('keeps integers and booleans typed', () => {
		const back = decodeToolParams(ego, 'actor:PRK,at:2024-12-10,hops:2,ownTies:1');
		expect(back).toEqual({ actor: 'PRK', at: '2024-12-10', hops: 2, ownTies: true });
		expect(encodeToolParams(measures, { from: '1950-01-01', to: '2025-01-01', months: 6 })).toBe(
			'from:1950-01-01,to:2025-01-01,months:6'
		);
	});

	it('drops defaults so that two equal runs are equal', () => {
		expect(compactParams(ego, { actor: 'PRK', hops: 1, kinds: [], ownTies: false })).toEqual({
			actor: 'PRK'
		});
	});

	const fails = (tool: AnyTool, text: string) => {
		try {
			decodeToolParams(tool, text);
		} catch (e) {
			expect(e).toBeInstanceOf(ToolLinkError);
			return (e as Error).message;
		}
		throw new Error(`"${text}" was read without a complaint`);
	};

	it('names the parameter and the problem of a bad link', () => {
		expect(fails(ego, 'actor:PRK,at:2024-12-10,hops:two')).toBe(
			'hops: "two" is not a whole number'
		);
		expect(fails(ego, 'actor:PRK,at:2024-12-10,ownTies:yes')).toBe('ownTies: "yes" is not 1 or 0');
		expect(fails(ego, 'actor:PRK,radius:2')).toBe('radius: ego has no such parameter');
		expect(fails(ego, 'actor:PRK,actor:JPN')).toBe('actor: given twice');
		expect(fails(ego, 'PRK')).toBe('PRK: expected name:value');
		expect(fails(ego, 'actor:PRK,at:2024-12-10,hops:11')).toMatch(/^hops: .*10/);
		expect(fails(ego, 'actor:PRK,at:2024-02-30')).toMatch(/^at: not a calendar day/);
		expect(fails(ego, 'actor:PRK')).toBe('at: give a date');
		expect(fails(paths, 'source:A,target:B,kinds:alliance')).toMatch(/^kinds/);
		expect(fails(measures, 'from:2025-01-01,to:1990-01-01')).toBe(
			'to: the range is empty: 2025-01-01 is after 1990-01-01'
		);
	});
});
