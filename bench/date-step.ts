/**
 * `npm run bench`: what a date step costs in the full app, against the floor of a bare page that
 * redraws the same elements with the same renderer (bench/harness), in headless Chromium, on the
 * bundled data and on synthetic sets of 2,000 actors/10,000 ties and 5,000 actors/50,000 ties
 * (each built into the app with TIELINE_DATA). Per set, on one page load of the built app:
 *   first picture  navigation to the first painted frame after the picture is ready (the floor:
 *                  navigation to the harness's first frame, the harness fetching the same data as
 *                  a JSON file, parsing and drawing it; its drawing alone in brackets), and the
 *                  longest main thread task until then (input waits that long), the floor's beside;
 *   scrub          dragging the time bar left to right, one step per move;
 *   playback       the playback's own month ticks;
 *   idle frame     a frame with no change, after each step (what a frame costs at all);
 *   heap           JS heap (after a forced collection) before and after playing on: Play, the
 *                  picture's date changes counted, Pause, as a person would.
 * Each phase has a time limit (per set; BENCH_LIMIT=seconds sets every one): a phase past it is
 * printed as "did not finish in N s", the set's later phases are skipped, and the run goes on.
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
import { validSynthetic } from './synthetic.ts';
import { writeSyntheticFolder } from './write-synthetic.ts';
import { INIT } from './app-probes.ts';
import { printTable, type Row } from './bench-stats.ts';
import { HARNESS, measureApp, measureFloor, type BenchSet } from './date-step-phases.ts';
import { rowsOf } from './date-step-rows.ts';

const APPS = 'node_modules/.cache/tieline-bench-apps';
const BUNDLED = process.env.BENCH_BUILD ?? 'build';
/** Each phase's limit in seconds (BENCH_LIMIT overrides every set's). */
const limit = (seconds: number) => Number(process.env.BENCH_LIMIT ?? seconds);
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
		heap: 1000,
		limit: limit(120)
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
		heap: 200,
		limit: limit(600)
	}),
	'50k': () => ({
		name: '50k',
		build: syntheticBuild('50k', 5000, 50000),
		json: () => JSON.stringify(validSynthetic(5000, 50000)),
		at: '1960-01-01',
		scrub: n(20),
		play: n(12),
		speed: '1',
		heap: 50,
		limit: limit(900)
	})
};

/** The JS the bundled app's first load fetches, gzipped, in bytes. */
function gzipped(bodies: Buffer[]) {
	return bodies.reduce((n, b) => n + gzipSync(b).byteLength, 0);
}

/** A page of its own per set and per phase group, so one that stops answering is simply closed. */
async function freshPage(s: Session) {
	const page = await s.context.newPage();
	page.on('pageerror', (e) => s.errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') s.errors.push(`console: ${m.text()}`);
	});
	return page;
}

async function runSet(s: Session, set: BenchSet, harnessUrl: string) {
	const js: Buffer[] = [];
	let page = await freshPage(s);
	const app = await measureApp(page, set, set.name === 'bundled' ? js : null);
	if (app.late) {
		await page.close();
		page = await freshPage(s);
	}
	const floor = await measureFloor(page, set, harnessUrl, app);
	await page.close();
	return { rows: rowsOf(set, app, floor), gzip: set.name === 'bundled' ? gzipped(js) : 0 };
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
await s.context.addInitScript(INIT);
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

// A build that went missing during the run still leaves the table to print.
const immutable = join(BUNDLED, '_app/immutable');
const allJs = (existsSync(immutable) ? readdirSync(immutable, { recursive: true }) : [])
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
