import { describe, expect, it } from 'vitest';
import {
	NO_FILTER,
	isFiltering,
	parseFilter,
	shownKinds,
	tiePasses,
	writeFilter
} from '../../src/lib/core/filters/tie-filter.ts';
import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';

describe('tie filter', () => {
	it('lets everything through by default', () => {
		expect(tiePasses({ kind: 'membership', confidence: 'alleged' }, NO_FILTER)).toBe(true);
		expect(isFiltering(NO_FILTER)).toBe(false);
	});
	it('hides kinds switched off, and ties below the least confidence shown', () => {
		const f = { hiddenKinds: ['membership' as const], minConfidence: 'reported' as const };
		expect(tiePasses({ kind: 'membership', confidence: 'confirmed' }, f)).toBe(false);
		expect(tiePasses({ kind: 'arms-transfer', confidence: 'alleged' }, f)).toBe(false);
		expect(tiePasses({ kind: 'arms-transfer', confidence: 'reported' }, f)).toBe(true);
		expect(
			tiePasses(
				{ kind: 'arms-transfer', confidence: 'confirmed' },
				{ hiddenKinds: [], minConfidence: 'confirmed' }
			)
		).toBe(true);
		expect(
			tiePasses(
				{ kind: 'arms-transfer', confidence: 'reported' },
				{ hiddenKinds: [], minConfidence: 'confirmed' }
			)
		).toBe(false);
		expect(shownKinds(f)).not.toContain('membership');
		expect(shownKinds(f)).toHaveLength(TIE_KINDS.length - 1);
	});
	it('reads and writes the URL, reporting what it cannot read', () => {
		const { filter, problems } = parseFilter(
			new URLSearchParams('hide=sanctions,membership,bogus&conf=sure')
		);
		expect(filter).toEqual({ hiddenKinds: ['sanctions', 'membership'], minConfidence: 'alleged' });
		expect(problems).toEqual([
			{ param: 'hide', value: 'bogus' },
			{ param: 'conf', value: 'sure' }
		]);
		const p = new URLSearchParams();
		writeFilter(p, { hiddenKinds: ['sanctions', 'membership'], minConfidence: 'confirmed' });
		expect(p.toString()).toBe('hide=membership%2Csanctions&conf=confirmed');
		const empty = new URLSearchParams();
		writeFilter(empty, NO_FILTER);
		expect(empty.toString()).toBe('');
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
		const kept = filterDiff(diff, { hiddenKinds: ['membership'], minConfidence: 'alleged' });
		expect(kept.addedTies.some((a) => a.tie.kind === 'membership')).toBe(false);
		expect(kept.addedTies.length).toBe(
			diff.addedTies.filter((a) => a.tie.kind !== 'membership').length
		);
		expect(filterDiff(diff, NO_FILTER)).toBe(diff);
	});
});
