/**
 * `npm run bench:export`: whether the page answers input while a large export is written. The
 * app built with the synthetic 2,000 actors/10,000 ties (built here, or BENCH_REUSE=1 to keep the
 * build `npm run bench` made) exports, as a person would (Export…, a format, Export), the range
 * from the data's start to its end, in SVG, GEXF and CSV, and one day as PNG, after 2 s in the
 * dialog (BENCH_CHOOSING=ms; the worker starts as the dialog opens). Each export is made
 * twice in the same run, alternately: as the app makes it (the text written in a Web Worker), and
 * as it does where a browser has no workers (all on the page's thread: the way exports were made
 * before). From the click to the download, a probe on the page records the longest main-thread
 * task (Long Tasks API) and the longest wait of a 10 ms timer (how late input would be answered).
 * Prints medians with the interquartile range, then one line of JSON.
 *
 *   BENCH_ROUNDS=3 BENCH_CASES=svg,gexf npm run bench:export
 */
import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { spread, showSpread } from './bench-stats.ts';
import { bothWays, startProbe, stopProbe } from './page-probe.ts';
import { app10k } from './app-10k.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** How long the person spends in the dialog before Export (ms): the worker starts meanwhile. */
const CHOOSING = Number(process.env.BENCH_CHOOSING ?? 2000);
/** Each export: the view it is made from, and the format's label in the dialog. */
const CASES: Record<string, { query: string; label: string }> = {
	svg: { query: 'from=1900-01-01&to=2030-01-01', label: 'SVG' },
	gexf: { query: 'from=1900-01-01&to=2030-01-01', label: 'GEXF' },
	csv: { query: 'from=1900-01-01&to=2030-01-01', label: 'CSV' },
	png: { query: 'at=1960-01-01', label: 'PNG' }
};
const chosen = (process.env.BENCH_CASES ?? 'svg,gexf,csv,png').split(',');

async function exportOnce(page: Page, base: string, which: string, worker: boolean) {
	const { query, label } = CASES[which];
	await page.goto(`${base}?${query}`);
	await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout: 300_000 });
	// Let the first picture's own work end before the probe starts.
	await page.waitForTimeout(1500);
	if (!worker) await page.evaluate('delete window.Worker');
	await page.getByRole('button', { name: 'Export…' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByLabel(label, { exact: true }).check();
	await page.waitForTimeout(CHOOSING);
	await startProbe(page);
	const t0 = Date.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 600_000 }),
		dialog.getByRole('button', { name: 'Export', exact: true }).click()
	]);
	const ms = Date.now() - t0;
	// Long-task entries arrive a little after their task.
	await page.waitForTimeout(300);
	const probe = await stopProbe(page);
	const bytes = statSync((await download.path())!).size;
	return { ...probe, ms, bytes };
}

type Made = Awaited<ReturnType<typeof exportOnce>>;

const server = await serveStatic(process.env.TIELINE_BUILD ?? app10k());
const s = await openSession({ width: 1440, height: 900 });
const json: Record<string, Record<string, number>> = {};
try {
	for (const which of chosen) {
		console.log(`\n[${which}] ${CASES[which].query}, ${ROUNDS} rounds each way`);
		const got = await bothWays(
			ROUNDS,
			(worker) => exportOnce(s.page, server.url, which, worker),
			(way, one) =>
				console.log(
					`  ${way.padEnd(6)} ${one.ms} ms to the download, longest task ${one.longestTask.toFixed(0)} ms, longest timer wait ${one.longestWait.toFixed(0)} ms, ${(one.bytes / 1024).toFixed(0)} KiB`
				)
		);
		for (const way of ['worker', 'page'] as const) {
			const of = (k: keyof Made) => spread(got[way].map((m) => m[k]));
			console.log(
				`  ${way.padEnd(6)} to the download ${showSpread(of('ms'))}; longest task ${showSpread(of('longestTask'))}; longest timer wait ${showSpread(of('longestWait'))}`
			);
		}
		const median = (way: 'worker' | 'page', k: keyof Made) =>
			spread(got[way].map((m) => m[k])).median;
		json[which] = {
			workerMs: median('worker', 'ms'),
			pageMs: median('page', 'ms'),
			workerLongestTask: median('worker', 'longestTask'),
			pageLongestTask: median('page', 'longestTask'),
			longestTaskRatio: median('worker', 'longestTask') / Math.max(1, median('page', 'longestTask'))
		};
	}
	if (s.errors.length) console.log('page errors:', s.errors.slice(0, 3));
	console.log(JSON.stringify({ bench: 'export-responsive', exports: json }));
} finally {
	await s.close();
	server.server.close();
}
