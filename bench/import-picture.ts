/**
 * Time from choosing a file to the first picture, in headless Chromium: the built app opening the
 * bundled data as Tieline JSON, and a generated GEXF of 5,000 actors (with the sources it cites in
 * a second file), through its "Open data…" input, summary and Open button; against a bare page
 * (bench/picture-baseline) that reads the same files from its own file input, parses them plainly
 * and draws them with Cytoscape. Rounds alternate between the two, each on a freshly loaded page.
 *
 * Every time is the page's own clock (performance.now), so the browser automation's round trips
 * are not counted:
 *   chosen   the file input's `change` event (a capture listener on the window, before the app's);
 *   summary  the first animation frame after the summary dialog is open with its Open button;
 *   accept   the `click` on that button (capture listener, before the app's);
 *   picture  the first `render` event of the new Cytoscape instance (fired once it has drawn the
 *            frame) after the graph reports itself ready, or its first frame's last slice (a large
 *            one is drawn in slices: `data-first-frame`). The baseline stops at its first `render`.
 * The app's figure is chosen→summary plus accept→picture: the wait for the click is left out.
 * Needs `npm run build` first.
 *
 *   npm run bench:import-picture
 */
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { bundledJson, syntheticGexf } from './import-inputs.ts';
import type { BaselinePicture } from './picture-baseline/main.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const BASELINE = 'node_modules/.cache/tieline-bench-picture';
const WAIT = { timeout: 300_000, polling: 50 };

type AppPicture = {
	chosen: number;
	summary: number;
	accept: number;
	picture: number;
	ties: string;
	actors: string;
};
type Probe = { benchPicture?: { summary: number; picture: number } };

// Runs in the app's page once it shows the bundled data. Kept as source text: the TypeScript
// loader would otherwise add helpers the page does not have.
const PROBE = `() => {
	const graph = () => document.querySelector('[data-testid="graph"]');
	const old = graph();
	const p = { chosen: 0, summary: 0, accept: 0, picture: 0, ties: '', actors: '' };
	window.benchPicture = p;
	addEventListener('change', (e) => {
		if (!p.chosen && e.target.type === 'file') p.chosen = performance.now();
	}, true);
	addEventListener('click', (e) => {
		if (!p.accept && e.target.closest('[data-testid="import-summary"] button.primary'))
			p.accept = performance.now();
	}, true);
	let asked = false;
	let hooked = null;
	let drawn = null;
	const look = () => {
		if (drawn) drawn();
		const dialog = document.querySelector('[data-testid="import-summary"]');
		if (!asked && dialog && dialog.open && dialog.querySelector('button.primary')) {
			asked = true;
			requestAnimationFrame(() => { p.summary = performance.now(); });
		}
		const g = graph();
		const cy = g && g !== old && g._cyreg ? g._cyreg.cy : null;
		if (!cy || cy === hooked) return;
		hooked = cy;
		// A large first picture is drawn in slices after its first frame: it is there when the
		// graph says its first frame is all drawn.
		drawn = () => {
			const first = g.dataset.firstFrame;
			if (p.picture || g.dataset.ready !== 'true' || (first !== 'direct' && first !== 'cached'))
				return;
			p.picture = performance.now();
			p.ties = g.dataset.visibleTies;
			p.actors = g.dataset.visibleActors;
			cy.off('render', drawn);
			observer.disconnect();
		};
		cy.on('render', drawn);
	};
	const observer = new MutationObserver(look);
	observer.observe(document.body, {
		subtree: true, childList: true, attributes: true, attributeFilter: ['open', 'data-ready', 'data-first-frame']
	});
}`;

function stats(samples: number[]) {
	const s = [...samples].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
	return { median: q(0.5), q1: q(0.25), q3: q(0.75), min: s[0], max: s[s.length - 1] };
}

if (!existsSync('build/index.html'))
	throw new Error('build/ is missing: run `npm run build` first.');
await build({
	configFile: false,
	root: resolve('bench/picture-baseline'),
	base: './',
	logLevel: 'warn',
	build: { outDir: resolve(BASELINE), emptyOutDir: true, chunkSizeWarningLimit: 2000 }
});

const dir = mkdtempSync(join(tmpdir(), 'tieline-picture-'));
const write = (name: string, text: string) => {
	writeFileSync(join(dir, name), text);
	return join(dir, name);
};
const synthetic = syntheticGexf();
const cases = [
	{ name: 'bundled data, Tieline JSON', files: [write('bundled.tieline.json', bundledJson())] },
	{
		name: 'generated GEXF, 5,000 actors',
		files: [write('synthetic-5000.gexf', synthetic.gexf), write('sources.json', synthetic.sources)]
	}
];

const app = await serveStatic('build');
const baseline = await serveStatic(BASELINE);
const s = await openSession({ width: 1440, height: 900 });
const page = s.page;

/** The app on the bundled data, with nothing kept from earlier rounds. */
async function freshApp() {
	await page.goto('about:blank');
	const cdp = await s.context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin: new URL(app.url).origin,
		storageTypes: 'indexeddb'
	});
	await cdp.detach();
	await page.goto(app.url);
	await page.waitForSelector('[data-testid="graph"][data-ready="true"]');
	await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
}

