/**
 * `npm run bench`: what a date step costs in the full app, against the floor of a bare page that
 * redraws the same elements with the same renderer (bench/harness), in headless Chromium, on the
 * bundled data and on synthetic sets of 2,000 actors/10,000 ties and 5,000 actors/50,000 ties
 * (each built into the app with TIELINE_DATA). Per set, on one page load of the built app:
 *   first picture  navigation to the first painted frame after the picture is ready (the floor:
 *                  the harness parsing the same data as JSON and drawing it), and the longest main
 *                  thread task until then (input waits that long);
 *   scrub          dragging the time bar left to right, one step per move;
 *   playback       the playback's own month ticks;
 *   idle frame     a frame with no change, after each step (what a frame costs at all);
 *   heap           JS heap (after a forced collection) before and after playing on.
 * The harness steps through exactly the days the app went through. Prints a table (medians, with
 * the interquartile range and count) and, last, one line of JSON with every ratio. Needs `npm run
 * build` first (BENCH_BUILD measures another build of the bundled data); BENCH_SETS=bundled,10k
 * picks sets (bundled-map: the bundled data on the alliance map, to read the map's cost per
 * step); BENCH_REUSE=1 keeps synthetic builds made by an earlier run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { openSession, type Session } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { isoToDay } from '../src/lib/core/time/partial-date.ts';
import { validSynthetic } from './synthetic.ts';
import { writeSyntheticFolder } from './write-synthetic.ts';
import { INIT, PLAY, SCRUB } from './app-probes.ts';
import { printTable, showSpread, spread, type Row } from './bench-stats.ts';

type Steps = { from: string; days: string[]; step: number[]; baseline: number[] };
interface BenchSet {
	name: string;
	build: string;
	json: () => string;
	at: string;
	scrub: number;
	play: number;
	speed: string;
	heap: number;
	/** More of the address (e.g. `&layout=map`): the same data seen another way. */
	query?: string;
}

const HARNESS = 'node_modules/.cache/tieline-bench';
const APPS = 'node_modules/.cache/tieline-bench-apps';
const BUNDLED = process.env.BENCH_BUILD ?? 'build';
const WAIT = { timeout: 1_800_000, polling: 500 };
/** BENCH_QUICK=1 takes a tenth of the steps (to try the bench out, not to quote). */
const SHARE = process.env.BENCH_QUICK ? 0.1 : 1;
const n = (steps: number) => Math.max(3, Math.round(steps * SHARE));
const log = (set: string, what: string) => console.error(`[${set}] ${what}`);

function syntheticBuild(name: string, actors: number, ties: number): string {
	const out = join(APPS, name);
	if (process.env.BENCH_REUSE && existsSync(join(out, 'index.html'))) return out;
	writeSyntheticFolder(join(APPS, `${name}-data`), actors, ties);
	const made = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, TIELINE_DATA: join(APPS, `${name}-data`), TIELINE_BUILD: out },
		stdio: 'inherit'
	});
	if (made.status !== 0) throw new Error(`building the app with ${name} failed`);
	return out;
}

const SETS: Record<string, () => BenchSet> = {
	bundled: () => ({
		name: 'bundled',
		build: BUNDLED,
		json: () => JSON.stringify(loadDatasetOrThrow(readGraphData('graph-data'))),
		at: '1950-01-01',
		scrub: n(200),
		play: n(100),
		speed: '8',
		heap: 1000
	}),
	// The same steps on the alliance map: the map's cost per step is this set's ratio against the
	// bundled set's (the floor draws the same ties without a map in both).
	'bundled-map': () => ({ ...SETS.bundled(), name: 'bundled, map', query: '&layout=map' }),
	'10k': () => ({
		name: '10k',
		build: syntheticBuild('10k', 2000, 10000),
		json: () => JSON.stringify(validSynthetic(2000, 10000)),
		at: '1960-01-01',
		scrub: n(40),
		play: n(30),
		speed: '1',
		heap: 200
	}),
	'50k': () => ({
		name: '50k',
		build: syntheticBuild('50k', 5000, 50000),
		json: () => JSON.stringify(validSynthetic(5000, 50000)),
		at: '1960-01-01',
		scrub: n(20),
		play: n(12),
		speed: '1',
		heap: 50
	})
};

