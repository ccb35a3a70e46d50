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
	/** Steps that each take `ms` of a clock the slices read; the tasks they waited for, counted. */
	const run = (n: number, ms: number) => {
		let clock = 0;
		const waits: (() => void)[] = [];
		const slices = new Slices(
			40,
			() => new Promise<void>((go) => waits.push(go)),
			() => clock
		);
		function* steps() {
			for (let i = 0; i < n; i++) {
				clock += ms;
				yield;
			}
			clock += ms;
			return n;
		}
		let got: number | null = null;
		runInSlices(steps(), slices, (value) => (got = value));
		const next = async () => {
			waits.shift()!();
			await new Promise((done) => setTimeout(done, 0));
		};
		return { got: () => got, waits, next };
	};

	it('gives the result at once when all of it fits in a slice', () => {
		const r = run(2, 10);
		expect(r.got()).toBe(2);
		expect(r.waits).toHaveLength(0);
	});

	it('gives it in the last slice while that slice has time left', async () => {
		// 10 ms steps: 40 ms slices end after the fourth and eighth step; the last one ends at 90.
		const r = run(8, 10);
		expect(r.got()).toBeNull();
		await r.next();
		expect(r.got()).toBeNull();
		await r.next();
		expect(r.got()).toBe(8);
		expect(r.waits).toHaveLength(0);
	});

	it('gives it in a task of its own once the last slice has run its time', async () => {
		// The last step ends the slice: the result waits for the next task.
		const r = run(3, 20);
		expect(r.got()).toBeNull();
		await r.next();
		expect(r.got()).toBeNull();
		expect(r.waits).toHaveLength(1);
		await r.next();
		expect(r.got()).toBe(3);
	});
});
