import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../src/lib/core/slices.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import type { DisplayPatch } from '../../src/lib/core/view/display.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { validSynthetic } from '../../bench/synthetic.ts';
import { fakeRenderer } from '../support/fake-renderer.ts';

const today = isoToDay('2026-12-02')!;
// 2,000 ties and 200 actors: a first display of several steps (elements visited 512 at a time).
const data = validSynthetic(200, 2000);

/** What the picture shows in the end: each element's last classes, drawn ones only. */
function shown(patches: DisplayPatch[][]) {
	const last = new Map<string, string>();
	for (const p of patches.flat()) last.set(`${p.kind}:${p.id}`, p.classes);
	return new Map([...last].filter(([, classes]) => !/\b(absent|filtered)\b/.test(classes)));
}

/** Links a picture and waits until its first display is given to it (and any after it). */
async function linked(app: AppState) {
	const picture = fakeRenderer();
	app.link(picture.r);
	const atOnce = picture.patches.length;
	return {
		...picture,
		atOnce,
		settled: async () => {
			for (let i = 0; i < 100 && picture.patches.length === 0; i++) await nextTask();
		}
	};
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('the first display of a large picture', () => {
	it('is worked out in slices; a date stepped meanwhile is drawn after it', async () => {
		// A slow clock: every slice has run its time at the first look.
		let clock = 0;
		vi.spyOn(performance, 'now').mockImplementation(() => (clock += 100));
		const app = new AppState(data, today);
		const picture = await linked(app);
		// Nothing given yet: the rest of the display comes in later tasks.
		expect(picture.atOnce).toBe(0);
		const opened = app.day;
		app.step('year', -1);
		expect(app.day).toBeLessThan(opened);
		await picture.settled();
		for (let i = 0; i < 10; i++) await nextTask();
		// The whole first display, then what the step changed.
		expect(picture.patches.length).toBe(2);
		expect(picture.patches[0].length).toBeGreaterThan(2000);
		vi.restoreAllMocks();

		// The same as a picture opened at the date stepped to.
		const again = new AppState(data, today);
		again.applySearch(app.search);
		expect(again.day).toBe(app.day);
		const other = await linked(again);
		await other.settled();
		expect(shown(picture.patches)).toEqual(shown(other.patches));
		expect(picture.r.counts()).toEqual(other.r.counts());
	});
});
