/**
 * `npm run bench:early`: how soon a press is answered while a large dataset's page opens. The
 * prerendered page is on screen long before its code has started (at 50,000 ties, it reads and
 * prepares the data first); a press from when its code runs is noted at once (a note says the
 * data is still opening) and made once the page has started (src/lib/state/early-input.ts).
 *
 * Per set (BENCH_SETS, 10k and 50k by default; BENCH_ROUNDS loads each, 3), a fresh load of the
 * built app, and from the moment its page is on screen, a real click (the browser's own input)
 * on its "Instant" time mode every BENCH_EVERY ms (100) until its picture is there: a press that
 * changes nothing when it is made again. For each press, the page's own clock from the input's
 * time stamp to the next painted frame (requestAnimationFrame, then a task: when a person sees
 * an answer), whether that frame showed the note, and whether the page's code ran yet (before
 * it, nothing is there to note a press). Prints, per set, the presses before the page's code
 * ran, those between it and the start (answered, and with the note), those after the start, and
 * how many presses the page made again once it had started; then one line of JSON.
 *
 *   BENCH_SETS=50k BENCH_ROUNDS=3 npm run bench:early   (BENCH_REUSE=1 keeps the builds)
 */
import type { Page } from 'playwright-core';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { setsNamed } from './bench-sets.ts';
import { spread, showSpread } from './bench-stats.ts';

const EVERY = Number(process.env.BENCH_EVERY ?? 100);

type Press = { at: number; answered: number; opening: boolean; started: boolean; note: boolean };
type Load = { presses: Press[]; made: number; started: number; picture: number };

/** Installed before the page's code: times each real click to its next painted frame. */
const PROBE = `(() => {
	const b = (window.__early = { presses: [], made: 0 });
	addEventListener('click', (e) => {
		// A press the page makes again itself is not a person's.
		if (!e.isTrusted) return void b.made++;
		// The click a label hands on to its radio: the person's press was the label's.
		if (e.target instanceof HTMLInputElement) return;
		const root = document.documentElement;
		const at = e.timeStamp;
		const opening = root.hasAttribute('data-opening');
		const started = performance.getEntriesByName('tieline:started').length > 0;
		requestAnimationFrame(() => setTimeout(() => {
			b.presses.push({ at, answered: performance.now() - at, opening, started, note: root.hasAttribute('data-early') });
		}, 0));
	}, true);
})()`;

const READY = '[data-testid="graph"][data-ready="true"]:not([data-first-frame="drawing"])';

async function load(page: Page, url: string): Promise<Load> {
	await page.addInitScript(PROBE);
	const going = page.goto(url, { timeout: 0 });
	// The "Instant" time mode's label (its radio is visually hidden): already chosen.
	const button = page.locator('label:has(input[value="instant"])');
	await button.waitFor({ timeout: 0 });
	const box = (await button.boundingBox())!;
	const x = box.x + box.width / 2;
	const y = box.y + box.height / 2;
	while (!(await page.locator(READY).count())) {
		await page.mouse.click(x, y);
		await page.waitForTimeout(EVERY);
	}
	await going;
	// The last press's frame, and the presses made again.
	await page.waitForTimeout(500);
	return (await page.evaluate(`({
		...window.__early,
		started: performance.getEntriesByName('tieline:started')[0]?.startTime ?? 0,
		picture: performance.now()
	})`)) as Load;
}

const s = await openSession({ width: 1440, height: 900 });
const out: Record<string, unknown> = {};
try {
	for (const set of setsNamed('10k,50k')) {
		const app = await serveStatic(set.build);
		const loads: Load[] = [];
		for (let r = 0; r < set.rounds; r++) {
			const page = await s.context.newPage();
			loads.push(await load(page, `${app.url}?at=${set.at}`));
			await page.close();
		}
		app.server.close();
		const all = loads.flatMap((l) => l.presses);
		const before = all.filter((p) => !p.opening && !p.started);
		const caught = all.filter((p) => p.opening && !p.started);
		const after = all.filter((p) => p.started);
		const made = loads.reduce((n, l) => n + l.made, 0);
		const shown = caught.filter((p) => p.note).length;
		const line = (what: string, ps: Press[]) =>
			console.log(
				`${set.name.padEnd(7)} | ${what.padEnd(44)} | ${ps.length ? showSpread(spread(ps.map((p) => p.answered))) : 'none'}` +
					(ps.length ? `, at most ${Math.max(...ps.map((p) => p.answered)).toFixed(0)} ms` : '')
			);
		line("pressed before the page's code ran", before);
		line('pressed while it opened: next frame', caught);
		console.log(
			`${set.name.padEnd(7)} |   of them with the note in that frame        | ${shown} of ${caught.length}; made again once started: ${made} (${loads.length} loads, at most 8 kept per load)`
		);
		line('pressed after the start: next frame', after);
		const starts = spread(loads.map((l) => l.started));
		console.log(
			`${set.name.padEnd(7)} | the start, from navigation                   | ${showSpread(starts)}`
		);
		out[set.name] = {
			before: before.length,
			caught: caught.length,
			caughtWithNote: shown,
			caughtAnswered: caught.length ? spread(caught.map((p) => p.answered)) : null,
			caughtMax: caught.length ? Math.max(...caught.map((p) => p.answered)) : null,
			after: after.length,
			afterAnswered: after.length ? spread(after.map((p) => p.answered)) : null,
			afterMax: after.length ? Math.max(...after.map((p) => p.answered)) : null,
			madeAgain: made,
			start: starts
		};
	}
} finally {
	await s.close();
}
console.log(JSON.stringify({ bench: 'early-press', sets: out }));
