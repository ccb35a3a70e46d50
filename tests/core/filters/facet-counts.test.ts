import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../../src/lib/core/filters/facet-counts.ts';
import { isFiltering, tiePasses } from '../../../src/lib/core/filters/tie-filter.ts';
import type { Tie } from '../../../src/lib/core/schema/tie.ts';
import type { TieStatus } from '../../../src/lib/core/time/lifecycle.ts';
import { NO_FILTER } from '../../../src/lib/core/view/view-spec.ts';

const tie = (
	id: string,
	kind: Tie['kind'],
	parties: string[],
	confidence: Tie['confidence'],
	status: TieStatus
) => ({ tie: { id, kind, parties, confidence } as Tie, status });

const ties = [
	tie('a', 'defense-treaty', ['RUS', 'PRK'], 'confirmed', 'signed'),
	tie('b', 'defense-treaty', ['USA', 'JPN'], 'confirmed', 'in-force'),
	tie('c', 'arms-transfer', ['PRK', 'RUS'], 'reported', 'active'),
	tie('d', 'arms-transfer', ['PRK', 'RUS'], 'alleged', 'active'),
	tie('e', 'agreement', ['JPN', 'KOR'], 'confirmed', 'suspended')
];

describe('live counts beside each filter choice', () => {
	it('counts every tie in view when nothing is filtered', () => {
		const c = facetCounts(ties, NO_FILTER);
		expect(Object.fromEntries(c.kinds)).toEqual({
			'defense-treaty': 2,
			'arms-transfer': 2,
			agreement: 1
		});
		expect(Object.fromEntries(c.statuses)).toEqual({
			signed: 1,
			'in-force': 1,
			active: 2,
			suspended: 1
		});
		expect(Object.fromEntries(c.confidences)).toEqual({ confirmed: 3, reported: 1, alleged: 1 });
		expect(Object.fromEntries(c.actors)).toEqual({ RUS: 3, PRK: 3, USA: 1, JPN: 2, KOR: 1 });
	});

	it('counts a hidden kind as what showing it would add, cut by the other filters', () => {
		const c = facetCounts(ties, {
			...NO_FILTER,
			hiddenKinds: ['arms-transfer'],
			minConfidence: 'reported'
		});
		expect(c.kinds.get('arms-transfer')).toBe(1);
		expect(c.kinds.get('defense-treaty')).toBe(2);
		// Present: every kind in scope, the one switched off too.
		expect([...c.present].sort()).toEqual(['agreement', 'arms-transfer', 'defense-treaty']);
		// Status counts do not include the hidden kind.
		expect(c.statuses.get('active')).toBeUndefined();
	});

	it('counts an actor taken out as what putting it back would show', () => {
		const c = facetCounts(ties, { ...NO_FILTER, hiddenActors: ['RUS', 'KOR'] });
		expect(c.actors.get('RUS')).toBe(3);
		expect(c.actors.get('KOR')).toBe(1);
		// A tie with another party taken out does not count for its other party.
		expect(c.actors.get('PRK')).toBeUndefined();
		expect(c.kinds.get('defense-treaty')).toBe(1);
	});
});

describe('an actor named twice in one tie', () => {
	it('counts the tie once for it, hidden or shown', () => {
		const twice = [tie('m', 'membership', ['RUS', 'RUS', 'PRK'], 'confirmed', 'active')];
		expect(Object.fromEntries(facetCounts(twice, NO_FILTER).actors)).toEqual({ RUS: 1, PRK: 1 });
		const hidden = facetCounts(twice, { ...NO_FILTER, hiddenActors: ['RUS'] });
		expect(Object.fromEntries(hidden.actors)).toEqual({ RUS: 1 });
	});
});

describe('the status filter', () => {
	const f = { ...NO_FILTER, hiddenStatuses: ['signed' as const] };
	it('hides a tie in a hidden status, and only when its status is given', () => {
		const t = ties[0].tie;
		expect(tiePasses(t, f, 'signed')).toBe(false);
		expect(tiePasses(t, f, 'in-force')).toBe(true);
		expect(tiePasses(t, f)).toBe(true);
		expect(isFiltering(f)).toBe(true);
		expect(isFiltering({ ...NO_FILTER, hiddenStatuses: [] })).toBe(false);
	});
	it('counts statuses by the other filters only', () => {
		expect(facetCounts(ties, f).statuses.get('signed')).toBe(1);
		expect(facetCounts(ties, f).kinds.get('defense-treaty')).toBe(1);
	});
});
