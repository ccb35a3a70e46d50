import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState, DRAG_REST_MS } from '../../src/lib/state/app-state.svelte.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));

afterEach(() => {
	vi.useRealTimers();
});

describe('a drag along the time bar', () => {
	it('counts as moving until it rests or ends, each move starting the rest again', () => {
		vi.useFakeTimers();
		const app = new AppState(data, isoToDay('2026-12-02')!);
		expect(app.dragging).toBe(false);
		app.dragDate(true);
		expect(app.dragging).toBe(true);
		vi.advanceTimersByTime(DRAG_REST_MS - 10);
		// Another move before the rest: still moving a full rest later than the first would end.
		app.dragDate(true);
		vi.advanceTimersByTime(DRAG_REST_MS - 10);
		expect(app.dragging).toBe(true);
		vi.advanceTimersByTime(10);
		expect(app.dragging).toBe(false);
		// Letting go ends it at once, and no timer left behind turns it back on.
		app.dragDate(true);
		app.dragDate(false);
		expect(app.dragging).toBe(false);
		vi.advanceTimersByTime(DRAG_REST_MS * 2);
		expect(app.dragging).toBe(false);
	});
});
