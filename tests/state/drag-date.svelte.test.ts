import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { flushSync } from 'svelte';
import { AppState, DRAG_REST_MS } from '../../src/lib/state/app-state.svelte.ts';
import { heldWhileDragging } from '../../src/lib/state/drag-hold.svelte.ts';

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

describe('a value held while the time bar is dragged (heldWhileDragging)', () => {
	it('is read once as it starts, waits while the drag moves, and catches up as it ends', () => {
		const app = new AppState(data, isoToDay('2026-12-02')!);
		let reads = 0;
		const cleanup = $effect.root(() => {
			const held = heldWhileDragging(app, () => {
				reads++;
				return app.day;
			});
			const seen: number[] = [];
			$effect(() => {
				seen.push(held.value);
			});
			flushSync();
			expect(reads).toBe(1);
			const start = app.day;
			expect(seen).toEqual([start]);
			app.dragDate(true);
			app.setDay(start - 30);
			flushSync();
			// Held: neither read again nor changed while the drag moves.
			expect(held.value).toBe(start);
			expect(reads).toBe(1);
			app.dragDate(false);
			flushSync();
			expect(held.value).toBe(start - 30);
			expect(seen).toEqual([start, start - 30]);
			expect(reads).toBe(2);
		});
		cleanup();
	});
});
