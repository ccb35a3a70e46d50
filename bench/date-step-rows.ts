/**
 * The rows `npm run bench` prints for one set, "did not finish" where a phase ran out of time.
 * With several rounds, a row's figures pool every round's, and its ratio is the median of the
 * rounds' own ratios (each round's app against the floor measured right after it), with their
 * range beside it.
 */
import {
	longestAfter,
	longestBefore,
	longestPainted,
	longestStarted,
	type AppFigures,
	type BenchSet,
	type FloorFigures,
	type Load,
	type Steps
} from './date-step-phases.ts';
import { showSpread, spread, type Row } from './bench-stats.ts';

export type Round = { app: AppFigures; floor: FloorFigures };

const median = (xs: number[]) => spread(xs).median;

export function rowsOf(set: BenchSet, rounds: Round[]): Row[] {
	const undone = `did not finish in ${set.limit} s`;
	/** Per round, the app's and the floor's figure (null where either did not finish). */
	const row = (
		measure: string,
		pick: (r: Round) => { app: number[] | null; floor: number[] | null },
		show: (xs: number[]) => string,
		showFloor = show
	): Row => {
		const got = rounds.map(pick);
		const app = got.every((g) => g.app) ? got.flatMap((g) => g.app!) : null;
		const floor = got.every((g) => g.floor) ? got.flatMap((g) => g.floor!) : null;
		const ratios = got.every((g) => g.app && g.floor)
			? got.map((g) => median(g.app!) / median(g.floor!))
			: [];
		return {
			set: set.name,
			measure,
			app: app ? show(app) : undone,
			floor: floor ? showFloor(floor) : app ? undone : '',
			ratio: ratios.length ? median(ratios) : null,
			...(ratios.length > 1 ? { rounds: ratios } : {})
		};
	};
	const steps = (s: Steps | null | undefined) => s?.step ?? null;
	const idle = (x: { scrub: Steps | null; play: Steps | null }) =>
		x.scrub || x.play ? [...(x.scrub?.baseline ?? []), ...(x.play?.baseline ?? [])] : null;
	const loads = (xs: number[]) =>
		xs.length > 1 ? showSpread(spread(xs)) : `${xs[0].toFixed(0)} ms`;
	const first = rounds[0].floor.first;
	const drawn = first ? ` (${first.actors} actors, ${first.ties} ties drawn)` : '';
	const heap = rounds[0].app.heap;
	/** The heap on the set's date before and after a stretch of playback (first round only). */
	const heapRow = (after: string, key: string, from?: number, to?: number): Row => ({
		set: set.name,
		measure: `JS heap on ${set.at}, after ${after}`,
		key,
		app: from && to ? `${from.toFixed(1)} → ${to.toFixed(1)} MiB` : undone,
		floor: '',
		ratio: from && to ? to / from : null
	});
	const drawing = rounds.flatMap((r) => (r.floor.first ? [r.floor.first.sinceCall] : []));
	/** A row of the app's loads alone (the floor has no such figure). */
	const appOnly = (measure: string, key: string, of: (load: Load) => number): Row => ({
		set: set.name,
		measure,
		key,
		app: rounds.every((r) => r.app.load) ? loads(rounds.map((r) => of(r.app.load!))) : undone,
		floor: '',
		ratio: null
	});
	return [
		row(
			`first picture${drawn}`,
			(r) => ({
				app: r.app.load ? [r.app.load.picture] : null,
				floor: r.floor.first ? [r.floor.first.firstPicture] : null
			}),
			loads,
			(xs) => `${loads(xs)} (drawing ${median(drawing).toFixed(0)})`
		),
		row(
			'longest task while loading',
			(r) => ({
				app: r.app.load ? [longestBefore(r.app.load)] : null,
				floor: r.floor.first?.longestTask ? [r.floor.first.longestTask] : null
			}),
			loads
		),
		appOnly('  of them, once the page is on screen', 'longest task once painted', longestPainted),
		appOnly('  of them, once the page takes input', 'longest task once started', longestStarted),
		appOnly('  after it, until 1 s without one', 'longest task after first picture', longestAfter),
		...(
			[
				['date step, scrub', (x: { scrub: Steps | null }) => steps(x.scrub)],
				['date step, playback', (x: { play: Steps | null }) => steps(x.play)],
				['idle frame', idle]
			] as const
		).map(([measure, of]) =>
			row(
				measure,
				(r) => ({ app: of(r.app), floor: of(r.floor) }),
				(xs) => showSpread(spread(xs))
			)
		),
		heapRow(`${heap?.steps ?? set.heap} more playback steps`, 'JS heap', heap?.before, heap?.after),
		heapRow(`${heap?.more ?? set.heap} more again`, 'JS heap again', heap?.after, heap?.again)
	];
}
