/**
 * The phases of `npm run bench` (bench/date-step.ts) on one set: the app's, each within its time
 * limit, then the floor's through the same days.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';
import { isoToDay } from '../src/lib/core/time/partial-date.ts';
import { PLAY, SCRUB } from './app-probes.ts';

/** The playback's timer delay at a speed: a month (or year) every half second at 1× (playback.svelte.ts). */
const tickMs = (speed: string) => 1000 / (2 * Number(speed));
import { Late, poll, within } from './phase-limit.ts';

export type Steps = { from: string; days: string[]; step: number[]; baseline: number[] };
export interface BenchSet {
	name: string;
	build: string;
	json: () => string;
	at: string;
	scrub: number;
	play: number;
	speed: string;
	heap: number;
	/** Seconds any one phase may take before it is reported as not finished. */
	limit: number;
	/**
	 * How many times the app and then the floor are measured, each time in fresh pages: a ratio
	 * near its target is read from the rounds' own ratios, not from one run. The heap is measured
	 * in the first round only.
	 */
	rounds: number;
	/** More of the address (e.g. `&layout=map`): the same data seen another way. */
	query?: string;
}

const POLL = { timeout: 0, polling: 500 };
const log = (set: string, what: string) => console.error(`[${set}] ${what}`);

async function heapMiB(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
}

/**
 * Plays on for `n` steps as a person would: Play, then Pause once the date has moved `n` times;
 * where the playback stops at the data's end first, it goes back to `from` and plays on. The steps
 * are counted in the page (the picture's date changes) and read from here, so a page too busy to
 * answer quickly only makes the count overshoot a little.
 */
async function playOn(page: Page, n: number, from: string) {
	await page.evaluate(`(() => {
		window.__steps = 0;
		const g = document.querySelector('[data-testid="graph"]');
		new MutationObserver((records) => (window.__steps += records.length)).observe(g, {
			attributeFilter: ['data-day']
		});
	})()`);
	const play = page.getByTestId('play');
	const counted = async () => (await page.evaluate('window.__steps')) as number;
	for (;;) {
		await play.click();
		await poll(async () => {
			const steps = await counted();
			const playing = (await play.getAttribute('aria-pressed')) === 'true';
			return steps >= n || !playing ? steps : null;
		});
		if ((await play.getAttribute('aria-pressed')) === 'true') await play.click();
		await page.waitForSelector('[data-testid="play"][aria-pressed="false"]', { timeout: 0 });
		if ((await counted()) >= n) return counted();
		await goTo(page, from);
	}
}

/** Types a date into the date field, as a person would, and waits for the picture to show it. */
async function goTo(page: Page, iso: string) {
	const field = page.getByLabel('Go to date (YYYY-MM-DD)');
	await field.fill(iso);
	await field.press('Enter');
	await page.waitForSelector(`[data-testid="graph"][data-day="${iso}"]`, { timeout: 0 });
}

export type Load = { picture: number; painted: number; started: number; tasks: [number, number][] };

/** What the app measured on one set; a phase that ran past its limit leaves its field null. */
export interface AppFigures {
	load: Load | null;
	box: { width: number; height: number } | null;
	scrub: Steps | null;
	play: Steps | null;
	/** On the set's date: before, after `steps` more playback steps, after `more` steps again. */
	heap: { before: number; after: number; steps: number; again: number; more: number } | null;
	late: Late | null;
}

/** How long the page goes without a long task, after its first picture, to count as settled. */
const QUIET_MS = 1000;

/**
 * Opens the app on the set's date in `page` (the bench's INIT script installed) and gives the time
 * from navigation to its first picture, with the long tasks until the page has gone `QUIET_MS`
 * without one: what it still does after the picture (once, a second frame of the whole picture)
 * is part of opening it too.
 */
