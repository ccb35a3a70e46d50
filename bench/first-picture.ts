/**
 * `npm run bench:first` (after `npm run build` for the bundled set): the time to first picture,
 * the full app against its floor (the bare page of `npm run bench`, drawing the same data with the
 * same renderer), over several loads each in one run. The floor is opened two ways: its first
 * frame drawn as Cytoscape draws it by itself, as a plain page's is (the floor the targets name),
 * and drawn as the app draws a large picture's first frame (src/lib/render/first-frame.ts), so
 * what is left of the app's own cost shows apart from that. One load is too few to tell 1.02×
 * from 1.0× on a shared machine: here each round opens the app and the two floors once each, in
 * a fresh page, the order turning from round to round so a busy spell falls on each. A first load of
 * each, not counted, warms the browser's cache (the counted loads are a returning visitor's).
 * Prints, per set, the medians with the interquartile range, the ratio of the medians and the
 * median of the rounds' own ratios, then one line of JSON.
 *
 *   BENCH_SETS=10k BENCH_ROUNDS=7 npm run bench:first
 */
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { INIT } from './app-probes.ts';
import { setsNamed } from './bench-sets.ts';
import { printTable, showSpread, spread, type Row } from './bench-stats.ts';
import {
	HARNESS,
	longestBefore,
	openApp,
	openFloor,
	writeFloorData,
	type BenchSet
} from './date-step-phases.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const log = (set: string, what: string) => console.error(`[${set}] ${what}`);

await build({ configFile: 'bench/vite.config.ts', logLevel: 'error' });
const sets = setsNamed('10k');
const harness = await serveStatic(HARNESS);
const s = await openSession({ width: 1440, height: 900 });
await s.context.addInitScript(INIT);

type One = { picture: number; longest: number };
/** One load in a page of its own, closed after. */
async function fresh(run: (page: Page) => Promise<One>): Promise<One> {
	const page = await s.context.newPage();
	page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
	try {
		return await run(page);
	} finally {
		await page.close();
	}
}

async function measure(set: BenchSet) {
	const app = await serveStatic(set.build);
	writeFloorData(set);
	try {
		let box = { width: 1100, height: 600 };
		const openedApp = (page: Page) =>
			openApp(page, set, app.url).then(async (load) => {
				box = (await page.getByTestId('graph').boundingBox()) ?? box;
				return { picture: load.picture, longest: longestBefore(load) };
			});
		const openedFloor = (first: 'plain' | 'direct') => (page: Page) =>
			openFloor(page, set, harness.url, box, first).then((f) => ({
				picture: f.firstPicture,
				longest: f.longestTask
			}));
		const ways = { app: openedApp, floor: openedFloor('plain'), direct: openedFloor('direct') };
		const names = Object.keys(ways) as (keyof typeof ways)[];
		log(set.name, `warming up: ${names.join(', ')}`);
		for (const way of names) await fresh(ways[way]);
		const got = { app: [] as One[], floor: [] as One[], direct: [] as One[] };
		for (let r = 0; r < ROUNDS; r++) {
			const order = [...names.slice(r % 3), ...names.slice(0, r % 3)];
			for (const way of order) {
				const one = await fresh(ways[way]);
				got[way].push(one);
				log(set.name, `round ${r + 1} ${way}: ${one.picture.toFixed(0)} ms`);
			}
		}
		return got;
	} finally {
		app.server.close();
	}
}

const rows: Row[] = [];
const ratios: Record<string, number> = {};
try {
	for (const set of sets) {
		const got = await measure(set);
		const pic = (w: keyof typeof got) => spread(got[w].map((o) => o.picture));
		const task = (w: keyof typeof got) => spread(got[w].map((o) => o.longest));
		for (const [floor, named, key] of [
			['floor', 'floor', ''],
			['direct', 'floor with the app’s first frame', ' (floor with the app’s first frame)']
		] as const) {
			const paired = spread(got.app.map((a, i) => a.picture / got[floor][i].picture));
			rows.push(
				{
					set: set.name,
					measure: `first picture, against the ${named}`,
					app: showSpread(pic('app')),
					floor: showSpread(pic(floor)),
					ratio: pic('app').median / pic(floor).median
				},
				{
					set: set.name,
					measure: '  per round (app ÷ floor)',
					app: `${paired.median.toFixed(2)}× (${paired.q1.toFixed(2)}–${paired.q3.toFixed(2)})`,
					floor: '',
					ratio: paired.median
				},
				{
					set: set.name,
					measure: '  longest task while loading',
					app: showSpread(task('app')),
					floor: showSpread(task(floor)),
					ratio: task('app').median / task(floor).median
				}
			);
			const ratio = (name: string, x: number) =>
				(ratios[`${set.name} ${name}${key}`] = Number(x.toFixed(3)));
			ratio('first picture', pic('app').median / pic(floor).median);
			ratio('first picture per round', paired.median);
			ratio('longest task', task('app').median / task(floor).median);
		}
	}
} finally {
	await s.close();
	harness.server.close();
}
console.log(
	`First picture, headless Chromium (software rendering), ${ROUNDS} loads each way in one run,` +
		' the order turning; medians (interquartile range, count)\n'
);
printTable(rows);
if (s.errors.length) console.log('page errors:', s.errors);
console.log(JSON.stringify({ bench: 'first-picture', rounds: ROUNDS, ratios }));
