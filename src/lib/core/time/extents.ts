import type { Tie } from '../schema/tie.ts';
import { tieSegments } from './lifecycle.ts';

/**
 * Each tie's first and last day and its kind, at the tie's place in the data's list: what a count
 * over all ties reads, without a lookup, a string or an object per tie. A tie with no dated
 * existence has `NaN` days; one still open ends at `Infinity`.
 */
export interface TieExtents {
	start: Float64Array;
	end: Float64Array;
	/** The tie's kind, as its place in `kinds`. */
	kind: Uint16Array;
	kinds: string[];
}

/** An empty `TieExtents` for `n` ties, to be filled in. */
export function emptyExtents(n: number): TieExtents {
	return {
		start: new Float64Array(n).fill(NaN),
		end: new Float64Array(n).fill(NaN),
		kind: new Uint16Array(n),
		kinds: []
	};
}

/** Puts tie `i`'s kind and, when it has any, its segments' first and last day into `extents`. */
export function setExtent(
	extents: TieExtents,
	i: number,
	kind: string,
	segments: readonly { start: number; end: number }[],
	codes: Map<string, number>
): void {
	let code = codes.get(kind);
	if (code === undefined) codes.set(kind, (code = extents.kinds.push(kind) - 1));
	extents.kind[i] = code;
	if (!segments.length) return;
	extents.start[i] = segments[0].start;
	extents.end[i] = segments[segments.length - 1].end;
}

/** Each tie's first and last day and kind, read from its dates (a graph has them already). */
export function tieExtents(ties: readonly Tie[]): TieExtents {
	const extents = emptyExtents(ties.length);
	const codes = new Map<string, number>();
	for (const [i, tie] of ties.entries()) setExtent(extents, i, tie.kind, tieSegments(tie), codes);
	return extents;
}
