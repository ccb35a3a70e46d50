/**
 * Playback soak: the built app plays month by month at 8× from 1925 for about 1,000 steps, and
 * the JS heap is read (after a forced garbage collection) every 100 steps through the Chrome
 * DevTools Protocol. Prints each sample and the trend: the last sample against the first, the
 * slope of a least-squares line, and the heap back on the first day after the run. Needs
 * `npm run build` first.
 *
 * With a second pass (the same steps again from the first day), growth that the first pass
 * shows and the second does not is the page warming up (compiled code, caches of what has been
 * drawn once), not memory kept per step.
 *
 *   npx tsx bench/soak.ts [steps] [passes]
 */
import { existsSync } from 'node:fs';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { isoToDay } from '../src/lib/core/time/partial-date.ts';

const STEPS = Number(process.argv[2] ?? 1000);
/** Passes over the same steps (argv[3]): a second pass tells warm-up from memory kept per step. */
const PASSES = Number(process.argv[3] ?? 1);
const EVERY = 100;

if (!existsSync('build/index.html'))
	throw new Error('build/ is missing: run `npm run build` first.');
const app = await serveStatic('build');
const s = await openSession({ width: 1440, height: 900 });
try {
	const cdp = await s.context.newCDPSession(s.page);
	await cdp.send('Performance.enable');
	const heap = async () => {
		await cdp.send('HeapProfiler.collectGarbage');
		const { metrics } = await cdp.send('Performance.getMetrics');
		return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
	};
	await s.page.goto(app.url + '?at=1925-01-01');
	await s.page.waitForSelector('[data-testid="graph"][data-ready="true"]');
	await s.page
		.getByRole('group', { name: 'Playback' })
		.locator('select')
		.first()
		.selectOption('month');
	await s.page.getByRole('group', { name: 'Playback' }).locator('select').nth(1).selectOption('8');
	const startIso = (await s.page.getByTestId('graph').getAttribute('data-day'))!;
	const start = isoToDay(startIso)!;
	const monthsIn = async () => {
		const iso = await s.page.getByTestId('graph').getAttribute('data-day');
		return Math.round((isoToDay(iso!)! - start) / 30.44);
	};
	const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
	/** Plays `STEPS` steps from the first day, reading the heap every `EVERY` steps. */
	const pass = async () => {
		const samples: { step: number; mb: number }[] = [{ step: 0, mb: await heap() }];
		await s.page.getByRole('button', { name: /Play/ }).click();
		for (let next = EVERY; next <= STEPS; next += EVERY) {
			await s.page.waitForFunction(
				([from, n]) => {
					const iso = document.querySelector('[data-testid="graph"]')!.getAttribute('data-day')!;
					return (
						(Date.parse(iso) - Date.parse(from as string)) / 86_400_000 / 30.44 >= (n as number)
					);
				},
				[startIso, next],
				{ timeout: 120_000, polling: 200 }
			);
			samples.push({ step: await monthsIn(), mb: await heap() });
		}
		await s.page.getByRole('button', { name: /Pause/ }).click();
		// Back on the first day: the heap there, against the first sample, tells growth with the
		// content in view (more ties later on) from memory kept by the steps themselves.
		await field.fill(startIso);
		await field.press('Enter');
		await s.page.waitForSelector(`[data-testid="graph"][data-day="${startIso}"]`);
		return { samples, back: await heap() };
	};
	const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)} %`;
	for (let i = 1; i <= PASSES; i++) {
		const { samples, back } = await pass();
		const n = samples.length;
		const mx = samples.reduce((a, p) => a + p.step, 0) / n;
		const my = samples.reduce((a, p) => a + p.mb, 0) / n;
		const slope =
			samples.reduce((a, p) => a + (p.step - mx) * (p.mb - my), 0) /
			samples.reduce((a, p) => a + (p.step - mx) ** 2, 0);
		if (PASSES > 1) console.log(`pass ${i} of ${PASSES}`);
		for (const p of samples)
			console.log(`step ${String(p.step).padStart(5)}  heap ${p.mb.toFixed(2)} MiB`);
		console.log(
			`heap after ${samples[n - 1].step} steps: ${pct((samples[n - 1].mb / samples[0].mb - 1) * 100)} of the first sample; ` +
				`slope ${(slope * 1000).toFixed(3)} MiB per 1,000 steps`
		);
		console.log(
			`back on ${startIso} after the run: heap ${back.toFixed(2)} MiB, ${pct((back / samples[0].mb - 1) * 100)} of the first sample`
		);
	}
	if (s.errors.length) console.log('page errors:', s.errors);
} finally {
	await s.close();
	app.server.close();
}
