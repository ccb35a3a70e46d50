import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { compareDates } from '../../../src/lib/core/model/compare.ts';
import { rangeSnapshot } from '../../../src/lib/core/model/range.ts';
import { addMonths, dayToIso, isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { ViewModel } from '../../../src/lib/core/view/view-model.ts';
import { facetCounts } from '../../../src/lib/core/filters/facet-counts.ts';
import { defaultSpec, NO_FILTER, type ViewSpec } from '../../../src/lib/core/view/view-spec.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const at = (iso: string): ViewSpec => defaultSpec(iso);
const ids = (vm: ViewModel) => vm.ties.map((t) => t.tie.id).sort();

describe('the derived view', () => {
	it('shows at a day exactly the snapshot of that day', () => {
		const vm = new ViewModel(graph, at('1995-06-01'));
		const snap = graph.at(isoToDay('1995-06-01')!);
		expect(ids(vm)).toEqual(snap.ties.map((t) => t.tie.id).sort());
		expect(vm.actors.map((a) => a.actor.id).sort()).toEqual(
			snap.actors.map((a) => a.actor.id).sort()
		);
		expect(vm.tieInScope('ussr-prk-1961-treaty')?.status).toBe('in-force');
		expect(vm.ties.every((t) => t.mark === undefined)).toBe(true);
	});

	it('steps month by month from 1945 to 2026 to the same view a rebuild gives', () => {
		let day = isoToDay('1945-01-01')!;
		const vm = new ViewModel(graph, at(dayToIso(day)));
		for (let i = 0; i < 12 * 81; i++) {
			day = addMonths(day, 1);
			const { delta } = vm.step(day);
			expect(delta.all).toBe(false);
			if (i % 60 === 0) {
				const fresh = new ViewModel(graph, at(dayToIso(day)));
				expect(ids(vm)).toEqual(ids(fresh));
				expect(vm.ties.map((t) => t.status)).toEqual(
					vm.ties.map((t) => fresh.tieInScope(t.tie.id)!.status)
				);
				expect(vm.actors.map((a) => a.name.en).sort()).toEqual(
					fresh.actors.map((a) => a.name.en).sort()
				);
			}
		}
	});

	it('names in a step only the ties and actors that changed', () => {
		const vm = new ViewModel(graph, at('1991-12-25'));
		const { delta } = vm.step(isoToDay('1991-12-26')!);
		expect(delta.actors).toContain('RUS');
		expect(vm.actorInScope('RUS')?.name.en).toBe('Russia');
		expect(delta.ties.length).toBeLessThan(5);
	});

	it('marks ties that began or ended inside a range', () => {
		const spec: ViewSpec = {
			...at('1997-01-01'),
			time: { mode: 'range', anchor: '1990-01-01', at: '1997-01-01' }
		};
		const vm = new ViewModel(graph, spec);
		const r = rangeSnapshot(graph, isoToDay('1990-01-01')!, isoToDay('1997-01-01')!);
		expect(ids(vm)).toEqual(r.ties.map((t) => t.tie.id).sort());
		expect(vm.tieInScope('ussr-prk-1961-treaty')?.mark).toBe('ended');
		const began = r.ties.filter((t) => t.beganInside && !t.endedInside).map((t) => t.tie.id);
		expect(began.length).toBeGreaterThan(0);
		for (const id of began) expect(vm.tieInScope(id)?.mark).toBe('began');
	});

	it('marks what a comparison added, removed and changed', () => {
		const spec: ViewSpec = {
			...at('2024-12-10'),
			time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' }
		};
		const vm = new ViewModel(graph, spec);
		const c = compareDates(graph, isoToDay('2019-01-01')!, isoToDay('2024-12-10')!);
		expect(vm.ties.filter((t) => t.mark === 'added').length).toBe(c.added.length);
		expect(vm.ties.filter((t) => t.mark === 'removed').length).toBe(c.removed.length);
		expect(vm.ties.filter((t) => t.mark === 'changed').length).toBe(c.changed.length);
		expect(vm.tieInScope('rus-prk-2024-treaty')?.mark).toBe('added');
	});

	it('applies the filter in every mode, with kinds, confidence and actors', () => {
		for (const time of [
			{ mode: 'instant' as const, at: '2024-12-10' },
			{ mode: 'range' as const, anchor: '2000-01-01', at: '2024-12-10' },
			{ mode: 'compare' as const, anchor: '2000-01-01', at: '2024-12-10' }
		]) {
			const filter = {
				hiddenKinds: ['membership' as const],
				minConfidence: 'reported' as const,
				hiddenActors: ['JPN']
			};
			const vm = new ViewModel(graph, { ...at('2024-12-10'), time, filter });
			const all = [...vm.allInScope()];
			expect(vm.ties.length).toBeLessThan(all.length);
			for (const t of vm.ties) {
				expect(t.tie.kind).not.toBe('membership');
				expect(t.tie.confidence).not.toBe('alleged');
				expect(t.tie.parties).not.toContain('JPN');
			}
			expect(vm.actors.some((a) => a.actor.id === 'JPN')).toBe(false);
			vm.setFilter(NO_FILTER);
			expect(vm.ties.length).toBe(all.length);
		}
	});

	it("gives the legend's counts once per version of the view and filter", () => {
		const vm = new ViewModel(graph, at('1995-06-01'));
		const counts = vm.facetCounts(NO_FILTER);
		expect(counts).toEqual(facetCounts(vm.allInScope(), NO_FILTER));
		expect(vm.facetCounts({ ...NO_FILTER })).toBe(counts);
		const hidden = { ...NO_FILTER, hiddenActors: ['JPN'] };
		expect(vm.facetCounts(hidden)).toEqual(facetCounts(vm.allInScope(), hidden));
		vm.step(isoToDay('2024-12-10')!);
		const later = vm.facetCounts(NO_FILTER);
		expect(later).not.toBe(counts);
		expect(later).toEqual(facetCounts(vm.allInScope(), NO_FILTER));
		expect(later).not.toEqual(counts);
	});

	it('knows which ties and actors a pick names', () => {
		const vm = new ViewModel(graph, {
			...at('2024-12-10'),
			picks: { how: 'manual', actors: ['RUS', 'PRK'], ties: null }
		});
		expect(vm.picking).toBe(true);
		const picked = vm.ties.filter((t) => vm.tiePicked(t.tie));
		expect(picked.length).toBeGreaterThan(0);
		for (const t of picked)
			expect(t.tie.parties.every((p) => ['RUS', 'PRK'].includes(p))).toBe(true);
		vm.setPicks({ how: 'path', actors: ['RUS'], ties: ['rus-prk-2024-treaty'] });
		expect(vm.ties.filter((t) => vm.tiePicked(t.tie)).map((t) => t.tie.id)).toEqual([
			'rus-prk-2024-treaty'
		]);
		vm.setPicks({ how: 'manual', actors: [], ties: null });
		expect(vm.picking).toBe(false);
	});
});
