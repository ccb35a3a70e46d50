import type { PathEdge, ShortestPath } from './paths.ts';

export interface TimedEdge extends PathEdge {
	/** The day the tie begins (signed or started). */
	begins: number;
}

export interface TimeRespectingOptions {
	/** `false` walks a directed tie both ways. */
	directed?: boolean;
	maxPaths?: number;
}

const DEFAULTS: Required<TimeRespectingOptions> = { directed: false, maxPaths: 100 };

interface Step {
	to: string;
	tie: string;
	begins: number;
}

/**
 * Every path with the fewest steps from one actor to another in which each tie begins no earlier
 * than the tie before it began. Each step is one tie (`ties[i]` has one id), since which tie makes a
 * step decides what may follow. An empty array means no such path.
 *
 * A fewest-step walk of this kind never repeats an actor (cutting the loop keeps the order), so a
 * layered search for the earliest possible last tie finds the length, and a second layered pass
 * from the target bounds the enumeration to steps that can still arrive.
 */
export function timeRespectingPaths(
	nodes: readonly string[],
	edges: readonly TimedEdge[],
	from: string,
	to: string,
	options: TimeRespectingOptions = {}
): ShortestPath[] {
	const { directed, maxPaths } = { ...DEFAULTS, ...options };
	if (!Number.isInteger(maxPaths) || maxPaths < 1) {
		throw new RangeError(
			`analysis/time-respecting: maxPaths must be a whole number ≥ 1, got ${String(maxPaths)}.`
		);
	}
	const known = new Set(nodes);
	for (const id of [from, to]) {
		if (!known.has(id))
			throw new Error(`analysis/time-respecting: the actor "${id}" is not in scope.`);
	}
	const out = new Map<string, Step[]>(nodes.map((n) => [n, []]));
	const into = new Map<string, { from: string; tie: string; begins: number }[]>(
		nodes.map((n) => [n, []])
	);
	const link = (a: string, b: string, e: TimedEdge) => {
		out.get(a)!.push({ to: b, tie: e.tie, begins: e.begins });
		into.get(b)!.push({ from: a, tie: e.tie, begins: e.begins });
	};
	for (const e of edges) {
		if (!known.has(e.source) || !known.has(e.target)) {
			throw new Error(
				`analysis/time-respecting: tie "${e.tie}" joins an actor that is not in the node list.`
			);
		}
		if (!Number.isFinite(e.begins))
			throw new RangeError(`analysis/time-respecting: tie "${e.tie}" has no beginning day.`);
		link(e.source, e.target, e);
		if (!(directed && e.directed)) link(e.target, e.source, e);
	}
	if (from === to) return [{ actors: [from], ties: [] }];

	// Forward: the earliest possible beginning of the last tie after k steps.
	let layer = new Map<string, number>([[from, -Infinity]]);
	let length = 0;
	while (!layer.has(to)) {
		const next = new Map<string, number>();
		for (const [u, last] of layer) {
			for (const s of out.get(u)!) {
				if (s.begins < last) continue;
				if (!next.has(s.to) || s.begins < next.get(s.to)!) next.set(s.to, s.begins);
			}
		}
		length++;
		if (next.size === 0 || length > nodes.length) return [];
		layer = next;
	}

	// Backward: latest[r].get(v) is the latest beginning a tie into v may have and still reach
	// the target in r more steps.
	const latest: Map<string, number>[] = [new Map([[to, Infinity]])];
	for (let r = 1; r < length; r++) {
		const next = new Map<string, number>();
		for (const [v, bound] of latest[r - 1]) {
			for (const s of into.get(v)!) {
				if (s.begins > bound) continue;
				next.set(s.from, Math.max(next.get(s.from) ?? -Infinity, s.begins));
			}
		}
		latest.push(next);
	}

	const paths: ShortestPath[] = [];
	const walk = (u: string, last: number, actors: string[], ties: string[][]) => {
		if (paths.length >= maxPaths) return;
		const left = length - ties.length;
		if (left === 0) {
			if (u === to) paths.push({ actors, ties });
			return;
		}
		const bounds = latest[left - 1];
		for (const s of out.get(u)!) {
			const bound = bounds.get(s.to);
			if (s.begins < last || bound === undefined || s.begins > bound) continue;
			walk(s.to, s.begins, [...actors, s.to], [...ties, [s.tie]]);
		}
	};
	for (const steps of out.values()) {
		steps.sort(
			(a, b) => a.begins - b.begins || a.to.localeCompare(b.to) || a.tie.localeCompare(b.tie)
		);
	}
	walk(from, -Infinity, [from], []);
	return paths;
}
