/**
 * `npm run bench:profile`: where a playback step's time goes in the full app. Opens a built app
 * (BENCH_BUILD, `build` by default; build it unminified, `npx vite build --minify false` with
 * TIELINE_BUILD set, so the names below mean something), plays month by month for
 * BENCH_STEPS steps (30) from BENCH_AT (1960-01-01) under the Chrome DevTools protocol's sampling
 * profiler, and prints the functions with the most self time, per step.
 */
import { serveStatic } from '../tests/support/static-server.ts';
import { openSession } from '../tests/support/browser.ts';
import { poll } from './phase-limit.ts';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const root = process.env.BENCH_BUILD ?? 'build';
const steps = Number(process.env.BENCH_STEPS ?? 30);
const at = process.env.BENCH_AT ?? '1960-01-01';
const top = Number(process.env.BENCH_TOP ?? 25);

/** Self time per function (name, file and line), in ms, from the samples and their spacing. */
export function selfTimes(profile: Profile): Map<string, number> {
	const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
	const out = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		// Each sample stands for the time until the next one.
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		const f = byId.get(id)!;
		const file = f.url.split('/').pop() || '';
		const key = `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
		out.set(key, (out.get(key) ?? 0) + dt);
	});
	return out;
}

const app = await serveStatic(root);
const s = await openSession({ width: 1440, height: 900 });
try {
	const page = s.page;
	await page.goto(`${app.url}?at=${at}`, { timeout: 0 });
	await page.waitForSelector(`[data-testid="graph"][data-ready="true"][data-day="${at}"]`, {
		timeout: 0
	});
	const controls = page.getByRole('group', { name: 'Playback' }).locator('select');
	await controls.first().selectOption('month');
	await controls.nth(1).selectOption('8');
	await page.evaluate(`(() => {
		window.__steps = 0;
		const g = document.querySelector('[data-testid="graph"]');
		new MutationObserver((r) => (window.__steps += r.length)).observe(g, { attributeFilter: ['data-day'] });
	})()`);
	const cdp = await s.context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const t0 = Date.now();
	const play = page.getByTestId('play');
	await play.click();
	const done = await poll(async () => {
		const n = (await page.evaluate('window.__steps')) as number;
		return n >= steps ? n : null;
	});
	await play.click();
	const wall = Date.now() - t0;
	const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
	const times = [...selfTimes(profile)].sort((a, b) => b[1] - a[1]);
	const busy = times.filter(([k]) => !/^\((idle|program|garbage collector)\)/.test(k));
	const sum = (xs: [string, number][]) => xs.reduce((n, [, t]) => n + t, 0);
	console.log(`${root}: ${done} playback steps in ${wall} ms (wall); self time per step:`);
	console.log(`  all JS (not idle): ${(sum(busy) / done).toFixed(1)} ms`);
	for (const [k, t] of times.slice(0, top))
		console.log(`  ${(t / done).toFixed(2).padStart(8)} ms  ${k}`);
	if (s.errors.length) console.log('page errors:', s.errors);
} finally {
	await s.close();
	app.server.close();
}
