import type { Actor } from '../../src/lib/core/schema/actor.ts';
import { NODE_STYLE } from '../../src/lib/core/visual/encoding.ts';

/** The routing as first written: every actor tried against every point of every curve. */
export function bendsByEveryActor(
	actors: Actor[],
	keys: string[],
	at: Map<string, { x: number; y: number }>
) {
	const half = NODE_STYLE.size / 2;
	const obstacles = actors.map((a) => {
		const org = a.kind === 'organisation';
		return { id: a.id, ...at.get(a.id)!, rx: (org ? 35 : half) + 10, ry: (org ? 20 : half) + 10 };
	});
	const out = new Map<string, number>();
	for (const key of keys) {
		const [ia, ib] = key.split('~');
		const a = obstacles.find((o) => o.id === ia)!;
		const b = obstacles.find((o) => o.id === ib)!;
		const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
		const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
		let best = { d: 0, count: Infinity };
		for (let i = 0; i <= 24; i++) {
			const d = (i % 2 ? 1 : -1) * Math.ceil(i / 2) * 30;
			const c = { x: (a.x + b.x) / 2 + n.x * d, y: (a.y + b.y) / 2 + n.y * d };
			const count = obstacles.filter((o) => {
				if (o === a || o === b) return false;
				for (let j = 1; j < 40; j++) {
					const t = j / 40;
					const u = 1 - t;
					const x = u * u * a.x + 2 * u * t * c.x + t * t * b.x;
					const y = u * u * a.y + 2 * u * t * c.y + t * t * b.y;
					if (((x - o.x) / o.rx) ** 2 + ((y - o.y) / o.ry) ** 2 < 1) return true;
				}
				return false;
			}).length;
			if (count < best.count) best = { d, count };
			if (count === 0) break;
		}
		out.set(key, best.d);
	}
	return out;
}

/** A seeded generator, so a failure can be run again. */
export function random(seed: number) {
	return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
