import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/lib/core/schema/actor.ts';
import type { Tie } from '../../../src/lib/core/schema/tie.ts';
import { pairBends, pairRouter, soleTies } from '../../../src/lib/core/visual/pair-route.ts';
import { bendsByEveryActor, random } from '../../support/pair-route-reference.ts';

describe('pairBends', () => {
	it('bends every pair as trying every actor did, on crowded and sparse layouts', () => {
		for (const [seed, count, spread] of [
			[1, 60, 300],
			[2, 150, 1200],
			[3, 40, 120]
		]) {
			const r = random(seed);
			const actors = Array.from({ length: count }, (_, i) => ({
				id: `a${i}`,
				kind: i % 7 === 0 ? 'organisation' : 'state',
				names: [{ en: `A${i}`, ja: `A${i}` }],
				sources: []
			})) as unknown as Actor[];
			const at = new Map(
				actors.map((a) => [a.id, { x: (r() - 0.5) * spread, y: (r() - 0.5) * spread * 0.6 }])
			);
			const keys = Array.from({ length: 80 }, () => {
				const i = Math.floor(r() * count);
				const j = (i + 1 + Math.floor(r() * (count - 1))) % count;
				return [`a${i}`, `a${j}`].sort().join('~');
			});
			const want = bendsByEveryActor(actors, keys, at);
			const got = pairBends(actors, keys, at);
			expect(got).toEqual(want);
			// One router asked one pair at a time, last first, bends them the same.
			const route = pairRouter(actors, at);
			for (const key of [...keys].reverse()) expect(route(key)).toBe(want.get(key));
			expect(route('a0~nobody')).toBeUndefined();
			// The layouts are crowded enough that some pairs do bend, so the check means something.
			expect([...got.values()].some((d) => d !== 0)).toBe(true);
		}
	});

	// How fast it is against the first way is measured by bench/pair-route.ts, not here.
	it('routes 2,000 actors and 5,000 pairs, every pair once', () => {
		const actors = Array.from({ length: 2000 }, (_, i) => ({
			id: `a${i}`,
			kind: 'state',
			names: [{ en: `A${i}`, ja: `A${i}` }],
			sources: []
		})) as unknown as Actor[];
		const at = new Map(
			actors.map((a, i) => [a.id, { x: (i % 45) * 90, y: Math.floor(i / 45) * 90 }])
		);
		const r = random(9);
		const keys = Array.from({ length: 5000 }, () => {
			const i = Math.floor(r() * 2000);
			return [`a${i}`, `a${(i + 1 + Math.floor(r() * 40)) % 2000}`].sort().join('~');
		});
		const bends = pairBends(actors, keys, at);
		expect(bends.size).toBe(new Set(keys).size);
	});
});

describe('soleTies', () => {
	const tie = (id: string, parties: string[], kind = 'alliance') =>
		({ id, kind, parties }) as unknown as Tie;
	it('finds the ties alone between their two actors, whichever way round they are named', () => {
		const ties = [
			tie('a', ['JPN', 'USA']),
			tie('b', ['USA', 'JPN']),
			tie('c', ['PRK', 'RUS']),
			tie('d', ['CHN', 'PRK']),
			tie('e', ['CHN', 'PRK']),
			tie('f', ['CHN', 'PRK']),
			tie('g', ['KOR', 'USA', 'JPN'])
		];
		expect([...soleTies(ties)].sort()).toEqual(['c']);
		expect(soleTies([])).toEqual(new Set());
	});
});