export async function openApp(page: Page, set: BenchSet, url: string): Promise<Load> {
	await page.goto(`${url}?at=${set.at}${set.query ?? ''}`, { timeout: 0 });
	type W = { __bench?: { picture: number; tasks: [number, number][] } };
	await page.waitForFunction(() => ((window as W).__bench?.picture ?? 0) > 0, null, POLL);
	await page.waitForFunction(
		(quiet) => {
			const b = (window as W).__bench!;
			const end = Math.max(b.picture, ...b.tasks.map(([start, took]) => start + took));
			return performance.now() - end > quiet;
		},
		QUIET_MS,
		POLL
	);
	return (await page.evaluate('window.__bench')) as Load;
}

/** The longest main-thread task of a load before its first picture, in ms. */
export const longestBefore = (load: Load) =>
	Math.max(0, ...load.tasks.filter(([t]) => t < load.picture).map(([, d]) => d));

/**
 * The longest main-thread task of a load from its first paint (before it, nothing is on screen to
 * press; the page's first style and layout, the browser's own, ends with that paint) to its first
 * picture, in ms.
 */
export const longestPainted = (load: Load) =>
	Math.max(
		0,
		...load.tasks.filter(([t]) => t >= load.painted && t < load.picture).map(([, d]) => d)
	);

/**
 * The longest main-thread task of a load from when the page had started (and took input) to its
 * first picture, in ms.
 */
export const longestStarted = (load: Load) =>
	Math.max(
		0,
		...load.tasks.filter(([t]) => t >= load.started && t < load.picture).map(([, d]) => d)
	);

/** The longest main-thread task of a load after its first picture, until it settled, in ms. */
export const longestAfter = (load: Load) =>
	Math.max(0, ...load.tasks.filter(([t]) => t >= load.picture).map(([, d]) => d));

/**
 * The app's figures for a set. `js`, when given, collects the bodies of the JS the first load
 * fetches (the bundled set's size is stated; at 50k a body was once gone before it was read).
 */
export async function measureApp(
	page: Page,
	set: BenchSet,
	js: Buffer[] | null,
	heap = true
): Promise<AppFigures> {
	const app = await serveStatic(set.build);
	const got: AppFigures = {
		load: null,
		box: null,
		scrub: null,
		play: null,
		heap: null,
		late: null
	};
	const phase = <T>(what: string, run: () => Promise<T>) => {
		log(set.name, what);
		return within(what, set.limit, run);
	};
	const onJs = async (r: import('playwright-core').Response) => {
		if (r.url().endsWith('.js')) js!.push(await r.body());
	};
	if (js) page.on('response', onJs);
	try {
		got.load = await phase('first picture', () => openApp(page, set, app.url));
		page.off('response', onJs);
		got.box = (await page.getByTestId('graph').boundingBox())!;
		got.scrub = await phase('scrub', async () => page.evaluate(`(${SCRUB})(${set.scrub})`));
		got.play = await phase('playback', async () => {
			const controls = page.getByRole('group', { name: 'Playback' }).locator('select');
			await controls.first().selectOption('month');
			await controls.nth(1).selectOption(set.speed);
			await goTo(page, set.at);
			return (await page.evaluate(`(${PLAY})(${set.play}, ${tickMs(set.speed)})`)) as Steps;
		});
		// Heap: on the set's date after the measured steps, then on the same date again after
		// playing on for `heap` more steps, and again after as many more, so each holds the same
		// picture: what grew was kept from the steps between. (Measured where the playback had
		// stopped, the bundled data's last date against its first, the growth was the later
		// picture's larger content.) The second stretch tells growth that goes on from a page
		// warming up: in the first, V8's compiled code grew by 2 MiB on the bundled data.
		if (heap)
			got.heap = await phase(`heap over 2 × ${set.heap} playback steps`, async () => {
				/** Plays on, then reads the heap back on the set's date: [steps played, MiB]. */
				const stretch = async () => {
					const played = await playOn(page, set.heap, set.at);
					await goTo(page, set.at);
					return [played, await heapMiB(page)] as const;
				};
				await goTo(page, set.at);
				const before = await heapMiB(page);
				const [steps, after] = await stretch();
				const [more, again] = await stretch();
				return { before, after, steps, again, more };
			});
	} catch (e) {
		if (!(e instanceof Late)) throw e;
		log(set.name, e.message);
		got.late = e;
	} finally {
		page.off('response', onJs);
		app.server.close();
	}
	return got;
}

