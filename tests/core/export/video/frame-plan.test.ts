import { describe, expect, it } from 'vitest';
import {
	PlanError,
	frameTime,
	planPlayback,
	planSeconds,
	planShots,
	planStory,
	playbackDays
} from '../../../../src/lib/core/export/video/frame-plan.ts';
import { dayToIso, isoToDay } from '../../../../src/lib/core/time/partial-date.ts';

const day = (iso: string) => isoToDay(iso)!;
const isos = (days: number[]) => days.map(dayToIso);

describe('playbackDays', () => {
	it('steps by month from the start, both ends shown', () => {
		expect(isos(playbackDays(day('1991-01-01'), day('1991-04-01'), 'month'))).toEqual([
			'1991-01-01',
			'1991-02-01',
			'1991-03-01',
			'1991-04-01'
		]);
	});
	it('counts each step from the start, so the 31st comes back after a short month', () => {
		expect(isos(playbackDays(day('2023-01-31'), day('2023-03-31'), 'month'))).toEqual([
			'2023-01-31',
			'2023-02-28',
			'2023-03-31'
		]);
	});
	it('ends on the chosen day when the steps do not land on it', () => {
		expect(isos(playbackDays(day('1990-06-15'), day('1992-01-01'), 'year'))).toEqual([
			'1990-06-15',
			'1991-06-15',
			'1992-01-01'
		]);
	});
	it('asks for both days when one is missing', () => {
		expect(() => playbackDays(NaN, day('2000-01-01'), 'month')).toThrow(
			'choose the day the playback starts and the day it ends'
		);
	});
	it('refuses an end that is not after the start, naming both days', () => {
		expect(() => playbackDays(day('2000-01-01'), day('2000-01-01'), 'month')).toThrow(
			'2000-01-01 is not after 2000-01-01'
		);
	});
});

describe('planShots', () => {
	it('holds each picture a whole number of frames when it can', () => {
		const plan = planShots(['a', 'b', 'c'], 2, 30);
		expect(plan.shots.map((s) => [s.item, s.start, s.frames])).toEqual([
			['a', 0, 60],
			['b', 60, 60],
			['c', 120, 60]
		]);
		expect(plan.frames).toBe(180);
		expect(planSeconds(plan)).toBe(6);
	});
	it('keeps the pace of a hold that is not a whole number of frames, without drift', () => {
		// 8×: a step every 1/16 s, 1.875 frames at 30 fps.
		const plan = planShots(
			Array.from({ length: 16 }, (_, i) => i),
			1 / 16,
			30
		);
		expect(plan.frames).toBe(30);
		expect(new Set(plan.shots.map((s) => s.frames))).toEqual(new Set([1, 2]));
		plan.shots.forEach((s, i) => {
			if (i > 0) expect(s.start).toBe(plan.shots[i - 1].start + plan.shots[i - 1].frames);
		});
	});
	it('gives every picture at least one frame even when the hold is shorter than a frame', () => {
		const plan = planShots([1, 2, 3], 0.01, 30);
		expect(plan.shots.map((s) => s.frames)).toEqual([1, 1, 1]);
	});
	it('says what is wrong with a bad hold, frame rate, empty list or too long a video', () => {
		expect(() => planShots([], 1)).toThrow(PlanError);
		expect(() => planShots([], 1)).toThrow('no pictures');
		expect(() => planShots([1], 0)).toThrow('more than 0 seconds, got 0');
		expect(() => planShots([1], 1, 2.5)).toThrow('whole number from 1 to 60, got 2.5');
		expect(() => planShots(new Array(700).fill(0), 1)).toThrow(
			'would last 700 s, more than the 600 s'
		);
	});
});

describe('planPlayback', () => {
	it('plays as the app does: two steps a second at 1×, a month each', () => {
		const plan = planPlayback({
			from: day('1991-01-01'),
			to: day('1991-06-01'),
			unit: 'month',
			speed: 1
		});
		expect(plan.shots.map((s) => dayToIso(s.item))).toEqual([
			'1991-01-01',
			'1991-02-01',
			'1991-03-01',
			'1991-04-01',
			'1991-05-01',
			'1991-06-01'
		]);
		expect(plan.shots.every((s) => s.frames === 15)).toBe(true);
		expect(planSeconds(plan)).toBe(3);
	});
	it('goes four times as fast at 4×', () => {
		const plan = planPlayback({
			from: day('1961-01-01'),
			to: day('2001-01-01'),
			unit: 'year',
			speed: 4
		});
		expect(plan.shots).toHaveLength(41);
		expect(planSeconds(plan)).toBeCloseTo(41 / 8, 1);
	});
	it('refuses a speed of zero', () => {
		expect(() =>
			planPlayback({ from: day('1991-01-01'), to: day('1992-01-01'), unit: 'month', speed: 0 })
		).toThrow('speed must be more than 0, got 0');
	});
});

describe('planStory', () => {
	it('holds each scene the chosen seconds, in order', () => {
		const plan = planStory(['s1', 's2'], 5, 30);
		expect(plan.shots.map((s) => [s.item, s.start, s.frames])).toEqual([
			['s1', 0, 150],
			['s2', 150, 150]
		]);
	});
	it('refuses a story with no scenes', () => {
		expect(() => planStory([], 5)).toThrow('the story has no scenes to record');
	});
});

describe('frameTime', () => {
	it('is exact microseconds from the frame number, not the clock', () => {
		expect(frameTime(0, 30)).toBe(0);
		expect(frameTime(1, 30)).toBe(33_333);
		expect(frameTime(90, 30)).toBe(3_000_000);
		expect(frameTime(3, 25)).toBe(120_000);
	});
});

describe('PlanError', () => {
	it('names the problem and its figures, for a dialog in either language', () => {
		const caught = (f: () => unknown) => {
			try {
				f();
			} catch (e) {
				return e as PlanError;
			}
			throw new Error('nothing was thrown');
		};
		expect(caught(() => playbackDays(NaN, 1, 'year')).problem).toBe('dates');
		expect(caught(() => playbackDays(5, 1, 'year')).problem).toBe('order');
		expect(caught(() => planShots([1], 0)).problem).toBe('hold');
		const long = caught(() => planShots(new Array(700).fill(0), 1));
		expect([long.problem, long.vars]).toEqual(['tooLong', { seconds: 700, max: 600 }]);
	});
});
