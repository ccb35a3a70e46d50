import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { followAddress } from '../../src/lib/state/url-sync.svelte.ts';
import { fakeHistory } from '../support/fake-history.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const today = isoToDay('2026-12-02')!;

/** A `later` that resolves when the test says so, and the promise chain after it has run. */
function gate() {
	let open: () => void = () => {};
	const later = () => new Promise<void>((done) => (open = done));
	return {
		later,
		async open() {
			open();
			await Promise.resolve();
			await Promise.resolve();
			flushSync();
		}
	};
}

describe("the address's view as the page starts", () => {
	it('is applied in a task after the start, and the address follows the view from then', async () => {
		const app = new AppState(data, today);
		const started = app.day;
		const h = fakeHistory('?at=1961-07-11&hide=membership');
		const g = gate();
		const stop = followAddress(app, h.port, g.later);
		flushSync();
		// The start keeps the view it was built with (the prerendered page's).
		expect(app.day).toBe(started);
		expect(app.filter.hiddenKinds).toEqual([]);
		await g.open();
		expect(app.day).toBe(isoToDay('1961-07-11'));
		expect(app.filter.hiddenKinds).toEqual(['membership']);
		expect(h.stack).toEqual(['?at=1961-07-11&hide=membership']);
		app.setDay(isoToDay('1970-01-01')!);
		flushSync();
		expect(h.stack).toEqual(['?at=1961-07-11&hide=membership', '?at=1970-01-01&hide=membership']);
		stop();
	});

	it("leaves a view the person changed before then as it is, and Back goes to the link's", async () => {
		const app = new AppState(data, today);
		const h = fakeHistory('?at=1961-07-11');
		const g = gate();
		const stop = followAddress(app, h.port, g.later);
		app.setDay(isoToDay('2000-01-01')!);
		flushSync();
		await g.open();
		expect(app.day).toBe(isoToDay('2000-01-01'));
		expect(h.stack).toEqual(['?at=1961-07-11', '?at=2000-01-01']);
		h.go(-1);
		expect(app.day).toBe(isoToDay('1961-07-11'));
		stop();
	});

	it('does nothing when the page is gone before then', async () => {
		const app = new AppState(data, today);
		const started = app.search;
		const h = fakeHistory('?at=1961-07-11');
		const g = gate();
		followAddress(app, h.port, g.later)();
		await g.open();
		expect(app.search).toBe(started);
		app.setDay(isoToDay('2000-01-01')!);
		flushSync();
		expect(h.stack).toEqual(['?at=1961-07-11']);
	});
});
