import type { Page } from 'playwright-core';

/**
 * Starts recording, on the page, its main thread's long tasks (Long Tasks API) and how late a
 * 10 ms timer fires (how late input would be answered). (Script text: the bench runs through a
 * transpiler that names functions with a helper the page does not have.)
 */
export const startProbe = (page: Page) =>
	page.evaluate(`(() => {
		const tasks = [];
		const waits = [];
		const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
		obs.observe({ type: 'longtask', buffered: false });
		let last = performance.now();
		const timer = setInterval(() => {
			const now = performance.now();
			waits.push(now - last - 10);
			last = now;
		}, 10);
		window.probe = { tasks, waits, stop() { clearInterval(timer); obs.disconnect(); } };
	})()`);

/** Stops the probe and gives the longest task and the longest timer wait since it started. */
export const stopProbe = (page: Page) =>
	page.evaluate(`(() => {
		window.probe.stop();
		return {
			longestTask: Math.max(0, ...window.probe.tasks),
			longestWait: Math.max(0, ...window.probe.waits)
		};
	})()`) as Promise<{ longestTask: number; longestWait: number }>;

/**
 * Runs `once` `rounds` times each way, alternating (in a worker, then on the page's own thread),
 * so a busy spell of the machine falls on both; `show` prints each run as it ends.
 */
export async function bothWays<T>(
	rounds: number,
	once: (worker: boolean) => Promise<T>,
	show: (way: 'worker' | 'page', one: T) => void
): Promise<{ worker: T[]; page: T[] }> {
	const got = { worker: [] as T[], page: [] as T[] };
	for (let r = 0; r < rounds; r++)
		for (const way of ['worker', 'page'] as const) {
			const one = await once(way === 'worker');
			got[way].push(one);
			show(way, one);
		}
	return got;
}