/** The floor's first picture: from navigation (fetching the data file, parsing it, drawing). */
export type Floor = {
	firstPicture: number;
	longestTask: number;
	/** From the harness's load call: the data already on the page, its code already run. */
	sinceCall: number;
	actors: number;
	ties: number;
};
/** The bench's floor page, built from bench/harness. */
export const HARNESS = 'node_modules/.cache/tieline-bench';

/** The floor: the harness, at the same size, through the same days as the app went. */
type FloorLoad = {
	firstPicture: number;
	sinceNavigation: number;
	longestSinceNavigation: number;
	actors: number;
	ties: number;
};

/** Writes the set's data where the floor page reads it (once per set: it is the same every load). */
export function writeFloorData(set: BenchSet) {
	writeFileSync(join(HARNESS, 'floor-data.json'), set.json());
}

/**
 * Opens the floor on the set's date, in a box of the app's picture's size: the same picture as the
 * app's first, the page opened with the data file to read and timed from navigation as the app is.
 * Its first frame is Cytoscape's own, as a plain page's is, or (`direct`) drawn as the app draws
 * a large picture's.
 */
export async function openFloor(
	page: Page,
	set: BenchSet,
	harnessUrl: string,
	box: { width: number; height: number },
	first: 'plain' | 'direct' = 'plain'
): Promise<Floor> {
	const q = `data=floor-data.json&day=${isoToDay(set.at)}&width=${box.width}&height=${box.height}&first=${first}`;
	await page.goto(`${harnessUrl}?${q}`);
	type W = { benchFloor?: FloorLoad };
	await page.waitForFunction(() => (window as W).benchFloor !== undefined, null, POLL);
	const got = (await page.evaluate(() => (window as W).benchFloor)) as FloorLoad;
	return {
		firstPicture: got.sinceNavigation,
		longestTask: got.longestSinceNavigation,
		sinceCall: got.firstPicture,
		actors: got.actors,
		ties: got.ties
	};
}

export async function measureFloor(page: Page, set: BenchSet, harnessUrl: string, got: AppFigures) {
	const out: { first: Floor | null; scrub: Steps | null; play: Steps | null; late: Late | null } = {
		first: null,
		scrub: null,
		play: null,
		late: null
	};
	const box = got.box ?? { width: 1100, height: 600 };
	type H = { benchHarness: Record<string, (...a: unknown[]) => Promise<unknown>> };
	const harness = (name: string, ...args: unknown[]) =>
		page.evaluate(
			([n, a]) => (window as unknown as H).benchHarness[n as string](...(a as unknown[])),
			[name, args] as const
		);
	const days = (d: string[]) => d.map((iso) => isoToDay(iso)!);
	const phase = <T>(what: string, run: () => Promise<T>) => {
		log(set.name, `floor: ${what}`);
		return within(`floor: ${what}`, set.limit, run);
	};
	try {
		out.first = await phase('first picture', () => {
			writeFloorData(set);
			return openFloor(page, set, harnessUrl, box);
		});
		const through = async (s: Steps) => {
			await harness('steps', days([s.from]));
			return (await harness('steps', days(s.days))) as Steps;
		};
		if (got.scrub) out.scrub = await phase('scrub', () => through(got.scrub!));
		if (got.play) out.play = await phase('playback', () => through(got.play!));
	} catch (e) {
		if (!(e instanceof Late)) throw e;
		log(set.name, e.message);
		out.late = e;
	}
	return out;
}
export type FloorFigures = Awaited<ReturnType<typeof measureFloor>>;
