/**
 * Routing pair lines round actors (pair-route.ts) against the first way it was written (every
 * actor tried against every point of every curve), on one synthetic layout, in one run:
 * `npm run bench:routing -- [actors] [pairs] [runs]`. Prints medians with their spread and
 * the ratio.
 */
import type { Actor } from '../src/lib/core/schema/actor.ts';
import { pairBends } from '../src/lib/core/visual/pair-route.ts';
import { bendsByEveryActor, random } from '../tests/support/pair-route-reference.ts';
import { showSpread, spread } from './bench-stats.ts';

const [nActors, nPairs, runs] = process.argv.slice(2).map(Number);
const A = nActors || 600;
const P = nPairs || 1500;
const R = runs || 5;
const actors = Array.from({ length: A }, (_, i) => ({
	id: `a${i}`,
	kind: i % 7 ? 'state' : 'organisation',
	names: [{ en: `A${i}`, ja: `A${i}` }],
	sources: []
})) as unknown as Actor[];
const cols = Math.ceil(Math.sqrt(A));
const at = new Map(
	actors.map((a, i) => [a.id, { x: (i % cols) * 90, y: Math.floor(i / cols) * 90 }])
);
const r = random(7);
const keys = [
	...new Set(
		Array.from({ length: P }, () => {
			const i = Math.floor(r() * A);
			return [`a${i}`, `a${(i + 1 + Math.floor(r() * 40)) % A}`].sort().join('~');
		})
	)
];
const time = (f: () => unknown) => {
	const out: number[] = [];
	for (let i = 0; i < R; i++) {
		const t0 = performance.now();
		f();
		out.push(performance.now() - t0);
	}
	return spread(out);
};
const grid = time(() => pairBends(actors, keys, at));
const every = time(() => bendsByEveryActor(actors, keys, at));
console.log(`${A} actors, ${keys.length} pairs, ${R} runs each`);
console.log(`grid cells (pair-route.ts): ${showSpread(grid)}`);
console.log(`every actor (first way):    ${showSpread(every)}`);
console.log(JSON.stringify({ actors: A, pairs: keys.length, ratio: every.median / grid.median }));
