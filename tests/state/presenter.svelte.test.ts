import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { dayToIso, isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import {
	Presenter,
	transitionMs,
	type PresenterClock
} from '../../src/lib/state/presenter.svelte.ts';
import { StoryDraftState } from '../../src/lib/state/story-draft.svelte.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const story = data.stories!.find((s) => s.id === 'treaties-1961-2024')!;
const today = isoToDay('2026-12-02')!;

/** A clock a test turns by hand: frames 100 ms apart, timers run when asked. */
function handClock(reduced = false) {
	let frames: ((t: number) => void)[] = [];
	let timers: { run: () => void; ms: number }[] = [];
	let t = 0;
	const clock: PresenterClock = {
		frame: (cb) => frames.push(cb),
		cancelFrame: () => (frames = []),
		later: (run, ms) => timers.push({ run, ms }),
		cancelLater: () => (timers = []),
		reducedMotion: () => reduced
	};
	return {
		clock,
		/** Runs frames until none is asked for; returns how many ran. */
		runFrames(max = Infinity) {
			let n = 0;
			while (frames.length && n < max) {
				const batch = frames;
				frames = [];
				t += 100;
				batch.forEach((f) => f(t));
				n++;
			}
			return n;
		},
		runTimers() {
			const batch = timers;
			timers = [];
			batch.forEach((x) => x.run());
			return batch.map((x) => x.ms);
		}
	};
}

function setUp(reduced = false) {
	const app = new AppState(data, today);
	app.applySearch('?lang=ja');
	const hand = handClock(reduced);
	return { app, hand, presenter: new Presenter(app, story, hand.clock) };
}

describe('the presenter', () => {
	it('moves the date through the days between two scenes, then shows the scene as written', () => {
		const { app, hand, presenter } = setUp();
		presenter.go(0, false);
		expect(dayToIso(app.day)).toBe('1961-07-11');
		presenter.next();
		expect(presenter.moving).toBe(true);
		expect(presenter.index).toBe(1);
		const frames = hand.runFrames();
		expect(frames).toBeGreaterThanOrEqual(
			transitionMs(isoToDay('1996-10-01')! - isoToDay('1961-07-11')!) / 100
		);
		expect(presenter.moving).toBe(false);
		expect(app.spec.time).toEqual({ mode: 'compare', anchor: '1995-06-01', at: '1996-10-01' });
		expect(app.spec.selection).toEqual({ type: 'tie', id: 'ussr-prk-1961-treaty' });
		// The language stays the person's; the highlighted ties are picked with their parties.
		expect(app.lang).toBe('ja');
		expect(app.spec.picks.ties).toEqual(['ussr-prk-1961-treaty', 'chn-prk-1961-treaty']);
		expect([...app.spec.picks.actors].sort()).toEqual(['CHN', 'PRK', 'RUS']);
	});

	it('passes through days in order on the way, and jumps under reduced motion', () => {
		const { app, hand, presenter } = setUp();
		presenter.go(1, false);
		const days: number[] = [];
		presenter.next();
		while (presenter.moving) {
			hand.runFrames(1);
			days.push(app.day);
		}
		expect(new Set(days).size).toBeGreaterThan(5);
		expect([...days].sort((a, b) => a - b)).toEqual(days);
		expect(days[0]).toBeGreaterThanOrEqual(isoToDay('1996-10-01')!);
		expect(dayToIso(app.day)).toBe('2000-02-09');
		const instant = setUp(true);
		instant.presenter.go(0, false);
		instant.presenter.last();
		expect(instant.presenter.moving).toBe(false);
		expect(instant.app.spec.time.at).toBe(story.scenes.at(-1)!.view.at);
	});

	it('advances on its own and stops at the last scene', () => {
		const { hand, presenter } = setUp(true);
		presenter.go(story.scenes.length - 3, false);
		presenter.setAutoplay(5);
		expect(hand.runTimers()).toEqual([5000]);
		expect(presenter.index).toBe(story.scenes.length - 2);
		hand.runTimers();
		expect(presenter.index).toBe(story.scenes.length - 1);
		expect(presenter.autoplay).toBeNull();
		expect(hand.runTimers()).toEqual([]);
	});

	it('keeps Home, End and the ends of the story in bounds', () => {
		const { presenter } = setUp(true);
		presenter.go(99, false);
		expect(presenter.index).toBe(story.scenes.length - 1);
		presenter.next();
		expect(presenter.index).toBe(story.scenes.length - 1);
		presenter.first();
		presenter.previous();
		expect(presenter.index).toBe(0);
		expect(presenter.nextScene?.id).toBe(story.scenes[1].id);
	});
});

describe('the story draft kept in the browser', () => {
	it('saves the view in the app as a scene citing what is in focus, and keeps it for the next visit', () => {
		let kept: string | null = null;
		const port = { load: () => kept, save: (t: string) => (kept = t) };
		const app = new AppState(data, today);
		const draft = new StoryDraftState(port);
		draft.addView(app.graph, {
			...defaultSpec('2024-06-19'),
			selection: { type: 'tie', id: 'rus-prk-2024-treaty' },
			tool: { id: 'ego', params: {} }
		});
		expect(draft.story.scenes[0].view).toEqual({ at: '2024-06-19', focus: 'rus-prk-2024-treaty' });
		expect(draft.story.scenes[0].sources).toEqual(
			app.graph.tiesById
				.get('rus-prk-2024-treaty')!
				.sources.map((s) => (typeof s === 'string' ? s : s.id))
		);
		expect(draft.lost).toEqual(['tool']);
		const again = new StoryDraftState(port);
		expect(again.story).toEqual(draft.story);
		expect(again.canUndo).toBe(true);
	});
});
