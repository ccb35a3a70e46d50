import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { actorPlaces } from '../../src/lib/core/visual/layout.ts';
import { MAP_STYLE } from '../../src/lib/core/export/image/svg-map.ts';
import {
	bundledGraph,
	pngPixels,
	shot,
	SHOTS,
	useSession,
	waitForGraph
} from '../support/browser.ts';

const base = inject('baseUrl');
const places = actorPlaces(bundledGraph().data.actors, 'map').positions;
// A briefer's laptop screen.
const s = useSession({ width: 1280, height: 720 });
const graph = () => s.page.getByTestId('graph');

/** Switches to the map by the switch, as a person does, and waits for the land and the move. */
async function toMap(page: Page, label: string) {
	await page.getByTestId('layout-switch').getByRole('button', { name: label }).click();
	await page.waitForSelector('[data-testid="graph"][data-map="ready"]');
	// The actors glide to their places (450 ms); the camera frames the map at once.
	await page.waitForTimeout(700);
}

/** Where the graph draws a model point now, from the camera it reports. */
async function onScreen(p: { x: number; y: number }) {
	const [zoom, panX, panY] = ((await graph().getAttribute('data-camera')) ?? '')
		.split(',')
		.map(Number);
	const box = (await graph().boundingBox())!;
	return { x: box.x + p.x * zoom + panX, y: box.y + p.y * zoom + panY };
}

/**
 * The share of a PNG's pixels, read in the browser as a person would see them, that have a hue
 * (channels more than 24 apart), or with `near`, that are within 6 of that colour.
 */
async function pixelShare(png: Buffer, near?: readonly number[]): Promise<number> {
	const px = await pngPixels(s.context, png);
	let n = 0;
	for (let i = 0; i < px.length; i += 4) {
		const [r, g, b] = [px[i], px[i + 1], px[i + 2]];
		if (
			near
				? Math.abs(r - near[0]) + Math.abs(g - near[1]) + Math.abs(b - near[2]) < 6
				: Math.max(r, g, b) - Math.min(r, g, b) > 24
		)
			n++;
	}
	return n / (px.length / 4);
}

async function save(page: Page, click: () => Promise<void>, file: string): Promise<Buffer> {
	const [download] = (await Promise.all([page.waitForEvent('download'), click()])) as [
		Download,
		unknown
	];
	await download.saveAs(`${SHOTS}/${file}`);
	return readFileSync(`${SHOTS}/${file}`);
}

