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
