/**
 * What the bench runs inside the app's page. Kept as source text: the TypeScript loader would
 * otherwise add helpers the page does not have. Every figure is the page's own clock; a step runs
 * from the date change to the next painted frame (requestAnimationFrame, then a task), and each
 * is followed by one frame with no change, measured the same way.
 */

/**
 * Installed before the app loads: notes the main thread's long tasks, and the first painted frame
 * after the picture reports itself ready and its first frame all drawn (a large one is drawn in
 * slices: src/lib/render/first-frame.ts), the time to first picture, from navigation, when the
 * page was first painted (the prerendered page on screen, before any of its code has run), and
 * when it had started (the explorer's mark \`tieline:started\`: its controls answer from then;
 * a press before is noted at once and made then, src/lib/state/early-input.ts).
 */
export const INIT = `(() => {
	const b = (window.__bench = { tasks: [], picture: 0, painted: 0, started: 0 });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) b.tasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
	const mo = new MutationObserver(() => {
		const graph = '[data-testid="graph"][data-ready="true"]';
		if (!document.querySelector(graph + ':is([data-first-frame="direct"], [data-first-frame="cached"])')) return;
		mo.disconnect();
		requestAnimationFrame(() => setTimeout(() => {
			b.picture = performance.now();
			// When the page had started, and took input (the explorer marks it).
			b.started = performance.getEntriesByName('tieline:started')[0]?.startTime ?? 0;
			b.painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		}, 0));
	});
	mo.observe(document, {
		subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready', 'data-first-frame']
	});
})()`;

/** Drags along the time bar, left to right, in \`steps\` moves: scrubbing. */
export const SCRUB = `async (steps) => {
	const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
	const graph = () => document.querySelector('[data-testid="graph"]');
	const track = document.querySelector('[role="slider"]');
	const box = track.getBoundingClientRect();
	const at = (x) => ({ clientX: x, clientY: box.top + 20, button: 0, pointerId: 1, bubbles: true });
	const step = [];
	const baseline = [];
	const days = [];
	track.dispatchEvent(new PointerEvent('pointerdown', at(box.left + 1)));
	await frame();
	await frame();
	const from = graph().dataset.day;
	for (let i = 0; i < steps; i++) {
		let t0 = performance.now();
		track.dispatchEvent(new PointerEvent('pointermove', at(box.left + (box.width * (i + 1)) / (steps + 1))));
		await frame();
		step.push(performance.now() - t0);
		days.push(graph().dataset.day);
		t0 = performance.now();
		await frame();
		baseline.push(performance.now() - t0);
	}
	track.dispatchEvent(new PointerEvent('pointerup', at(box.right - 1)));
	return { from, days, step, baseline };
}`;

/**
 * Presses Play and times \`steps\` of the playback's own ticks, each from the tick's timer firing
 * to the next painted frame: the page's setTimeout is wrapped while it runs (only timers of
 * \`tick\` ms, the playback's delay at its speed, and only those that moved the date count). Any
 * timer of 60 ms or more was wrapped before: at 50k, where a step holds the page for a second,
 * the app's 100 ms timers came due first every time, were timed instead, and the tick itself ran
 * unmeasured while they were, so no step was ever counted.
 */
export const PLAY = `async (steps, tick) => {
	const graph = () => document.querySelector('[data-testid="graph"]');
	const plain = window.setTimeout;
	const frame = () => new Promise((ok) => requestAnimationFrame(() => plain(ok, 0)));
	const step = [];
	const baseline = [];
	const days = [];
	let from = null;
	let measuring = false;
	const pending = [];
	const result = new Promise((done) => {
		window.setTimeout = function (fn, ms, ...rest) {
			if (typeof fn !== 'function' || ms !== tick) return plain(fn, ms, ...rest);
			return plain(async () => {
				// A tick due while one is timed waits for it, so it is not counted in its frame.
				if (measuring) return void pending.push(() => fn(...rest));
				if (step.length >= steps) return fn(...rest);
				const before = graph().dataset.day;
				measuring = true;
				let t0 = performance.now();
				fn(...rest);
				await frame();
				const t = performance.now() - t0;
				const day = graph().dataset.day;
				if (day !== before) {
					if (from === null) from = before;
					t0 = performance.now();
					await frame();
					step.push(t);
					days.push(day);
					baseline.push(performance.now() - t0);
				}
				measuring = false;
				for (const f of pending.splice(0)) f();
				if (step.length >= steps) done();
			}, ms);
		};
	});
	const play = document.querySelector('[data-testid="play"]');
	play.click();
	await result;
	play.click();
	window.setTimeout = plain;
	return { from, days, step, baseline };
}`;
