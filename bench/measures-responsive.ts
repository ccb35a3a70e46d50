/**
 * `npm run bench:measures`: whether the page answers input while measures over time are
 * computed on a large graph. The app built with the synthetic 2,000 actors/10,000 ties (built
 * here, or BENCH_REUSE=1 to keep the build `npm run bench` made) runs Measures over time from
 * BENCH_FROM to BENCH_TO by year (default 2000 to 2006: seven steps), as a person would (the tool,
 * its dates, then Run after 2 s on the form: BENCH_CHOOSING=ms). Each run is made twice in the
 * same run of the bench, alternately: as the app makes it (in a Web Worker), and as it does where
 * a browser has no workers (on the page, in slices that yield between steps: the way runs were
 * made before). From the click to the result, a probe on the page records the longest
 * main-thread task (Long Tasks API) and the longest wait of a 10 ms timer (how late input would
 * be answered). Prints medians with the interquartile range, then one line of JSON.
 *
 *   BENCH_ROUNDS=3 npm run bench:measures
 */
import type { Page } from 'playwright-core';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { spread, showSpread } from './bench-stats.ts';
import { bothWays, startProbe, stopProbe } from './page-probe.ts';
import { app10k } from './app-10k.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const FROM = process.env.BENCH_FROM ?? '2000-01-01';
const TO = process.env.BENCH_TO ?? '2006-01-01';
/** How long the person spends on the form before Run (ms): the worker is given the data meanwhile. */
const CHOOSING = Number(process.env.BENCH_CHOOSING ?? 2000);

async function measureOnce(page: Page, base: string, worker: boolean) {
	await page.goto(`${base}?at=${TO}`);
	await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout: 300_000 });
	// Let the first picture's own work end before the probe starts.
	await page.waitForTimeout(1500);
	if (!worker) await page.evaluate('delete window.Worker');
	await page.getByRole('button', { name: 'Measures over time', exact: true }).click();
	await page.locator('#tool-measures-from').fill(FROM);
	await page.locator('#tool-measures-to').fill(TO);
	await page.waitForTimeout(CHOOSING);
	await startProbe(page);
	const t0 = Date.now();
	await page.getByTestId('tool-run').click();
	await page.waitForSelector('[data-testid="measure-ms"]', { timeout: 600_000 });
	const ms = Date.now() - t0;
	// Long-task entries arrive a little after their task.
	await page.waitForTimeout(300);
	const probe = await stopProbe(page);
	const steps = Number((await page.getByTestId('tool-message').textContent())!.match(/^(\d+)/)![1]);
	// The run's own longest hold of the page (in a worker: taking the result in).
	const held = Number(await page.getByTestId('measure-ms').getAttribute('data-longest'));
	return { ...probe, ms, steps, held };
}

type Made = Awaited<ReturnType<typeof measureOnce>>;

const server = await serveStatic(process.env.TIELINE_BUILD ?? app10k());
const s = await openSession({ width: 1440, height: 900 });
try {
	console.log(`Measures over time, ${FROM} to ${TO} by year, ${ROUNDS} rounds each way`);
	const got = await bothWays(
		ROUNDS,
		(worker) => measureOnce(s.page, server.url, worker),
		(way, one) =>
			console.log(
				`  ${way.padEnd(6)} ${one.ms} ms to the result (${one.steps} steps), longest task ${one.longestTask.toFixed(0)} ms, longest timer wait ${one.longestWait.toFixed(0)} ms, the run's own longest hold ${one.held} ms`
			)
	);
	const median = (way: 'worker' | 'page', k: keyof Made) =>
		spread(got[way].map((m) => m[k])).median;
	for (const way of ['worker', 'page'] as const) {
		const of = (k: keyof Made) => spread(got[way].map((m) => m[k]));
		console.log(
			`  ${way.padEnd(6)} to the result ${showSpread(of('ms'))}; longest task ${showSpread(of('longestTask'))}; longest timer wait ${showSpread(of('longestWait'))}`
		);
	}
	if (s.errors.length) console.log('page errors:', s.errors.slice(0, 3));
	console.log(
		JSON.stringify({
			bench: 'measures-responsive',
			workerMs: median('worker', 'ms'),
			pageMs: median('page', 'ms'),
			workerLongestTask: median('worker', 'longestTask'),
			pageLongestTask: median('page', 'longestTask'),
			longestTaskRatio: median('worker', 'longestTask') / Math.max(1, median('page', 'longestTask'))
		})
	);
} finally {
	await s.close();
	server.server.close();
}