describe('the alliance map', () => {
	for (const at of ['1961-07-11', '2024-12-10'])
		for (const [lang, label] of [
			['en', 'Map'],
			['ja', '地図']
		] as const)
			it(`switches to the map on ${at} in ${lang}, land under the actors, the layout in the URL`, async () => {
				await s.page.goto(`${base}?at=${at}${lang === 'ja' ? '&lang=ja' : ''}`);
				await waitForGraph(s.page, at);
				expect(await s.page.locator('svg.base-map').count()).toBe(0);
				await toMap(s.page, label);
				expect(new URL(s.page.url()).searchParams.get('layout')).toBe('map');
				const land = (await s.page.locator('svg.base-map path.land').getAttribute('d')) ?? '';
				expect(land.length).toBeGreaterThan(20_000);
				await expect.poll(() => s.page.locator('svg.base-map').isVisible()).toBe(true);
				// The map never takes a click: a tie or an actor under it stays reachable.
				expect(
					await s.page.locator('svg.base-map').evaluate((e) => getComputedStyle(e).pointerEvents)
				).toBe('none');
				// The US east of Japan across the Pacific, Moscow north-west of Korea, all inside.
				const box = (await graph().boundingBox())!;
				const [usa, jpn, kor, rus] = await Promise.all(
					['USA', 'JPN', 'KOR', 'RUS'].map((id) => onScreen(places.get(id)!))
				);
				expect(usa.x).toBeGreaterThan(jpn.x + 100);
				expect(rus.x).toBeLessThan(kor.x - 100);
				expect(rus.y).toBeLessThan(kor.y);
				for (const p of [usa, rus]) {
					expect(p.x).toBeGreaterThan(box.x);
					expect(p.x).toBeLessThan(box.x + box.width);
				}
				await expect.poll(() => s.page.getByTestId('map-note').isVisible()).toBe(true);
				await shot(s.page, `map-${at}-${lang}`);
			});

	it('keeps the layout through a reload and a link, and Back returns to the schematic', async () => {
		await s.page.goto(`${base}?at=2024-12-10`);
		await waitForGraph(s.page);
		await toMap(s.page, 'Map');
		await s.page.reload();
		await waitForGraph(s.page);
		await s.page.waitForSelector('[data-testid="graph"][data-map="ready"]');
		const pressed = s.page.getByTestId('layout-switch').getByRole('button', { name: 'Map' });
		expect(await pressed.getAttribute('aria-pressed')).toBe('true');
		await s.page.goBack();
		await expect.poll(() => new URL(s.page.url()).searchParams.get('layout')).toBe(null);
		await expect.poll(() => s.page.locator('svg.base-map').isVisible()).toBe(false);
	});

	it('exports SVG and PNG with the land under the ties', async () => {
		await s.page.goto(`${base}?at=2024-12-10&layout=map`);
		await waitForGraph(s.page);
		await s.page.waitForSelector('[data-testid="graph"][data-map="ready"]');
		const svg = (
			await save(
				s.page,
				async () => {
					await s.page.getByRole('button', { name: 'Export…' }).click();
					await s.page.getByLabel('SVG').check();
					await s.page
						.getByRole('dialog')
						.getByRole('button', { name: 'Export', exact: true })
						.click();
				},
				'map-export.svg'
			)
		).toString('utf8');
		expect(svg.match(/<path class="land" d="([^"]+)"/)?.[1].length).toBeGreaterThan(20_000);
		expect(svg).toMatch(/<path class="borders" d="M/);
		expect(svg.indexOf('class="base-map"')).toBeLessThan(svg.indexOf('class="ties"'));
		expect(svg).toContain('Natural Earth');
		expect(Buffer.byteLength(svg)).toBeLessThan(1_000_000);

		const png = await save(
			s.page,
			() => s.page.getByRole('button', { name: 'Save PNG' }).click(),
			'map-save.png'
		);
		// The land's pale grey covers a good part of the picture (none in the schematic one).
		const share = await pixelShare(
			png,
			[1, 3, 5].map((i) => parseInt(MAP_STYLE.land.slice(i, i + 2), 16))
		);
		expect(share).toBeGreaterThan(0.05);
	});

	it('draws the map in greyscale on screen when chosen, and exports SVG in the print theme', async () => {
		await s.page.goto(`${base}?at=2024-12-10&layout=map`);
		await waitForGraph(s.page, '2024-12-10');
		await s.page.waitForSelector('[data-testid="graph"][data-map="ready"]');
		const colour = await pixelShare(await graph().screenshot());
		await s.page.getByTestId('theme-select').selectOption({ label: 'Greyscale' });
		await expect.poll(() => new URL(s.page.url()).searchParams.get('theme')).toBe('greyscale');
		await s.page.waitForSelector('[data-testid="graph"][data-theme="greyscale"]');
		await s.page.waitForTimeout(400);
		const land = await s.page.locator('svg.base-map path.land').getAttribute('fill');
		expect(land).toMatch(/^#([0-9a-f]{2})\1\1$/);
		await expect.poll(() => s.page.getByTestId('theme-note').isVisible()).toBe(true);
		// The picture itself has no hue left; in colour it had plenty (the ties).
		const grey = await pixelShare(await graph().screenshot());
		expect(colour).toBeGreaterThan(0.005);
		expect(grey).toBeLessThan(colour / 10);
		await shot(s.page, 'map-greyscale-2024-12-10');
		// A reload keeps the theme.
		await s.page.reload();
		await waitForGraph(s.page, '2024-12-10');
		expect(await s.page.getByTestId('theme-select').inputValue()).toBe('greyscale');

		const svg = (
			await save(
				s.page,
				async () => {
					await s.page.getByRole('button', { name: 'Export…' }).click();
					await s.page.getByLabel('SVG').check();
					// The dialog starts from the theme on screen; print is chosen here.
					const select = s.page.getByTestId('export-theme');
					expect(await select.inputValue()).toBe('greyscale');
					await select.selectOption('print');
					await s.page
						.getByRole('dialog')
						.getByRole('button', { name: 'Export', exact: true })
						.click();
				},
				'map-print.svg'
			)
		).toString('utf8');
		expect(svg).toContain('data-theme="print"');
		expect(svg).toMatch(/<rect width="100%" height="100%" fill="#ffffff"\/>/);
		const fill = /<path class="land" d="[^"]+" fill="#([0-9a-f]{2})/.exec(svg)![1];
		expect(parseInt(fill, 16)).toBeGreaterThanOrEqual(0xf8);
		expect(svg).not.toMatch(/#111827|#374151/i);
		expect(svg).toMatch(/class="legend-theme"[^>]*>Print theme</);
		// Print keeps the tie colours: the defence treaties' blue is there.
		expect(svg).toContain('#0072B2');
	});
});

describe('the embed page on the map', () => {
	for (const at of ['1961-07-11', '2024-12-10'])
		for (const lang of ['en', 'ja'] as const)
			it(`shows the map on ${at} in ${lang}, with land and the note that borders are today's`, async () => {
				await s.page.goto(`${base}?embed=1&layout=map&at=${at}${lang === 'ja' ? '&lang=ja' : ''}`);
				await s.page.getByTestId('embed').waitFor();
				await waitForGraph(s.page, at);
				await s.page.waitForSelector('[data-testid="graph"][data-map="ready"]');
				await s.page.waitForTimeout(700);
				const land = (await s.page.locator('svg.base-map path.land').getAttribute('d')) ?? '';
				expect(land.length).toBeGreaterThan(20_000);
				await expect.poll(() => s.page.locator('svg.base-map').isVisible()).toBe(true);
				const note = s.page.getByTestId('picture-legend').locator('.map-note');
				expect(await note.textContent()).toContain(
					lang === 'en' ? 'Borders are today’s' : '国境は現在のもの'
				);
				expect(await s.page.getByRole('button', { name: 'Export…' }).count()).toBe(0);
				await shot(s.page, `embed-map-${at}-${lang}`);
			});
});
