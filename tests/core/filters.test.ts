import { describe, expect, it } from 'vitest';
import { isFiltering, shownKinds, tiePasses } from '../../src/lib/core/filters/tie-filter.ts';
import { NO_FILTER } from '../../src/lib/core/view/view-spec.ts';
import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';

const P = ['USA', 'JPN'];

describe('tie filter', () => {
	it('lets everything through by default', () => {
		expect(tiePasses({ kind: 'membership', confidence: 'alleged', parties: P }, NO_FILTER)).toBe(
			true
		);
		expect(isFiltering(NO_FILTER)).toBe(false);
	});
	it('hides kinds switched off, and ties below the least confidence shown', () => {
		const f = {
			...NO_FILTER,
			hiddenKinds: ['membership' as const],
			minConfidence: 'reported' as const
		};
		expect(tiePasses({ kind: 'membership', confidence: 'confirmed', parties: P }, f)).toBe(false);
		expect(tiePasses({ kind: 'arms-transfer', confidence: 'alleged', parties: P }, f)).toBe(false);
		expect(tiePasses({ kind: 'arms-transfer', confidence: 'reported', parties: P }, f)).toBe(true);
		expect(
			tiePasses(
				{ kind: 'arms-transfer', confidence: 'confirmed', parties: P },
				{ ...NO_FILTER, minConfidence: 'confirmed' }
			)
		).toBe(true);
		expect(
			tiePasses(
				{ kind: 'arms-transfer', confidence: 'reported', parties: P },
				{ ...NO_FILTER, minConfidence: 'confirmed' }
			)
		).toBe(false);
		expect(shownKinds(f)).not.toContain('membership');
		expect(shownKinds(f)).toHaveLength(TIE_KINDS.length - 1);
	});
	it('takes out every tie an actor taken out of the view is a party to', () => {
		const f = { ...NO_FILTER, hiddenActors: ['JPN'] };
		expect(isFiltering(f)).toBe(true);
		expect(tiePasses({ kind: 'agreement', confidence: 'confirmed', parties: P }, f)).toBe(false);
		expect(
			tiePasses({ kind: 'agreement', confidence: 'confirmed', parties: ['USA', 'KOR'] }, f)
		).toBe(true);
	});

	it('keeps only shown ties in what a date step announces', async () => {
		const { readGraphData } = await import('../../src/cli/read-graph-data.ts');
		const { loadDatasetOrThrow } = await import('../../src/lib/core/io/load.ts');
		const { TemporalGraph } = await import('../../src/lib/core/model/temporal-graph.ts');
		const { isoToDay } = await import('../../src/lib/core/time/partial-date.ts');
		const { filterDiff } = await import('../../src/lib/core/filters/tie-filter.ts');
		const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
		const diff = graph.diff(isoToDay('2024-01-01')!, isoToDay('2025-01-01')!);
		expect(diff.addedTies.some((a) => a.tie.kind === 'membership')).toBe(true);
		const kept = filterDiff(diff, { ...NO_FILTER, hiddenKinds: ['membership'] });
		expect(kept.addedTies.some((a) => a.tie.kind === 'membership')).toBe(false);
		expect(kept.addedTies.length).toBe(
			diff.addedTies.filter((a) => a.tie.kind !== 'membership').length
		);
		expect(filterDiff(diff, NO_FILTER)).toBe(diff);
	});
});
