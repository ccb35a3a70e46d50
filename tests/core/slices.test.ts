import { describe, expect, it } from 'vitest';
import { nextTask, runInSlices, Slices } from '../../src/lib/core/slices.ts';

describe('Slices', () => {
	it('is due once its slice has run its time, and starts the next slice after the task', async () => {
		let clock = 100;
		const tasks: number[] = [];
		const slices = new Slices(
			40,
			async () => {
				tasks.push(clock);
				clock += 5;
			},
			() => clock
		);
		expect(slices.due()).toBe(false);
		clock = 139;
		expect(slices.due()).toBe(false);
		clock = 140;
		expect(slices.due()).toBe(true);
		await slices.next();
		expect(tasks).toEqual([140]);
		// The next slice runs from where the page gave the work back (145), not from the first.
		expect(slices.due()).toBe(false);
		clock = 184;
		expect(slices.due()).toBe(false);
		clock = 185;
		expect(slices.due()).toBe(true);
	});

	it('waits for a task of its own by default', async () => {
		const order: string[] = [];
		const task = nextTask().then(() => order.push('task'));
		await Promise.resolve();
		order.push('microtask');
		await task;
		expect(order).toEqual(['microtask', 'task']);
	});
});

describe('runInSlices', () => {
	/**
	 * Runs `n` steps (and a last piece) that each take `ms` of the clock the 40 ms slices read, and
	 * tells in which task the steps were done and in which the result came (the first is 0).
	 */
	const run = async (n: number, ms: number) => {
		let clock = 0;
		let task = 0;
		const waits: (() => void)[] = [];
		const slices = new Slices(
			40,
			() => new Promise<void>((go) => waits.push(go)),
			() => clock
		);
		let stepsDone = -1;
		function* steps() {
			for (let i = 0; i < n; i++) {
				clock += ms;
				yield;
			}
			clock += ms;
			stepsDone = task;
			return n;
		}
		let got: number | null = null;
		let gotIn = -1;
		runInSlices(steps(), slices, (value) => {
			got = value;
			gotIn = task;
		});
		while (waits.length) {
			task++;
			waits.shift()!();
			await new Promise((done) => setTimeout(done, 0));
		}
		expect(got).toBe(n);
		return { stepsDone, gotIn };
	};

	it('gives the result at once when all of it fits in a slice', async () => {
		expect(await run(2, 10)).toEqual({ stepsDone: 0, gotIn: 0 });
	});

	it('gives it in the last slice while that slice has time left', async () => {
		// 10 ms steps: the slices end after the fourth and eighth; the last one ends at 90 ms.
		expect(await run(8, 10)).toEqual({ stepsDone: 2, gotIn: 2 });
	});

	it('gives it in a task of its own once the last slice has run its time', async () => {
		// 20 ms steps: the second slice ends with the last piece.
		expect(await run(3, 20)).toEqual({ stepsDone: 1, gotIn: 2 });
	});
});
