/** The rows `npm run bench` prints for one set, "did not finish" where a phase ran out of time. */
import {
	longestBefore,
	type AppFigures,
	type BenchSet,
	type FloorFigures,
	type Steps
} from './date-step-phases.ts';
import { showSpread, spread, type Row } from './bench-stats.ts';

export function rowsOf(set: BenchSet, app: AppFigures, floor: FloorFigures) {
	const undone = `did not finish in ${set.limit} s`;
	const row = (measure: string, a: string, f: string, ratio: number | null): Row => ({
		set: set.name,
		measure,
		app: a,
		floor: f,
		ratio
	});
	const step = (measure: string, a: number[] | null, f: number[] | null): Row =>
		row(
			measure,
			a ? showSpread(spread(a)) : undone,
			f ? showSpread(spread(f)) : a ? undone : '',
			a && f ? spread(a).median / spread(f).median : null
		);
	const { load } = app;
	const longest = load ? longestBefore(load) : null;
	const drawn = floor.first
		? ` (${floor.first.actors} actors, ${floor.first.ties} ties drawn)`
		: '';
	const idle = (x: { scrub: Steps | null; play: Steps | null }) =>
		x.scrub || x.play ? [...(x.scrub?.baseline ?? []), ...(x.play?.baseline ?? [])] : null;
	return [
		row(
			`first picture${drawn}`,
			load ? `${load.picture.toFixed(0)} ms` : undone,
			floor.first
				? `${floor.first.firstPicture.toFixed(0)} ms (drawing ${floor.first.sinceCall.toFixed(0)})`
				: undone,
			load && floor.first ? load.picture / floor.first.firstPicture : null
		),
		row(
			'longest task while loading',
			longest === null ? undone : `${longest.toFixed(0)} ms`,
			floor.first ? `${floor.first.longestTask.toFixed(0)} ms` : undone,
			longest !== null && floor.first?.longestTask ? longest / floor.first.longestTask : null
		),
		step('date step, scrub', app.scrub?.step ?? null, floor.scrub?.step ?? null),
		step('date step, playback', app.play?.step ?? null, floor.play?.step ?? null),
		step('idle frame', idle(app), idle(floor)),
		app.heap
			? row(
					`JS heap, after ${app.heap.steps} more playback steps`,
					`${app.heap.before.toFixed(1)} → ${app.heap.after.toFixed(1)} MiB`,
					'',
					app.heap.after / app.heap.before
				)
			: row(`JS heap, after ${set.heap} more playback steps`, undone, '', null)
	];
}
