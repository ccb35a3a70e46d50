import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import type { Tie } from '../../../src/lib/core/schema/tie.ts';
import { ViewModel } from '../../../src/lib/core/view/view-model.ts';
import { defaultSpec, type ViewSpec } from '../../../src/lib/core/view/view-spec.ts';
import {
	pairBadge,
	pairCollapsed,
	pairGroups,
	pairKey,
	pairMark,
	parsePairKey,
	tiePairKey,
	type PairItem
} from '../../../src/lib/core/view/pairs.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const at = (iso: string): ViewSpec => defaultSpec(iso);
const compare = (a: string, b: string): ViewSpec => ({
	...defaultSpec(b),
	time: { mode: 'compare', anchor: a, at: b }
});
const group = (spec: ViewSpec, key: string) =>
	pairGroups(new ViewModel(graph, spec).ties).find((g) => g.key === key)!;

/** A small tie for grouping by hand. */
const tie = (id: string, kind: string, parties: string[]): Tie =>
	({ id, kind, parties, title: { en: id, ja: id }, confidence: 'confirmed', sources: [] }) as Tie;

describe('pair keys', () => {
	it('name a pair the same whichever actor comes first, and read back', () => {
		expect(pairKey('RUS', 'PRK')).toBe('PRK~RUS');
		expect(pairKey('PRK', 'RUS')).toBe('PRK~RUS');
		expect(parsePairKey('PRK~RUS')).toEqual(['PRK', 'RUS']);
		expect(parsePairKey('PRK')).toBeNull();
		expect(parsePairKey('PRK~PRK')).toBeNull();
		expect(parsePairKey('a~b~c')).toBeNull();
	});

	it('put a tie of three parties in no pair, but a flow between its first two', () => {
		expect(tiePairKey(tie('t', 'agreement', ['RUS', 'PRK', 'CHN']))).toBeNull();
		expect(tiePairKey(tie('t', 'arms-transfer', ['RUS', 'PRK']))).toBe('PRK~RUS');
	});
});

describe('pair groups of the view', () => {
	it('make Russia–DPRK on 2024-12-10 one pair of twelve ties, led by the treaty', () => {
		const g = group(at('2024-12-10'), 'PRK~RUS');
		expect(g.count).toBe(12);
		expect(g.ties.map((t) => t.tie.id)).toContain('rus-prk-2024-treaty');
		expect(g.ties[0].tie.id).toBe('rus-prk-2024-treaty');
		expect(g.kinds).toEqual([
			'defense-treaty',
			'diplomatic-relations',
			'arms-transfer',
			'technology-transfer',
			'troop-deployment'
		]);
		expect(g.lead).toBe('defense-treaty');
		expect(g.status).toBe('in-force');
		expect(g.direction).toBe('none');
		expect(g.context).toBe(false);
		expect(pairBadge(g)).toBe('×12');
		expect(pairMark(g)).toBeUndefined();
	});

	it('give every pair, or only those of at least the ties asked for, the same either way', () => {
		const ties = new ViewModel(graph, at('2024-12-10')).ties;
		const all = pairGroups(ties);
		const two = pairGroups(ties, 2);
		expect(all.some((g) => g.count === 1)).toBe(true);
		expect(two.length).toBeGreaterThan(0);
		expect(two).toEqual(all.filter((g) => g.count >= 2));
	});

	it('let the first kind that is not background lead, and the strongest status win', () => {
		const items: PairItem[] = [
			{ tie: tie('d', 'diplomatic-relations', ['JPN', 'RUS']), status: 'active' },
			{ tie: tie('s', 'sanctions', ['JPN', 'RUS']), status: 'suspended' },
			{ tie: tie('a', 'agreement', ['RUS', 'JPN']), status: 'signed' }
		];
		const [g] = pairGroups(items);
		expect(g.key).toBe('JPN~RUS');
		expect(g.kinds).toEqual(['agreement', 'diplomatic-relations', 'sanctions']);
		expect(g.lead).toBe('agreement');
		expect(g.status).toBe('active');
		const quiet = pairGroups(items.slice(0, 1));
		expect(quiet[0].context).toBe(true);
		expect(quiet[0].lead).toBe('diplomatic-relations');
	});

	it('point a pair of flows the way they all go, or both ways', () => {
		const one = pairGroups([
			{ tie: tie('x', 'arms-transfer', ['RUS', 'PRK']), status: 'active' },
			{ tie: tie('y', 'arms-transfer', ['RUS', 'PRK']), status: 'active' }
		]);
		expect(one[0].direction).toBe('ba');
		const both = pairGroups([
			{ tie: tie('x', 'arms-transfer', ['RUS', 'PRK']), status: 'active' },
			{ tie: tie('y', 'arms-transfer', ['PRK', 'RUS']), status: 'active' }
		]);
		expect(both[0].direction).toBe('both');
	});

	it('count what was added, removed and changed inside a pair in a comparison', () => {
		const g = group(compare('2019-01-01', '2024-12-10'), 'PRK~RUS');
		const ids = (mark: string) => g.ties.filter((t) => t.mark === mark).map((t) => t.tie.id);
		expect(ids('added')).toContain('rus-prk-2024-treaty');
		expect(ids('removed')).toContain('rus-prk-2000-treaty');
		expect(g.marks.added).toBe(ids('added').length);
		expect(g.marks.removed).toBe(ids('removed').length);
		expect(pairBadge(g)).toBe(`+${ids('added').length} −${ids('removed').length}`);
		expect(pairMark(g)).toBe('changed');
		// A removed treaty does not weaken what the pair is now.
		expect(g.status).toBe('in-force');
		const usaRus = group(compare('2019-01-01', '2024-12-10'), 'RUS~USA');
		expect(pairBadge(usaRus)).toBe('−1 Δ1');
	});

	it('mark a pair whose ties were all added with the sign of an added tie', () => {
		const g = { count: 2, marks: { added: 2 } };
		expect(pairMark(g)).toBe('added');
		expect(pairBadge(g)).toBe('+2');
	});

	it('collapse a pair of two ties or more unless it is expanded or every tie is asked for', () => {
		const g = { key: 'PRK~RUS', count: 12 };
		expect(pairCollapsed(g, { mode: 'one', expanded: [] })).toBe(true);
		expect(pairCollapsed(g, { mode: 'one', expanded: ['PRK~RUS'] })).toBe(false);
		expect(pairCollapsed(g, { mode: 'all', expanded: [] })).toBe(false);
		expect(pairCollapsed({ key: 'a~b', count: 1 }, { mode: 'one', expanded: [] })).toBe(false);
	});
});
