import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph, type Snapshot } from '../../../src/lib/core/model/temporal-graph.ts';
import { dayToIso } from '../../../src/lib/core/time/partial-date.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));

/** A small deterministic PRNG (mulberry32), so a failure can be reproduced. */
function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** What diff(a, b) must say, computed from two full snapshots by set difference. */
function expectedDiff(a: Snapshot, b: Snapshot) {
	const tiesA = new Map(a.ties.map((t) => [t.tie.id, t.status]));
	const tiesB = new Map(b.ties.map((t) => [t.tie.id, t.status]));
	const actorsA = new Map(a.actors.map((x) => [x.actor.id, x.name]));
	const actorsB = new Map(b.actors.map((x) => [x.actor.id, x.name]));
	return {
		added: [...tiesB]
			.filter(([id]) => !tiesA.has(id))
			.map(([id, s]) => `${id}:${s}`)
			.sort(),
		removed: [...tiesA.keys()].filter((id) => !tiesB.has(id)).sort(),
		changed: [...tiesB]
			.filter(([id, s]) => tiesA.has(id) && tiesA.get(id) !== s)
			.map(([id, s]) => `${id}:${tiesA.get(id)}>${s}`)
			.sort(),
		addedActors: [...actorsB.keys()].filter((id) => !actorsA.has(id)).sort(),
		removedActors: [...actorsA.keys()].filter((id) => !actorsB.has(id)).sort(),
		renamed: [...actorsB]
			.filter(([id, n]) => {
				// A rename is a change of the name's text, not just a new name period.
				const before = actorsA.get(id);
				return before !== undefined && (before.en !== n.en || before.ja !== n.ja);
			})
			.map(([id, n]) => `${id}:${actorsA.get(id)!.en}>${n.en}`)
			.sort()
	};
}

function actualDiff(from: number, to: number) {
	const d = graph.diff(from, to);
	return {
		added: d.addedTies.map((t) => `${t.tie.id}:${t.status}`).sort(),
		removed: d.removedTies.map((t) => t.id).sort(),
		changed: d.changedTies.map((c) => `${c.tie.id}:${c.before}>${c.after}`).sort(),
		addedActors: d.addedActors.map((a) => a.actor.id).sort(),
		removedActors: d.removedActors.map((a) => a.id).sort(),
		renamed: d.renamedActors.map((r) => `${r.actor.id}:${r.before.en}>${r.after.en}`).sort()
	};
}

describe('diff equals the set difference of two snapshots (bundled dataset)', () => {
	const span = graph.span();
	const changeDays = graph.days;

	it('the dataset has a span and change days to draw from', () => {
		expect(span.start).toBeLessThan(span.end);
		expect(changeDays.length).toBeGreaterThan(100);
	});

	it('for 600 random day pairs, including change days and their neighbours', () => {
		const random = rng(20240619);
		const pick = () => {
			const r = random();
			if (r < 0.5) {
				// A change day, or the day before or after it: where off-by-one errors live.
				const d = changeDays[Math.floor(random() * changeDays.length)];
				return d + Math.floor(random() * 3) - 1;
			}
			const lo = span.start - 3650;
			const hi = span.end + 3650;
			return lo + Math.floor(random() * (hi - lo + 1));
		};
		let nonEmpty = 0;
		for (let i = 0; i < 600; i++) {
			const a = pick();
			const b = i % 10 === 0 ? a + 1 : pick();
			const expected = expectedDiff(graph.at(a), graph.at(b));
			const actual = actualDiff(a, b);
			expect(actual, `${dayToIso(a)} -> ${dayToIso(b)}`).toEqual(expected);
			if (Object.values(expected).some((list) => list.length > 0)) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(300); // the property was exercised, not vacuous
	});

	it('walking every change day one step at a time rebuilds each snapshot', () => {
		let ties = new Map(graph.at(changeDays[0] - 1).ties.map((t) => [t.tie.id, t.status]));
		let prev = changeDays[0] - 1;
		for (const d of changeDays) {
			const step = graph.diff(prev, d);
			for (const id of step.removedTies.map((t) => t.id)) ties.delete(id);
			for (const t of step.addedTies) ties.set(t.tie.id, t.status);
			for (const c of step.changedTies) ties.set(c.tie.id, c.after);
			const truth = new Map(graph.at(d).ties.map((t) => [t.tie.id, t.status]));
			expect(Object.fromEntries(ties), dayToIso(d)).toEqual(Object.fromEntries(truth));
			ties = truth;
			prev = d;
		}
	});
});
