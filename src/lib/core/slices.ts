/**
 * How long one slice of long work runs before the page can answer input, in ms. A task runs past
 * its slice by what cannot be cut (a garbage collection, a library's own step): at 50,000 ties,
 * with slices of 40 ms the tasks as the picture opened were 70-90 ms, and a press then waited
 * 86 ms for its next frame (median); with 25 ms, 60 ms, the first picture as soon (bench:early,
 * alternating loads).
 */
export const SLICE_MS = 25;

/**
 * Resolves in a task of its own, without a timer's delay: between two tasks the page answers
 * input and paints. (A chain of zero-delay timers is held to 4 ms a link.)
 */
export function nextTask(): Promise<void> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			done();
		};
		channel.port2.postMessage(null);
	});
}

/**
 * A long piece of work cut into slices of `ms`, each a task of its own: the work asks `due()`
 * between two small steps, and once its slice has run its time, awaits `next()`, which lets the
 * page answer input and starts the next slice. `later` and `now` are the next task and the clock
 * (a test's own).
 */
export class Slices {
	private start: number;

	constructor(
		private readonly ms: number = SLICE_MS,
		private readonly later: () => Promise<void> = nextTask,
		private readonly now: () => number = () => performance.now()
	) {
		this.start = now();
	}

	/** Whether this slice has run its time. */
	due(): boolean {
		return this.now() - this.start >= this.ms;
	}

	/** Ends this slice: resolves in the next task, where the next slice starts. */
	async next(): Promise<void> {
		await this.later();
		this.start = this.now();
	}
}

/** Runs `steps` (work that pauses with `yield`) all at once, and gives what it returns. */
export function runAll<T>(steps: Iterator<unknown, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** `runInSlices`, as a promise of what `steps` return. */
export const inSlices = <T>(steps: Iterator<unknown, T>, slices = new Slices()): Promise<T> =>
	new Promise((done) => runInSlices(steps, slices, done));

/**
 * Runs `steps` (work that pauses with `yield`) in `slices`, and gives what it returns to `done`:
 * at once, in this task, when all of it fits in the first slice; else in the task of the last
 * slice, or in a task of its own when that slice has run its time.
 */
export function runInSlices<T>(
	steps: Iterator<unknown, T>,
	slices: Slices,
	done: (value: T) => void
): void {
	const run = () => {
		for (;;) {
			const step = steps.next();
			if (step.done && slices.due()) return void slices.next().then(() => done(step.value));
			if (step.done) return done(step.value);
			if (slices.due()) return void slices.next().then(run);
		}
	};
	run();
}
