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
 * time stamp to its first handler (how long the press waited for the page), and to the next
 * painted frame (requestAnimationFrame, then a task: when a person sees an answer), whether that
 * frame showed the note, and whether the page's code ran yet (before
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

type Press = {
	at: number;
	handled: number;
	answered: number;
	opening: boolean;
	started: boolean;
	note: boolean;
};
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
		const handled = performance.now() - at;
		const opening = root.hasAttribute('data-opening');
		const started = performance.getEntriesByName('tieline:started').length > 0;
		requestAnimationFrame(() => setTimeout(() => {
			b.presses.push({ at, handled, answered: performance.now() - at, opening, started, note: root.hasAttribute('data-early') });
		}, 0));
	}, true);
})()`;

/** The picture all drawn (a large one is drawn in slices: src/lib/render/first-frame.ts). */
const READY =
	'[data-testid="graph"][data-ready="true"]:is([data-first-frame="direct"], [data-first-frame="cached"])';

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
		/** Medians with spread of a press's two times, the longest, and how many passed 100 ms. */
		const figures = (ps: Press[], of: (p: Press) => number) =>
			ps.length
				? {
						...spread(ps.map(of)),
						max: Math.max(...ps.map(of)),
						over100: ps.filter((p) => of(p) > 100).length
					}
				: null;
		const shownFigures = (f: ReturnType<typeof figures>) =>
			f ? `${showSpread(f)}, at most ${f.max.toFixed(0)} ms, ${f.over100} over 100 ms` : 'none';
		const line = (what: string, ps: Press[]) => {
			console.log(`${set.name.padEnd(7)} | ${what.padEnd(40)} | ${ps.length} presses`);
			const handled = figures(ps, (p) => p.handled);
			const answered = figures(ps, (p) => p.answered);
			console.log(
				`${set.name.padEnd(7)} |   to its handler${' '.repeat(24)} | ${shownFigures(handled)}`
			);
			console.log(
				`${set.name.padEnd(7)} |   to the next painted frame${' '.repeat(13)} | ${shownFigures(answered)}`
			);
			return { presses: ps.length, handled, answered };
		};
		const starts = spread(loads.map((l) => l.started));
		out[set.name] = {
			beforeCode: line("pressed before the page's code ran", before),
			opening: { ...line('pressed while it opened', caught), withNote: shown, madeAgain: made },
			started: line('pressed after its start', after),
			start: starts
		};
		console.log(
			`${set.name.padEnd(7)} | pressed while it opened, with the note${' '.repeat(2)} | ${shown} of ${caught.length}; made again once started: ${made} (${loads.length} loads, at most 8 kept per load)`
		);
		console.log(
			`${set.name.padEnd(7)} | the start, from navigation${' '.repeat(14)} | ${showSpread(starts)}`
		);
	}
} finally {
	await s.close();
}
console.log(JSON.stringify({ bench: 'early-press', sets: out }));
