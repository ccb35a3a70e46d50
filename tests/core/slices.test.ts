import { describe, expect, it } from 'vitest';
import { nextTask, Slices } from '../../src/lib/core/slices.ts';

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
