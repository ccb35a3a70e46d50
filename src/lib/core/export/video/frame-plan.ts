import { addMonths, dayToIso } from '../../time/partial-date.ts';

/**
 * A video is planned before anything is drawn: which picture each frame shows and for how many
 * frames it is held. Frame times come from the plan, never from the clock, so a slow machine
 * makes a video of the same length as a fast one.
 */

export const VIDEO_SIZES = {
	'720p': { width: 1280, height: 720 },
	'1080p': { width: 1920, height: 1080 }
} as const;
export type VideoSize = keyof typeof VIDEO_SIZES;

export const VIDEO_FPS = 30;
/** A longer video would hold minutes of 1080p frames in memory before it is saved. */
export const MAX_VIDEO_SECONDS = 600;
/** The playback's own pace at 1×: two steps a second (src/lib/state/playback.svelte.ts). */
export const STEPS_PER_SECOND = 2;

/** One picture of the video, held from frame `start` for `frames` frames. */
export interface Shot<T> {
	item: T;
	start: number;
	frames: number;
}

export interface FramePlan<T> {
	fps: number;
	shots: Shot<T>[];
	/** Frames in the whole video. */
	frames: number;
}

/** Why a plan was refused, for a dialog that says it in the person's language. */
export type PlanProblem = 'dates' | 'order' | 'tooLong' | 'hold' | 'other';

export class PlanError extends Error {
	constructor(
		message: string,
		readonly problem: PlanProblem = 'other',
		readonly vars: Record<string, string | number> = {}
	) {
		super(message);
		this.name = 'PlanError';
	}
}

function checkFps(fps: number) {
	if (!Number.isInteger(fps) || fps < 1 || fps > 60)
		throw new PlanError(`frames per second must be a whole number from 1 to 60, got ${fps}`);
}

/**
 * Holds each item `seconds` long. Shot i starts at round(i · seconds · fps), so a hold that is not
 * a whole number of frames (a month at 8× is 1.875 frames at 30 fps) keeps the right pace over
 * the video instead of drifting; every shot gets at least one frame.
 */
export function planShots<T>(items: readonly T[], seconds: number, fps = VIDEO_FPS): FramePlan<T> {
	checkFps(fps);
	if (items.length === 0) throw new PlanError('nothing to record: the video has no pictures');
	if (!(seconds > 0) || !Number.isFinite(seconds))
		throw new PlanError(
			`each picture must be held for more than 0 seconds, got ${seconds}`,
			'hold'
		);
	const total = items.length * seconds;
	if (total > MAX_VIDEO_SECONDS)
		throw new PlanError(
			`the video would last ${Math.round(total)} s, more than the ${MAX_VIDEO_SECONDS} s one recording can hold: ` +
				'choose fewer pictures, a larger step or a higher speed',
			'tooLong',
			{ seconds: Math.round(total), max: MAX_VIDEO_SECONDS }
		);
	const startOf = (i: number) => Math.round(i * seconds * fps);
	const shots: Shot<T>[] = [];
	let start = 0;
	items.forEach((item, i) => {
		const end = Math.max(startOf(i + 1), start + 1);
		shots.push({ item, start, frames: end - start });
		start = end;
	});
	return { fps, shots, frames: start };
}

export type StepUnit = 'month' | 'year';

/**
 * The days a playback shows from `from` to `to`, both shown: `from`, then one month or year after
 * another counted from `from` (so 31 January steps to 28 February and on to 31 March), and `to`
 * last when the steps do not land on it.
 */
export function playbackDays(from: number, to: number, unit: StepUnit): number[] {
	if (!Number.isFinite(from) || !Number.isFinite(to))
		throw new PlanError('choose the day the playback starts and the day it ends', 'dates');
	if (!(to > from))
		throw new PlanError(
			`the playback must end after it starts: ${dayToIso(to)} is not after ${dayToIso(from)}`,
			'order'
		);
	const months = unit === 'year' ? 12 : 1;
	const days: number[] = [];
	for (let k = 0; ; k++) {
		const day = addMonths(from, k * months);
		if (day > to) break;
		days.push(day);
		if (days.length > MAX_VIDEO_SECONDS * 60)
			throw new PlanError(`too many steps from ${dayToIso(from)} to ${dayToIso(to)}`);
	}
	if (days[days.length - 1] !== to) days.push(to);
	return days;
}

export interface PlaybackChoice {
	from: number;
	to: number;
	unit: StepUnit;
	/** 1, 2, 4 or 8, as the playback buttons offer. */
	speed: number;
	fps?: number;
}

/** A playback as the app plays it: each step held 1 / (2 × speed) seconds. */
export function planPlayback(c: PlaybackChoice): FramePlan<number> {
	if (!(c.speed > 0) || !Number.isFinite(c.speed))
		throw new PlanError(`speed must be more than 0, got ${c.speed}`);
	return planShots(
		playbackDays(c.from, c.to, c.unit),
		1 / (STEPS_PER_SECOND * c.speed),
		c.fps ?? VIDEO_FPS
	);
}

/** A story's scenes, in order, each held `seconds`. */
export function planStory<T>(scenes: readonly T[], seconds: number, fps = VIDEO_FPS): FramePlan<T> {
	if (scenes.length === 0) throw new PlanError('the story has no scenes to record');
	return planShots(scenes, seconds, fps);
}

/** When a frame starts, in microseconds (the unit of WebCodecs timestamps). */
export function frameTime(frame: number, fps: number): number {
	return Math.round((frame * 1_000_000) / fps);
}

/** The length of a plan in seconds. */
export function planSeconds(plan: FramePlan<unknown>): number {
	return plan.frames / plan.fps;
}
