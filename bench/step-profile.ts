/**
 * `npm run bench:profile`: where a playback step's time goes in the full app. Opens a built app
 * (BENCH_BUILD, `build` by default; build it unminified, `npx vite build --minify false` with
 * TIELINE_BUILD set, so the names below mean something), plays month by month for
 * BENCH_STEPS steps (30) from BENCH_AT (1960-01-01) under the Chrome DevTools protocol's sampling
 * profiler, and prints the functions with the most self time, per step. BENCH_MODE=scrub drags
 * along the time bar in BENCH_STEPS moves instead (the bench's scrub).
 */
import type { Page } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
import { openSession } from '../tests/support/browser.ts';
import { poll } from './phase-limit.ts';
import { topLines, type Profile } from './cpu-profile.ts';
import { SCRUB } from './app-probes.ts';

const root = process.env.BENCH_BUILD ?? 'build';
const steps = Number(process.env.BENCH_STEPS ?? 30);
const at = process.env.BENCH_AT ?? '1960-01-01';
const top = Number(process.env.BENCH_TOP ?? 25);

const app = await serveStatic(root);
const s = await openSession({ width: 1440, height: 900 });
try {
	const page = s.page;
	const say = (what: string) => console.error(`[profile] ${what}`);
	say('opening');
	await page.goto(`${app.url}?at=${at}`, { timeout: 0 });
	await page.waitForSelector(`[data-testid="graph"][data-ready="true"][data-day="${at}"]`, {
		timeout: 0
	});
	if (process.env.BENCH_MODE === 'scrub') await scrub(page);
	else await play(page);
} finally {
	await s.close();
	app.server.close();
}

async function profiled<T>(page: Page, run: () => Promise<T>) {
	const cdp = await s.context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const got = await run();
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	return { got, profile };
}

async function scrub(page: Page) {
	console.error('[profile] ready; scrubbing');
	const { got, profile } = await profiled(
		page,
		async () => (await page.evaluate(`(${SCRUB})(${steps})`)) as { step: number[] }
	);
	const median = [...got.step].sort((a, b) => a - b)[steps >> 1];
	console.log(`${root}: ${steps} scrub moves, median ${median.toFixed(1)} ms; self time per move:`);
	for (const line of topLines(profile, top, steps)) console.log(line);
}

async function play(page: Page) {
	console.error('[profile] ready; playing');
	const controls = page.getByRole('group', { name: 'Playback' }).locator('select');
	await controls.first().selectOption('month');
	await controls.nth(1).selectOption('8');
	await page.evaluate(`(() => {
		window.__steps = 0;
		const g = document.querySelector('[data-testid="graph"]');
		new MutationObserver((r) => (window.__steps += r.length)).observe(g, { attributeFilter: ['data-day'] });
	})()`);
	const t0 = Date.now();
	const { got: done, profile } = await profiled(page, async () => {
		const button = page.getByTestId('play');
		await button.click();
		const n = await poll(async () => {
			const n = (await page.evaluate('window.__steps')) as number;
			return n >= steps ? n : null;
		});
		await button.click();
		return n;
	});
	const wall = Date.now() - t0;
	console.log(`${root}: ${done} playback steps in ${wall} ms (wall); self time per step:`);
	for (const line of topLines(profile, top, done)) console.log(line);
	if (s.errors.length) console.log('page errors:', s.errors);
}
