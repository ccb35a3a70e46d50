/**
 * `npm run bench`: what a date step costs in the full app, against the floor of a bare page that
 * redraws the same elements with the same renderer (bench/harness), in headless Chromium, on the
 * bundled data and on synthetic sets of 2,000 actors/10,000 ties and 5,000 actors/50,000 ties
 * (each built into the app with TIELINE_DATA). Per set, in rounds (bundled 5, 10k 3, 50k 1;
 * BENCH_ROUNDS sets every set's), each a fresh load of the built app, then of the floor, each in a
 * page of its own:
 *   first picture  navigation to the first painted frame after the picture is ready (the floor:
 *                  navigation to the harness's first frame, the harness fetching the same data as
 *                  a JSON file, parsing and drawing it, its first frame Cytoscape's own as a
 *                  plain page's; its drawing alone in brackets), and the longest main thread
 *                  task until then (input waits that long), the floor's beside; of the app's,
 *                  the longest once its prerendered page was on screen (its first paint: before
 *                  it there is nothing to press), and once it had started (its mark
 *                  `tieline:started`: its controls answer from then; a press before is noted at
 *                  once and made then); then the app's longest task after the picture, until
 *                  the page has gone 1 s without one;
 *   scrub          dragging the time bar left to right, one step per move;
 *   playback       the playback's own month ticks;
 *   idle frame     a frame with no change, after each step (what a frame costs at all);
 *   heap           JS heap (after a forced collection) before and after playing on: Play, the
 *                  picture's date changes counted, Pause, as a person would (first round only).
 * One run's median of a step near a frame's length can fall either side of a vsync: a ratio read
 * from one run moved by ±0.3 at 10k between runs of the same build. Each round's ratio is the app
 * against the floor measured right after it, so a busy spell on the machine falls on both.
 * Each phase has a time limit (per set; BENCH_LIMIT=seconds sets every one): a phase past it is
 * printed as "did not finish in N s", the set's later phases and rounds are skipped, and the run
 * goes on.
 * The harness steps through exactly the days the app went through. Prints a table (medians, with
 * the interquartile range and count) and, last, one line of JSON with every ratio and the rounds'
 * own. Needs `npm run build` first (BENCH_BUILD measures another build of the bundled data);
 * BENCH_SETS=bundled,10k picks sets (bundled-map: the bundled data on the alliance map, to read
 * the map's cost per step); BENCH_REUSE=1 keeps synthetic builds made by an earlier run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { openSession, type Session } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { BUNDLED, setsNamed } from './bench-sets.ts';
import { INIT } from './app-probes.ts';
import { printTable, type Row } from './bench-stats.ts';
import { HARNESS, measureApp, measureFloor, type BenchSet } from './date-step-phases.ts';
import { rowsOf, type Round } from './date-step-rows.ts';

const log = (set: string, what: string) => console.error(`[${set}] ${what}`);

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
	const rounds: Round[] = [];
	for (let r = 0; r < set.rounds; r++) {
		if (set.rounds > 1) log(set.name, `round ${r + 1} of ${set.rounds}`);
		const first = r === 0;
		const appPage = await freshPage(s);
		const app = await measureApp(appPage, set, first && set.name === 'bundled' ? js : null, first);
		await appPage.close();
		// The floor in a page of its own too, as the app was: opened in the app's page once its
		// phases were done, the floor's first load came after the app's and the app's never after
		// the floor's (10k, one run: 1.39x by this bench, 1.04x by bench:first's alternating loads).
		const floorPage = await freshPage(s);
		const floor = await measureFloor(floorPage, set, harnessUrl, app);
		await floorPage.close();
		rounds.push({ app, floor });
		// A phase past its limit will be again: the set's later rounds are not run.
		if (app.late || floor.late) break;
	}
	return { rows: rowsOf(set, rounds), gzip: set.name === 'bundled' ? gzipped(js) : 0 };
}

if (!existsSync(`${BUNDLED}/index.html`))
	throw new Error(`${BUNDLED}/ is missing: run \`npm run build\` first.`);
await build({ configFile: 'bench/vite.config.ts' });
const sets = setsNamed('bundled,bundled-map,10k,50k');
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
const files = (existsSync(immutable) ? readdirSync(immutable, { recursive: true }) : []).map(
	String
);
const gzippedFiles = (pick: (f: string) => boolean) =>
	files.filter(pick).reduce((n, f) => n + gzipSync(readFileSync(join(immutable, f))).byteLength, 0);
const allJs = gzippedFiles((f) => f.endsWith('.js'));
// The bundled data: a JSON file of its own, fetched beside the first load's JS (vite.config.ts).
const data = gzippedFiles((f) => /(^|\/)dataset\.\w+\.json$/.test(f));
console.log(
	'Date steps, headless Chromium (software rendering), in one run; medians (interquartile range,' +
		" count) pooled over a set's rounds; ratio: the median of the rounds' own ratios, their range" +
		' beside it\n'
);
printTable(rows);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(
	`\nGzipped: ${gzip ? kib(gzip) : 'n/a'} of JS fetched by the bundled app's first load, and the` +
		` bundled data beside it, ${kib(data)}; ${kib(allJs)} of JS in all of ${BUNDLED}/_app`
);
if (s.errors.length) console.log('page errors:', s.errors);
const key = (r: Row) => `${r.set} ${r.key ?? r.measure.replace(/ \(.*| after .*|,/g, '')}`;
console.log(
	JSON.stringify({
		bench: 'date-step',
		gzipFirstLoadJs: gzip,
		gzipAllJs: allJs,
		gzipBundledData: data,
		ratios: Object.fromEntries(
			rows.filter((r) => r.ratio !== null).map((r) => [key(r), Number(r.ratio!.toFixed(3))])
		),
		rounds: Object.fromEntries(
			rows.filter((r) => r.rounds).map((r) => [key(r), r.rounds!.map((x) => Number(x.toFixed(3)))])
		)
	})
);
