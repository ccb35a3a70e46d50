/**
 * How long a date step takes to reach the screen, in headless Chromium:
 *   1. the built app on the bundled dataset, scrubbed by pointer along the time bar, in the
 *      schematic layout and on the map;
 *   2. the harness page (bench/harness) on the bundled dataset and on a synthetic one of
 *      2,000 actors and 10,000 ties, stepped as the app steps (diff, then applyDiff).
 * Each figure runs from the date change to the next painted frame; the baseline is a bare
 * requestAnimationFrame round trip measured in the same run. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { syntheticDataset } from './synthetic.ts';

const STEPS = 200;

type Run = { step: number[]; baseline: number[] };

// Runs in the page. Kept as source text: the TypeScript loader would otherwise add helpers the
// page does not have.
// A click is a deliberate date (each makes a history entry); a drag is scrubbing (it replaces one).
const APP_SCRUB = `async (steps, drag) => {
	const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
	const track = document.querySelector('[role="slider"]');
	const box = track.getBoundingClientRect();
	const step = [];
	const baseline = [];
	const at = (x) => ({ clientX: x, clientY: box.top + 20, button: 0, pointerId: 1, bubbles: true });
	await frame();
	if (drag) track.dispatchEvent(new PointerEvent('pointerdown', at(box.left + 1)));
	for (let i = 0; i < steps; i++) {
		const init = at(box.left + (box.width * (i + 0.5)) / steps);
		let t0 = performance.now();
		if (drag) track.dispatchEvent(new PointerEvent('pointermove', init));
		else {
			track.dispatchEvent(new PointerEvent('pointerdown', init));
			track.dispatchEvent(new PointerEvent('pointerup', init));
		}
		await frame();
		step.push(performance.now() - t0);
		t0 = performance.now();
		await frame();
		baseline.push(performance.now() - t0);
	}
	return { step, baseline };
}`;
const HARNESS = 'node_modules/.cache/tieline-bench';

const pct = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs: number[]) => pct(xs, 50);
const fmt = (n: number) => n.toFixed(1).padStart(7);

function report(name: string, r: Run) {
	const ratio = median(r.step) / median(r.baseline);
	console.log(
		`${name.padEnd(34)} step median ${fmt(median(r.step))} ms  p95 ${fmt(pct(r.step, 95))} ms` +
			` | baseline median ${fmt(median(r.baseline))} ms  p95 ${fmt(pct(r.baseline, 95))} ms` +
			` | ratio ${ratio.toFixed(2)}`
	);
}

// BENCH_BUILD measures another build of the app (e.g. one made with TIELINE_DATA and TIELINE_BUILD).
const BUILD = process.env.BENCH_BUILD ?? 'build';
if (!existsSync(`${BUILD}/index.html`))
	throw new Error(`${BUILD}/ is missing: run \`npm run build\` first.`);
await build({ configFile: 'bench/vite.config.ts' });
const app = await serveStatic(BUILD);
const harness = await serveStatic(HARNESS);
const s = await openSession({ width: 1440, height: 900 });
try {
	// 1. The app: pointer presses along the time bar, left to right, then one drag along it; in
	// the schematic layout and on the map, so the map's cost per step shows as a ratio beside it.
	for (const layout of ['schematic', 'map'])
		for (const drag of [false, true]) {
			await s.page.goto(app.url + `?at=1950-01-01${layout === 'map' ? '&layout=map' : ''}`);
			await s.page.waitForSelector('[data-testid="graph"][data-ready="true"]');
			if (layout === 'map') await s.page.waitForSelector('[data-testid="graph"][data-map="ready"]');
			const appRun = (await s.page.evaluate(`(${APP_SCRUB})(${STEPS}, ${drag})`)) as Run;
			report(`app (full UI), ${drag ? 'drag' : 'clicks'}, ${layout}`, appRun);
		}

	// 2. The harness: the graph view alone, on the bundled and the synthetic dataset.
	const sets = [
		['harness, bundled dataset', loadDatasetOrThrow(readGraphData('graph-data'))],
		['harness, synthetic 2,000 / 10,000', syntheticDataset(2000, 10000)]
	] as const;
	for (const [name, data] of sets) {
		await s.page.goto(harness.url);
		await s.page.waitForFunction(() => 'benchHarness' in window);
		type H = {
			benchHarness: { load(d: unknown): Promise<unknown>; scrub(n: number): Promise<never> };
		};
		await s.page.evaluate((d) => (window as unknown as H).benchHarness.load(d), data);
		const run = await s.page.evaluate((n) => (window as unknown as H).benchHarness.scrub(n), STEPS);
		report(name, run as { step: number[]; baseline: number[] });
	}
	console.log(`(${STEPS} steps each; headless Chromium, software rendering)`);
	if (s.errors.length) console.log('page errors:', s.errors);
} finally {
	await s.close();
	app.server.close();
	harness.server.close();
}
