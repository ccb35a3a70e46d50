/**
 * `npx tsx bench/webgl.ts`: Cytoscape's canvas against its WebGL mode on the same elements, in
 * the bench's floor page (the app's renderer, the view's diff step and display patches, nothing
 * else), at 2,000 actors/10,000 ties and 5,000/50,000. Per set and mode, alternately in one run:
 * the first picture, then date steps a month apart. Headless Chromium here has no GPU: WebGL runs
 * in SwiftShader, on the CPU, so this tells what WebGL costs without a graphics card, not with one.
 *
 *   BENCH_SETS=10k,50k BENCH_STEPS=30 npx tsx bench/webgl.ts
 */
import { build } from 'vite';
import { serveStatic } from '../tests/support/static-server.ts';
import { openSession } from '../tests/support/browser.ts';
import { isoToDay } from '../src/lib/core/time/partial-date.ts';
import { spread, showSpread } from './bench-stats.ts';
import { validSynthetic } from './synthetic.ts';

const SETS = (process.env.BENCH_SETS ?? '10k,50k').split(',');
const SIZES: Record<string, [number, number]> = { '10k': [2000, 10000], '50k': [5000, 50000] };
const STEPS = Number(process.env.BENCH_STEPS ?? 30);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

await build({ configFile: 'bench/vite.config.ts', logLevel: 'warn' });
const harness = await serveStatic('node_modules/.cache/tieline-bench');
type H = {
	benchHarness: {
		load: (...a: unknown[]) => Promise<{ firstPicture: number }>;
		steps: (days: number[]) => Promise<{ step: number[]; baseline: number[] }>;
	};
};
const out: Record<string, Record<string, number>> = {};
try {
	for (const set of SETS) {
		const json = JSON.stringify(validSynthetic(...SIZES[set]));
		const start = isoToDay('1990-01-01');
		const days = Array.from({ length: STEPS }, (_, i) =>
			isoToDay(
				`${1990 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}-01`
			)
		);
		const got = {
			canvas: { first: [] as number[], step: [] as number[] },
			webgl: { first: [] as number[], step: [] as number[] }
		};
		for (let r = 0; r < ROUNDS; r++)
			for (const mode of ['canvas', 'webgl'] as const) {
				const s = await openSession({ width: 1440, height: 900 });
				try {
					await s.page.goto(harness.url);
					await s.page.waitForFunction(() => 'benchHarness' in window);
					const first = await s.page.evaluate(
						([j, d, webgl]) =>
							(window as unknown as H).benchHarness.load(j, d, 1100, 700, { webgl }),
						[json, start, mode === 'webgl'] as const
					);
					const steps = await s.page.evaluate(
						(d) => (window as unknown as H).benchHarness.steps(d),
						days
					);
					got[mode].first.push(first.firstPicture);
					got[mode].step.push(...steps.step);
					console.log(
						`[${set}] ${mode}: first picture ${first.firstPicture.toFixed(0)} ms, step median ${spread(steps.step).median.toFixed(1)} ms${s.errors.length ? ' errors: ' + s.errors.slice(0, 2).join(' | ') : ''}`
					);
				} finally {
					await s.close();
				}
			}
		const row = (label: string, a: number[], b: number[]) => {
			console.log(
				`${set} | ${label.padEnd(22)} | canvas ${showSpread(spread(a)).padStart(30)} | webgl ${showSpread(spread(b)).padStart(30)} | webgl/canvas ${(spread(b).median / spread(a).median).toFixed(2)}×`
			);
			return spread(b).median / spread(a).median;
		};
		out[set] = {
			firstPicture: row('first picture', got.canvas.first, got.webgl.first),
			dateStep: row('date step (a month)', got.canvas.step, got.webgl.step)
		};
	}
} finally {
	harness.server.close();
}
console.log(JSON.stringify({ webglOverCanvas: out }));
