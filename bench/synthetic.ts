import type { Dataset } from '../src/lib/core/io/dataset.ts';
import type { Actor, Tie } from '../src/lib/core/schema/index.ts';
import { TIE_KINDS, isAgreementKind } from '../src/lib/core/schema/tie.ts';

/** A small seeded PRNG (mulberry32), so every run measures the same graph. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const iso = (y: number, m: number, d: number) =>
	`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A dataset of `actors` states and `ties` dated ties spread over 1950–2025, valid by type. */
export function syntheticDataset(actors = 2000, ties = 10000, seed = 42): Dataset {
	const r = rng(seed);
	const date = (y0: number, y1: number) =>
		iso(y0 + Math.floor(r() * (y1 - y0 + 1)), 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
	const text = (s: string) => ({ en: s, ja: s });
	const side = Math.ceil(Math.sqrt(actors));
	const actorList: Actor[] = Array.from({ length: actors }, (_, i) => ({
		id: `a${i}`,
		kind: 'state',
		names: [{ en: `Actor ${i}`, ja: `主体${i}` }],
		position: { x: (i % side) * 90, y: Math.floor(i / side) * 90 },
		description: text('synthetic'),
		sources: ['syn']
	}));
	const tieList: Tie[] = Array.from({ length: ties }, (_, i) => {
		const a = Math.floor(r() * actors);
		const b = (a + 1 + Math.floor(r() * 40)) % actors;
		const kind = TIE_KINDS[Math.floor(r() * TIE_KINDS.length)];
		const base = {
			id: `t${i}`,
			kind,
			parties: [`a${a}`, `a${b}`],
			title: text(`Tie ${i}`),
			confidence: 'confirmed' as const,
			sources: ['syn']
		};
		const start = date(1950, 2020);
		const y = Number(start.slice(0, 4));
		const end = r() < 0.5 ? date(y + 1, Math.min(2025, y + 30)) : undefined;
		if (isAgreementKind(kind)) {
			return {
				...base,
				signed: start,
				inForce: r() < 0.7 ? date(y + 1, y + 2) : undefined,
				ended: end ? { date: end, how: 'expired' as const } : undefined
			};
		}
		return { ...base, from: start, to: end };
	});
	return {
		sources: [
			{
				id: 'syn',
				title: 'Synthetic',
				publisher: 'bench',
				date: '2025',
				language: 'en',
				kind: 'news'
			}
		] as unknown as Dataset['sources'],
		actors: actorList,
		ties: tieList,
		events: [],
		absences: []
	};
}

/**
 * The synthetic dataset as the loader accepts it: its ids are no ISO codes (so organisations
 * here), the ties undirected or not as their kind says, and a lifecycle that ends before it
 * comes into force loses the inForce date.
 */
export function validSynthetic(actors = 2000, ties = 10000, seed = 42): Dataset {
	const raw = syntheticDataset(actors, ties, seed);
	return {
		...raw,
		actors: raw.actors.map((a) => ({ ...a, kind: 'organisation' as const })),
		ties: raw.ties.map((t) =>
			t.ended && t.inForce && t.ended.date < t.inForce ? { ...t, inForce: undefined } : t
		)
	};
}
