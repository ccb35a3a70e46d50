import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { firstDay, isoToDay, partialDate } from '../../src/lib/core/time/partial-date.ts';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';
import { ALL_ROWS, OVERSCAN, rowWindow, scrollToRow } from '../../src/lib/state/row-window.ts';
import { tieRankSteps, tieRanks, tieRows } from '../../src/lib/state/time-rows.ts';
import { validSynthetic } from '../../bench/synthetic.ts';

describe('the rows of "Ties in view"', () => {
	const began = (t: { signed?: string; from?: string }) =>
		firstDay(partialDate((t.signed ?? t.from)!));

	it('lists the ties in view oldest first, then by id, after any number of steps', () => {
		const graph = new TemporalGraph(validSynthetic(300, 2000, 5));
		const view = new ViewModel(graph, defaultSpec('1970-01-01'));
		for (const iso of ['1980-06-01', '1975-01-01', '2001-03-03']) {
			view.step(isoToDay(iso)!);
			const rows = tieRows(view).slice();
			expect(rows.length).toBe(view.ties.length);
			expect(rows.length).toBeGreaterThan(100);
			for (let i = 1; i < rows.length; i++) {
				const a = rows[i - 1].tie;
				const b = rows[i].tie;
				expect(began(a) < began(b) || (began(a) === began(b) && a.id < b.id)).toBe(true);
			}
		}
	});

	it('orders the bundled data as it was sorted before (dates, then ids by locale)', () => {
		const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
		for (const iso of ['1965-01-01', '2000-01-01', '2025-01-01']) {
			const view = new ViewModel(graph, defaultSpec(iso));
			const expected = [...view.ties]
				.sort((a, b) => began(a.tie) - began(b.tie) || a.tie.id.localeCompare(b.tie.id))
				.map((r) => r.tie.id);
			expect(expected.length).toBeGreaterThan(5);
			expect(
				tieRows(view)
					.slice()
					.map((r) => r.tie.id)
			).toEqual(expected);
		}
	});
});

describe('the rows, made as they are read', () => {
	it('gives any row, any stretch of rows and the count picked as the whole list has them', () => {
		const graph = new TemporalGraph(validSynthetic(300, 2000, 5));
		const plain = new ViewModel(graph, defaultSpec('1980-01-01'));
		const all = tieRows(plain).slice();
		const ids = [all[3].tie.id, all[40].tie.id, all[41].tie.id];
		const view = new ViewModel(graph, {
			...defaultSpec('1980-01-01'),
			picks: { how: 'manual', actors: [], ties: ids }
		});
		const rows = tieRows(view);
		expect(rows.length).toBe(all.length);
		expect(rows.at(40).tie.id).toBe(all[40].tie.id);
		expect(rows.slice(38, 42).map((r) => r.tie.id)).toEqual(all.slice(38, 42).map((r) => r.tie.id));
		expect(rows.slice(rows.length - 2, rows.length + 5)).toHaveLength(2);
		expect(
			rows
				.slice()
				.filter((r) => r.picked)
				.map((r) => r.tie.id)
		).toEqual(ids);
		expect(rows.picked).toBe(3);
		expect(tieRows(plain).picked).toBe(0);
		// Worked out once per version of the view.
		expect(tieRows(view)).toBe(rows);
		view.step(isoToDay('1990-01-01')!);
		expect(tieRows(view)).not.toBe(rows);
		expect(tieRows(view).length).toBe(view.ties.length);
	});
});

describe("the table's order of a dataset's ties (tieRankSteps)", () => {
	it('is worked out with pauses, as one sort by day and id gives it, and kept', () => {
		const ties = validSynthetic(300, 5000, 7).ties;
		const day = (t: (typeof ties)[number]) => firstDay(partialDate((t.signed ?? t.from)!));
		const expected = [...ties]
			.sort((a, b) => day(a) - day(b) || a.id.localeCompare(b.id))
			.map((t) => t.id);
		const steps = tieRankSteps(ties);
		let pauses = 0;
		let step = steps.next();
		for (; !step.done; step = steps.next()) pauses++;
		expect(pauses).toBeGreaterThanOrEqual(4);
		const rank = step.value;
		expect([...ties].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).map((t) => t.id)).toEqual(
			expected
		);
		// Days shared by several ties were ordered by id.
		expect(new Set(ties.map(day)).size).toBeLessThan(ties.length);
		expect(tieRanks(ties)).toBe(rank);
	});
});

describe('the table window', () => {
	it('draws every row of a short table', () => {
		expect(rowWindow(ALL_ROWS, 500, 200, 25)).toEqual({
			start: 0,
			end: ALL_ROWS,
			top: 0,
			bottom: 0
		});
	});

	it('draws the rows in view and a margin, and keeps the height of the others', () => {
		// Rows 400–408 are visible (200 px of 25 px rows from 10,000 px down).
		const w = rowWindow(5000, 10_000, 200, 25);
		expect(w.start).toBe(400 - OVERSCAN);
		expect(w.end).toBe(408 + OVERSCAN);
		expect(w.top).toBe(w.start * 25);
		expect(w.top + (w.end - w.start) * 25 + w.bottom).toBe(5000 * 25);
	});

	it('starts at the first row and ends at the last', () => {
		expect(rowWindow(5000, 0, 200, 25).start).toBe(0);
		const end = rowWindow(5000, 5000 * 25 - 200, 200, 25);
		expect(end.end).toBe(5000);
		expect(end.bottom).toBe(0);
		// Scrolled past the end after the rows got fewer: the last rows, not an empty table.
		const past = rowWindow(1000, 5000 * 25, 200, 25);
		expect(past.end).toBe(1000);
		expect(past.end - past.start).toBeGreaterThan(2 * OVERSCAN);
	});

	it('scrolls just enough to show a row', () => {
		expect(scrollToRow(10, 1000, 200, 25)).toBe(250);
		expect(scrollToRow(100, 1000, 200, 25)).toBe(100 * 25 + 25 - 200);
		expect(scrollToRow(42, 1000, 200, 25)).toBe(1000);
	});
});
