import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';
import { positionOf } from '../../src/lib/core/visual/layout.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = 'test-results/screenshots';

export interface Session {
	context: BrowserContext;
	page: Page;
	errors: string[];
	close(): Promise<void>;
}

/** A fresh headless Chromium that records every page error and console error. */
export async function openSession(
	opts: { width?: number; height?: number; reducedMotion?: boolean } = {}
): Promise<Session> {
	const dir = mkdtempSync(join(tmpdir(), 'tieline-e2e-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: CHROMIUM,
		headless: true,
		acceptDownloads: true,
		viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
		reducedMotion: opts.reducedMotion ? 'reduce' : 'no-preference',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	const page = context.pages()[0] ?? (await context.newPage());
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('requestfailed', (r) =>
		errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`)
	);
	mkdirSync(SHOTS, { recursive: true });
	return {
		context,
		page,
		errors,
		async close() {
			await context.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Waits until Cytoscape is up and the drawn graph agrees with the date in the URL. */
export async function waitForGraph(page: Page, day?: string) {
	await page.waitForSelector('[data-testid="graph"][data-ready="true"]');
	if (day) await page.waitForSelector(`[data-testid="graph"][data-day="${day}"]`);
	// The renderer paints on the next frames; give it two, and a large first picture its slices.
	await page.evaluate(
		() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)))
	);
	await page.waitForSelector('[data-testid="graph"]:not([data-first-frame="drawing"])');
}

/** The tie ids in the "Ties in view" table, as a person reading it would find them. */
export async function tableTieIds(page: Page): Promise<string[]> {
	return page.$$eval('table[aria-label] tbody tr[data-tie]', (rows) =>
		rows.map((r) => r.getAttribute('data-tie')!)
	);
}

export async function shot(page: Page, name: string) {
	await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/** A PNG's pixels (RGBA, row by row) as the browser decodes it, on a page of its own. */
export async function pngPixels(context: BrowserContext, png: Buffer): Promise<Buffer> {
	const view = await context.newPage();
	const data = await view.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = new OffscreenCanvas(img.width, img.height);
		const g = c.getContext('2d')!;
		g.drawImage(img, 0, 0);
		const px = g.getImageData(0, 0, img.width, img.height).data;
		let text = '';
		for (let i = 0; i < px.length; i += 0x8000)
			text += String.fromCharCode(...px.subarray(i, i + 0x8000));
		return btoa(text);
	}, png.toString('base64'));
	await view.close();
	return Buffer.from(data, 'base64');
}

/** The share of pixels that differ between two PNG images of the same size. */
export async function shareApart(context: BrowserContext, a: Buffer, b: Buffer): Promise<number> {
	const [p, q] = [await pngPixels(context, a), await pngPixels(context, b)];
	if (p.length !== q.length) return 1;
	let n = 0;
	for (let i = 0; i < p.length; i += 4)
		if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) n++;
	return n / (p.length / 4);
}

/** The bundled dataset as the core sees it, for tests that compute what the screen should show. */
export function bundledGraph(): TemporalGraph {
	return new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
}

/**
 * One browser for the test file: opened before the first test, closed after the last, and the
 * file fails if the page logged any error on the way. Use it as the session itself.
 */
export function useSession(opts?: Parameters<typeof openSession>[0]): Session {
	let s: Session | undefined;
	beforeAll(async () => {
		s = await openSession(opts);
	});
	afterAll(async () => {
		await s!.close();
		expect(s!.errors).toEqual([]);
	});
	const live = () => {
		if (!s) throw new Error('the browser session is used before beforeAll has run');
		return s;
	};
	return {
		get context() {
			return live().context;
		},
		get page() {
			return live().page;
		},
		get errors() {
			return live().errors;
		},
		close: () => live().close()
	};
}

let bundled: TemporalGraph | undefined;

/**
 * Where the graph draws an actor on the page, so a test can click it as a person would: its
 * position from the core layout, through the camera the graph reports (`data-camera`).
 */
export async function screenPositionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
	const actors = (bundled ??= bundledGraph()).data.actors;
	const index = actors.findIndex((a) => a.id === id);
	if (index < 0) throw new Error(`${id} is not an actor of the bundled data`);
	const graph = page.getByTestId('graph');
	const [zoom, panX, panY] = ((await graph.getAttribute('data-camera')) ?? '')
		.split(',')
		.map(Number);
	const box = await graph.boundingBox();
	if (!box || !Number.isFinite(zoom)) throw new Error('the graph has not reported its camera');
	const p = positionOf(actors[index], index);
	return { x: box.x + p.x * zoom + panX, y: box.y + p.y * zoom + panY };
}
