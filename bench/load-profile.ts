/**
 * `npm run bench:load-profile`: where the first picture's time goes at a synthetic size, in the
 * bench's floor page (bench/harness: parse the JSON, index, mount the renderer, draw), under the
 * Chrome DevTools protocol's sampling profiler. BENCH_SIZE=2000x10000 (actors × ties) sets the
 * size, BENCH_AT the date; BENCH_HARNESS a harness built unminified (`npx vite build -c
 * bench/vite.config.ts --minify false --outDir …`) for names that mean something.
 */
import { build } from 'vite';
import { serveStatic } from '../tests/support/static-server.ts';
import { openSession } from '../tests/support/browser.ts';
import { isoToDay } from '../src/lib/core/time/partial-date.ts';
import { validSynthetic } from './synthetic.ts';
import { topLines, type Profile } from './cpu-profile.ts';

const [actors, ties] = (process.env.BENCH_SIZE ?? '2000x10000').split('x').map(Number);
const at = process.env.BENCH_AT ?? '1960-01-01';
let root = process.env.BENCH_HARNESS;
if (!root) {
	await build({ configFile: 'bench/vite.config.ts' });
	root = 'node_modules/.cache/tieline-bench';
}
const json = JSON.stringify(validSynthetic(actors, ties));
const harness = await serveStatic(root);
const s = await openSession({ width: 1440, height: 900 });
try {
	const page = s.page;
	await page.goto(harness.url);
	await page.waitForFunction(() => 'benchHarness' in window);
	const cdp = await s.context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	await cdp.send('Profiler.start');
	type H = { benchHarness: { load: (...a: unknown[]) => Promise<{ firstPicture: number }> } };
	const got = await page.evaluate(
		([j, d]) => (window as unknown as H).benchHarness.load(j, d, 1100, 700),
		[json, isoToDay(at)] as const
	);
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	console.log(
		`${actors} actors, ${ties} ties on ${at}: first picture ${got.firstPicture.toFixed(0)} ms`
	);
	for (const line of topLines(profile, Number(process.env.BENCH_TOP ?? 30))) console.log(line);
	if (s.errors.length) console.log('page errors:', s.errors);
} finally {
	await s.close();
	harness.server.close();
}