/** The JS the bundled app's first load fetches, gzipped, in bytes. */
function gzipped(bodies: Buffer[]) {
	return bodies.reduce((n, b) => n + gzipSync(b).byteLength, 0);
}

async function heapMiB(s: Session) {
	const cdp = await s.context.newCDPSession(s.page);
	await cdp.send('Performance.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 2 ** 20;
}

async function runSet(s: Session, set: BenchSet, harnessUrl: string) {
	const app = await serveStatic(set.build);
	const page = s.page;
	const js: Buffer[] = [];
	const onJs = async (r: import('playwright-core').Response) => {
		if (r.url().endsWith('.js')) js.push(await r.body());
	};
	page.on('response', onJs);
	try {
		await page.goto(`${app.url}?at=${set.at}${set.query ?? ''}`, { timeout: WAIT.timeout });
		type W = { __bench?: { picture: number }; __steps?: number };
		await page.waitForFunction(() => ((window as W).__bench?.picture ?? 0) > 0, null, WAIT);
		page.off('response', onJs);
		const load = (await page.evaluate('window.__bench')) as {
			picture: number;
			tasks: [number, number][];
		};
		const longest = Math.max(0, ...load.tasks.filter(([t]) => t < load.picture).map(([, d]) => d));
		log(set.name, `first picture after ${load.picture.toFixed(0)} ms; scrubbing`);
		const box = (await page.getByTestId('graph').boundingBox())!;
		const scrub = (await page.evaluate(`(${SCRUB})(${set.scrub})`)) as Steps;
		const controls = page.getByRole('group', { name: 'Playback' }).locator('select');
		await controls.first().selectOption('month');
		await controls.nth(1).selectOption(set.speed);
		const field = page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill(set.at);
		await field.press('Enter');
		await page.waitForSelector(`[data-testid="graph"][data-day="${set.at}"]`, WAIT);
		log(set.name, 'playing');
		const play = (await page.evaluate(`(${PLAY})(${set.play})`)) as Steps;
		log(set.name, 'heap');

		// Heap: the state after the measured steps, then after playing on for `heap` more steps.
		const before = await heapMiB(s);
		await page.evaluate(`((n) => {
			window.__steps = 0;
			const g = document.querySelector('[data-testid="graph"]');
			const play = document.querySelector('[data-testid="play"]');
			new MutationObserver(() => {
				if (++window.__steps === n && play.getAttribute('aria-pressed') === 'true') play.click();
			}).observe(g, { attributeFilter: ['data-day'] });
			play.click();
		})(${set.heap})`);
		await page.waitForFunction(
			() =>
				document.querySelector('[data-testid="play"]')!.getAttribute('aria-pressed') === 'false',
			null,
			WAIT
		);
		const heapSteps = (await page.evaluate('window.__steps')) as number;
		const after = await heapMiB(s);

		log(set.name, 'floor');
		// The floor: the harness, at the same size, through the same days.
		await page.goto(harnessUrl);
		await page.waitForFunction(() => 'benchHarness' in window);
		type H = { benchHarness: Record<string, (...a: unknown[]) => Promise<unknown>> };
		const harness = (name: string, ...args: unknown[]) =>
			page.evaluate(
				([n, a]) => (window as unknown as H).benchHarness[n as string](...(a as unknown[])),
				[name, args] as const
			);
		const first = (await harness(
			'load',
			set.json(),
			isoToDay(scrub.from),
			box.width,
			box.height
		)) as {
			firstPicture: number;
			actors: number;
			ties: number;
		};
		const days = (d: string[]) => d.map((iso) => isoToDay(iso)!);
		await harness('steps', days([scrub.from]));
		const hScrub = (await harness('steps', days(scrub.days))) as Steps;
		await harness('steps', days([play.from]));
		const hPlay = (await harness('steps', days(play.days))) as Steps;

		const step = (measure: string, a: number[], f: number[]): Row => ({
			set: set.name,
			measure,
			app: showSpread(spread(a)),
			floor: showSpread(spread(f)),
			ratio: spread(a).median / spread(f).median
		});
		const rows: Row[] = [
			{
				set: set.name,
				measure: `first picture (${first.actors} actors, ${first.ties} ties drawn)`,
				app: `${load.picture.toFixed(0)} ms`,
				floor: `${first.firstPicture.toFixed(0)} ms`,
				ratio: load.picture / first.firstPicture
			},
			{
				set: set.name,
				measure: 'longest task while loading',
				app: `${longest.toFixed(0)} ms`,
				floor: '',
				ratio: null
			},
			step('date step, scrub', scrub.step, hScrub.step),
			step('date step, playback', play.step, hPlay.step),
			step(
				'idle frame',
				[...scrub.baseline, ...play.baseline],
				[...hScrub.baseline, ...hPlay.baseline]
			),
			{
				set: set.name,
				measure: `JS heap, after ${heapSteps} more playback steps`,
				app: `${before.toFixed(1)} → ${after.toFixed(1)} MiB`,
				floor: '',
				ratio: after / before
			}
		];
		return { rows, gzip: set.name === 'bundled' ? gzipped(js) : 0 };
	} finally {
		page.off('response', onJs);
		app.server.close();
	}
}

if (!existsSync(`${BUNDLED}/index.html`))
	throw new Error(`${BUNDLED}/ is missing: run \`npm run build\` first.`);
await build({ configFile: 'bench/vite.config.ts' });
const names = (process.env.BENCH_SETS ?? 'bundled,bundled-map,10k,50k').split(',');
const sets = names.map((n) => {
	if (!SETS[n]) throw new Error(`BENCH_SETS: no set "${n}" (${Object.keys(SETS).join(', ')})`);
	return SETS[n]();
});
const harness = await serveStatic(HARNESS);
const s = await openSession({ width: 1440, height: 900 });
await s.page.addInitScript(INIT);
const rows: Row[] = [];
let gzip = 0;
try {
	for (const set of sets) {
		const r = await runSet(s, set, harness.url);
		rows.push(...r.rows);
		// Each set's rows as soon as they are known, in case a later set does not finish.
		for (const row of r.rows) log(set.name, `${row.measure}: ${row.app} | ${row.floor}`);
		gzip ||= r.gzip;
	}
} finally {
	await s.close();
	harness.server.close();
}

const allJs = readdirSync(join(BUNDLED, '_app/immutable'), { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('.js'))
	.reduce((n, f) => n + gzipSync(readFileSync(join(BUNDLED, '_app/immutable', f))).byteLength, 0);
console.log(
	'Date steps, headless Chromium (software rendering), one run; medians (interquartile range, count)\n'
);
printTable(rows);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
	`\nJS gzipped: ${gzip ? kib(gzip) : 'n/a'} fetched by the bundled app's first load` +
		` (the bundled data is inlined in it); ${kib(allJs)} in all of ${BUNDLED}/_app`
);
if (s.errors.length) console.log('page errors:', s.errors);
const key = (r: Row) => `${r.set} ${r.measure.replace(/ \(.*| after .*|,/g, '')}`;
console.log(
	JSON.stringify({
		bench: 'date-step',
		gzipFirstLoadJs: gzip,
		gzipAllJs: allJs,
		ratios: Object.fromEntries(
			rows.filter((r) => r.ratio !== null).map((r) => [key(r), Number(r.ratio!.toFixed(3))])
		)
	})
);
