import { kindRank } from '../io/manifest.ts';
import { isDirectedTie, type Tie } from '../schema/tie.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import { CONTEXT_KINDS, TIME_MARKS } from '../visual/encoding.ts';
import type { TieMark } from './view-model.ts';

/** A tie as a pair counts it: what it is, its status, and how the time mode marks it. */
export interface PairItem {
	tie: Tie;
	status: TieStatus;
	mark?: TieMark;
}

/** The ties drawn between two actors, summed up for one line. */
export interface PairGroup<T extends PairItem = PairItem> {
	/** `a~b`, the two ids sorted: the same for either direction. */
	key: string;
	a: string;
	b: string;
	/** The pair's ties, by kind (kindRank), then by start, then id. */
	ties: T[];
	/** The kinds in it, in kindRank order. */
	kinds: string[];
	/** The kind whose colour the line takes: the first that is not background (relations, memberships). */
	lead: string;
	/** The strongest status among the ties still there (in force before signed before suspended). */
	status: TieStatus;
	count: number;
	/** How many ties of it each time mark covers (added, removed, changed; began, ended). */
	marks: Partial<Record<TieMark, number>>;
	/** Every tie points one way (`a` to `b`, or back), both ways, or none is directed. */
	direction: 'ab' | 'ba' | 'both' | 'none';
	/** Only background kinds: drawn quietly like them. */
	context: boolean;
}

const SEP = '~';

/** The key of the pair of two actors, whichever comes first. */
export function pairKey(x: string, y: string): string {
	return x < y ? `${x}${SEP}${y}` : `${y}${SEP}${x}`;
}

/** The two actors a key names, or null when it is not a key of two different ids. */
export function parsePairKey(key: string): [string, string] | null {
	const parts = key.split(SEP);
	if (parts.length !== 2 || !parts[0] || !parts[1] || parts[0] === parts[1]) return null;
	return [parts[0], parts[1]];
}

/** The pair a tie is drawn in: two parties, or a flow (first to second); else none (a hub). */
export function tiePairKey(tie: Tie): string | null {
	if (tie.parties.length !== 2 && !isDirectedTie(tie)) return null;
	const [x, y] = tie.parties;
	return y === undefined || x === y ? null : pairKey(x, y);
}

/**
 * Each tie's pair (`tiePairKey`, in the ties' order) and how many ties each pair has, in steps
 * (`yield` every `per` ties).
 */
export function* pairCounts(
	ties: readonly Tie[],
	per = 512
): Generator<void, { pairOf: (string | null)[]; perPair: Map<string, number> }, void> {
	const pairOf: (string | null)[] = [];
	const perPair = new Map<string, number>();
	let read = 0;
	for (const tie of ties) {
		if (++read % per === 0) yield;
		const key = tiePairKey(tie);
		pairOf.push(key);
		if (key) perPair.set(key, (perPair.get(key) ?? 0) + 1);
	}
	return { pairOf, perPair };
}

const STATUS_STRENGTH: Record<TieStatus, number> = {
	'in-force': 0,
	active: 1,
	signed: 2,
	suspended: 3
};

const startOf = (t: Tie) => t.signed ?? t.inForce ?? t.from ?? '';

const isContext = (kind: string) => (CONTEXT_KINDS as readonly string[]).includes(kind);

/**
 * Groups the drawn ties by pair of actors. Ties of three or more parties (hubs) belong to no
 * pair. Every pair of `least` ties or more is returned (by default every pair, even of one tie);
 * the caller decides which to draw as one line. A picture asks for 2: a pair of one tie is never
 * one line, and at 50,000 ties grouping the single ones too was most of the cost.
 */
export function pairGroups<T extends PairItem>(items: readonly T[], least = 1): PairGroup<T>[] {
	const byKey = new Map<string, T[]>();
	for (const item of items) {
		const key = tiePairKey(item.tie);
		if (!key) continue;
		const list = byKey.get(key);
		if (list) list.push(item);
		else byKey.set(key, [item]);
	}
	const out: PairGroup<T>[] = [];
	for (const [key, list] of byKey) {
		if (list.length < least) continue;
		const [a, b] = parsePairKey(key)!;
		const ties = [...list].sort(
			(p, q) =>
				kindRank(p.tie.kind).localeCompare(kindRank(q.tie.kind)) ||
				startOf(p.tie).localeCompare(startOf(q.tie)) ||
				p.tie.id.localeCompare(q.tie.id)
		);
		const kinds = [...new Set(ties.map((t) => t.tie.kind))];
		const marks: Partial<Record<TieMark, number>> = {};
		for (const t of ties) if (t.mark) marks[t.mark] = (marks[t.mark] ?? 0) + 1;
		// A tie removed since date A says nothing of the pair's status now, unless all are removed.
		const present = ties.filter((t) => t.mark !== 'removed');
		const status = (present.length ? present : ties)
			.map((t) => t.status)
			.reduce((s, t) => (STATUS_STRENGTH[t] < STATUS_STRENGTH[s] ? t : s));
		// An arrow only when every tie of the pair is a flow: a treaty among them has no direction.
		const directed = ties.every((t) => isDirectedTie(t.tie));
		const ways = new Set(directed ? ties.map((t) => (t.tie.parties[0] === a ? 'ab' : 'ba')) : []);
		out.push({
			key,
			a,
			b,
			ties,
			kinds,
			lead: kinds.find((k) => !isContext(k)) ?? kinds[0],
			status,
			count: ties.length,
			marks,
			direction: ways.size === 2 ? 'both' : ways.size === 1 ? [...ways][0] : 'none',
			context: kinds.every(isContext)
		} as PairGroup<T>);
	}
	return out.sort((p, q) => p.key.localeCompare(q.key));
}

/** Whether a pair is drawn as one line: two ties or more, not expanded, and the view asks for it. */
export function pairCollapsed(
	group: Pick<PairGroup, 'key' | 'count'>,
	pairs: { mode: 'one' | 'all'; expanded: readonly string[] }
): boolean {
	return pairs.mode === 'one' && group.count > 1 && !pairs.expanded.includes(group.key);
}

/**
 * The badge on a pair's line: its count (`×12`), or what changed inside it in a range or a
 * comparison (`+2 −1 Δ1`), with the signs the single ties carry.
 */
export function pairBadge(group: Pick<PairGroup, 'count' | 'marks'>): string {
	const m = group.marks;
	const parts: string[] = [];
	const add = (n: number | undefined, sign: string) => n && parts.push(`${sign}${n}`);
	add((m.added ?? 0) + (m.began ?? 0) + (m['began-ended'] ?? 0), TIME_MARKS.added.sign);
	add(m.removed, TIME_MARKS.removed.sign);
	add((m.ended ?? 0) + (m['began-ended'] ?? 0), TIME_MARKS.ended.sign);
	add(m.changed, TIME_MARKS.changed.sign);
	return parts.length ? parts.join(' ') : `×${group.count}`;
}

/** The one time mark a pair's line carries: all its ties share it, or it holds a mix (changed). */
export function pairMark(group: Pick<PairGroup, 'count' | 'marks'>): TieMark | undefined {
	const entries = Object.entries(group.marks) as [TieMark, number][];
	if (entries.length === 0) return undefined;
	if (entries.length === 1 && entries[0][1] === group.count) return entries[0][0];
	const m = group.marks;
	if (m.added || m.removed || m.changed) return 'changed';
	return m.began || m['began-ended'] ? 'began' : 'ended';
}
