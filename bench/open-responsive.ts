/**
 * `npm run bench:open`: whether the page answers input while a person's large files are read
 * and checked. The built app (build/, `npm run build` first) opens a synthetic dataset through
 * its file input, as a person would, at 2,000 actors/10,000 ties (one JSON file) and 5,000
 * actors/50,000 ties (11 files, as a data file may hold at most 8 MiB). Each round is measured
 * twice in the same run, alternately: as the app reads files (in a Web Worker), and as it reads
 * them where a browser has no workers (on the page's own thread: the way the app read them
 * before). From the files given to the summary shown, a probe on the page records the longest
 * main-thread task (Long Tasks API) and the longest wait of a 10 ms timer (how late input would
 * be answered); then, after Open it, the time to the first picture and its longest task, which
 * are still the page's. Prints medians with the interquartile range, then one line of JSON.
 *
 *   BENCH_SETS=10k,50k BENCH_ROUNDS=3 npm run bench:open
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSession } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { spread, showSpread } from './bench-stats.ts';
import { bothWays, startProbe, stopProbe } from './page-probe.ts';
import { validSynthetic } from './synthetic.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SETS = (process.env.BENCH_SETS ?? '10k,50k').split(',');
const SIZES: Record<string, [number, number]> = { '10k': [2000, 10000], '50k': [5000, 50000] };
const CHUNK = 5000;
/** How long one opening may take before the bench gives up. */
const LIMIT = Number(process.env.BENCH_LIMIT ?? 900_000);

type Files = { name: string; mimeType: string; buffer: Buffer }[];

/** The dataset as files a person could open: one JSON file, or actors and sources, then ties in parts. */
function filesOf(actors: number, ties: number): Files {
	const data = validSynthetic(actors, ties);
	const file = (name: string, value: unknown) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(value))
	});
	if (ties <= 10000) return [file('synthetic.json', data)];
	const parts = [file('actors.json', { sources: data.sources, actors: data.actors })];
	for (let i = 0; i * CHUNK < data.ties.length; i++)
		parts.push(file(`ties-${i}.json`, { ties: data.ties.slice(i * CHUNK, (i + 1) * CHUNK) }));
	return parts;
}

const dir = mkdtempSync(join(tmpdir(), 'tieline-open-'));
/**
 * The files written to disk and given by path, as a person's would be: given as buffers, the
 * browser driver would decode them on the page's thread, a long task of its own.
 */
function onDisk(files: Files): string[] {
	return files.map((f) => {
		const path = join(dir, f.name);
		if (!existsSync(path)) writeFileSync(path, f.buffer);
		return path;
	});
}

interface Probe {
	longestTask: number;
	longestWait: number;
	ms: number;
}

async function openOnce(page: Page, base: string, files: Files, worker: boolean) {
	await page.goto(base + '?at=1990-06-01');
	await page.waitForSelector('[data-testid="graph"][data-ready="true"]', { timeout: 120_000 });
	if (!worker) await page.evaluate('delete window.Worker');
	const before = await page.getByTestId('dataset-name').textContent();
	await startProbe(page);
	const t0 = Date.now();
	await page.getByTestId('open-data-input').setInputFiles(onDisk(files));
	const summary = page.getByTestId('import-summary');
	await summary.getByRole('button', { name: 'Open it' }).waitFor({ timeout: LIMIT });
	const read: Probe = { ...(await stopProbe(page)), ms: Date.now() - t0 };
	await startProbe(page);
	const t1 = Date.now();
	await summary.getByRole('button', { name: 'Open it' }).click();
	// The explorer is built afresh for the new dataset; its picture is there when it says its first
	// frame is all drawn (a large one is drawn in slices).
	await page.waitForFunction(
		(n) =>
			document.querySelector('[data-testid="dataset-name"]')?.textContent !== n &&
			/^(direct|cached)$/.test(
				document.querySelector('[data-testid="graph"]')?.getAttribute('data-first-frame') ?? ''
			),
		before,
		{ timeout: LIMIT, polling: 50 }
	);
	const draw: Probe = { ...(await stopProbe(page)), ms: Date.now() - t1 };
	return { read, draw };
}

type Opening = Awaited<ReturnType<typeof openOnce>>;

const root = process.env.TIELINE_BUILD ?? 'build';
const server = await serveStatic(root);
const s = await openSession({ width: 1280, height: 800 });
const json: Record<string, Record<string, number>> = {};
try {
	for (const set of SETS) {
		const files = filesOf(...SIZES[set]);
		const mib = files.reduce((n, f) => n + f.buffer.byteLength, 0) / 2 ** 20;
		console.log(
			`\n[${set}] ${files.length} file(s), ${mib.toFixed(1)} MiB, ${ROUNDS} rounds each way`
		);
		const got = await bothWays(
			ROUNDS,
			(worker) => openOnce(s.page, server.url, files, worker),
			(way, one) =>
				console.log(
					`  ${way}: read ${one.read.ms} ms, longest task ${one.read.longestTask.toFixed(0)} ms, ` +
						`longest timer wait ${one.read.longestWait.toFixed(0)} ms; first picture ${one.draw.ms} ms, ` +
						`longest task ${one.draw.longestTask.toFixed(0)} ms`
				)
		);
		/** One measure, in a worker against on the page: prints its row and gives the ratio. */
		const row = (label: string, pick: (o: Opening) => number) => {
			const a = spread(got.worker.map(pick));
			const b = spread(got.page.map(pick));
			console.log(
				`${set} | ${label.padEnd(36)} | ${showSpread(a).padStart(30)} | ${showSpread(b).padStart(30)} | ${(a.median / b.median).toFixed(2)}×`
			);
			return a.median / b.median;
		};
		console.log(
			`${set} | ${'measure'.padEnd(36)} | ${'in a worker'.padStart(30)} | ${'on the page'.padStart(30)} | ratio`
		);
		json[set] = {
			readLongestTask: row('reading: longest main-thread task', (o) => o.read.longestTask),
			readLongestWait: row('reading: longest 10 ms timer wait', (o) => o.read.longestWait),
			readTime: row('reading: files given to summary', (o) => o.read.ms),
			drawTime: row('Open it to first picture', (o) => o.draw.ms),
			drawLongestTask: row('first picture: longest task', (o) => o.draw.longestTask)
		};
	}
	if (s.errors.length) console.log('page errors:', s.errors.slice(0, 5));
} finally {
	await s.close();
	server.server.close();
	rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ openRatios: json }));