async function appRound(files: string[]): Promise<AppPicture> {
	await freshApp();
	await page.evaluate(`(${PROBE})()`);
	await page.getByTestId('open-data-input').setInputFiles(files);
	await page.waitForFunction(
		() => (window as unknown as Probe).benchPicture!.summary > 0,
		null,
		WAIT
	);
	await page.getByTestId('import-summary').getByRole('button', { name: 'Open it' }).click();
	await page.waitForFunction(
		() => (window as unknown as Probe).benchPicture!.picture > 0,
		null,
		WAIT
	);
	return (await page.evaluate('window.benchPicture')) as AppPicture;
}

let graphBox = { width: 0, height: 0 };
async function baselineRound(files: string[]): Promise<BaselinePicture> {
	const { width, height } = graphBox;
	await page.goto(`${baseline.url}?w=${Math.round(width)}&h=${Math.round(height)}`);
	await page.locator('#file').setInputFiles(files);
	await page.waitForFunction(
		() => ((window as unknown as Probe).benchPicture?.picture ?? 0) > 0,
		null,
		WAIT
	);
	return (await page.evaluate('window.benchPicture')) as BaselinePicture;
}

const results: {
	name: string;
	bytes: number;
	drawn: string;
	plain: string;
	summary: ReturnType<typeof stats>;
	picture: ReturnType<typeof stats>;
	sum: ReturnType<typeof stats>;
	baseline: ReturnType<typeof stats>;
	parse: number;
	cytoscape: number;
	render: number;
}[] = [];
try {
	await freshApp();
	graphBox = (await page.getByTestId('graph').boundingBox()) ?? graphBox;
	for (const c of cases) {
		// One round of each first, not counted: both then run with their code loaded and compiled.
		await appRound(c.files);
		await baselineRound(c.files);
		const runs: { app: AppPicture; plain: BaselinePicture }[] = [];
		for (let i = 0; i < ROUNDS; i++) {
			const a = await appRound(c.files);
			const b = await baselineRound(c.files);
			runs.push({ app: a, plain: b });
		}
		const last = runs[runs.length - 1];
		results.push({
			name: c.name,
			bytes: c.files.reduce((n, f) => n + statSync(f).size, 0),
			drawn: `${last.app.actors} actors, ${last.app.ties} ties drawn`,
			plain: `${last.plain.nodes} nodes, ${last.plain.edges} edges, ${last.plain.layout} layout`,
			summary: stats(runs.map((r) => r.app.summary - r.app.chosen)),
			picture: stats(runs.map((r) => r.app.picture - r.app.accept)),
			sum: stats(runs.map((r) => r.app.summary - r.app.chosen + r.app.picture - r.app.accept)),
			baseline: stats(runs.map((r) => r.plain.picture - r.plain.chosen)),
			parse: stats(runs.map((r) => r.plain.parsed - r.plain.chosen)).median,
			cytoscape: stats(runs.map((r) => r.plain.built - r.plain.parsed)).median,
			render: stats(runs.map((r) => r.plain.picture - r.plain.built)).median
		});
	}
} finally {
	await s.close();
	app.server.close();
	baseline.server.close();
	rmSync(dir, { recursive: true, force: true });
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const span = (s: ReturnType<typeof stats>) =>
	`${ms(s.median).padStart(8)} (min ${ms(s.min)}, max ${ms(s.max)}, IQR ${ms(s.q3 - s.q1)})`;
console.log(
	`Choosing a file to the first picture, headless Chromium, ${ROUNDS} rounds each` +
		` (after one not counted); picture ${Math.round(graphBox.width)}×${Math.round(graphBox.height)}\n`
);
for (const r of results) {
	console.log(`${r.name}: ${(r.bytes / 1024).toFixed(0)} KiB`);
	console.log(`  Tieline  chosen → summary shown   ${span(r.summary)}`);
	console.log(`           Open clicked → picture   ${span(r.picture)}`);
	console.log(`           sum                      ${span(r.sum)}   [${r.drawn}]`);
	console.log(`  plain    chosen → picture         ${span(r.baseline)}   [${r.plain}]`);
	console.log(
		`           of which read + parse ${ms(r.parse)}, cytoscape() ${ms(r.cytoscape)}` +
			`, then to its first render ${ms(r.render)} (medians of each)`
	);
	console.log(
		`  ratio of medians (sum / plain)    ${(r.sum.median / r.baseline.median).toFixed(2)}×\n`
	);
}
if (s.errors.length) console.log('page errors:', s.errors);
const round = (x: number) => Number(x.toFixed(1));
console.log(
	JSON.stringify({
		bench: 'import-picture',
		rounds: ROUNDS,
		cases: results.map((r) => ({
			name: r.name,
			bytes: r.bytes,
			summaryMs: round(r.summary.median),
			pictureMs: round(r.picture.median),
			sumMs: round(r.sum.median),
			plainMs: round(r.baseline.median),
			ratio: Number((r.sum.median / r.baseline.median).toFixed(2))
		}))
	})
);
