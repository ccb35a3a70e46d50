import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { dyadTimeline } from '../../src/lib/core/analysis/dyad-tool.ts';
import { matrixAt } from '../../src/lib/core/analysis/matrix-tool.ts';
import { bundledGraph, useSession, shot, waitForGraph, SHOTS } from '../support/browser.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
const s = useSession({ width: 1280, height: 720 });

async function exportLens(page: Page, format: 'SVG' | 'PNG', file: string): Promise<Buffer> {
	await page.getByRole('button', { name: 'Export…' }).click();
	await page.getByRole('dialog').getByLabel(format).check();
	const [download] = (await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
	])) as [Download, unknown];
	const path = `${SHOTS}/${file}`;
	await download.saveAs(path);
	return readFileSync(path);
}

/** The graph stays mounted, hidden, under another lens: wait until it is up all the same. */
const graphUp = (page: Page) =>
	page.waitForSelector('[data-testid="graph"][data-ready="true"]', { state: 'attached' });

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

/** The lanes as the accessible table lists them: tie id → phases as `status from..to`. */
async function lanesFromTable(page: Page): Promise<Record<string, string[]>> {
	return page.$$eval('table[data-testid="lanes-table"] tbody tr[data-tie]', (rows) =>
		Object.fromEntries(
			rows.map((r) => [
				r.getAttribute('data-tie')!,
				[...r.querySelectorAll('li[data-phase]')].map(
					(li) =>
						`${li.getAttribute('data-phase')} ${li.getAttribute('data-from')}..${li.getAttribute('data-to')}`
				)
			])
		)
	);
}

describe('the dyad timeline', () => {
	it('opens for Russia–DPRK from a link and lists its lanes in the table, with their dates', async () => {
		await s.page.goto(base + '?at=2024-12-10&lens=dyad&dyad=RUS.PRK');
		await graphUp(s.page);
		await s.page.getByTestId('dyad-view').locator('svg').waitFor();
		const lanes = await lanesFromTable(s.page);
		const expected = dyadTimeline(graph, { a: 'RUS', b: 'PRK', kinds: [] });
		expect(Object.keys(lanes).sort()).toEqual(expected.lanes.map((l) => l.tie.id).sort());
		expect(lanes['ussr-prk-1961-treaty']).toEqual([
			'signed 1961-07-06..1961-09-10',
			'in-force 1961-09-10..1996-09'
		]);
		expect(lanes['rus-prk-2024-treaty']).toEqual([
			'signed 2024-06-19..2024-12-04',
			'in-force 2024-12-04..'
		]);
		// Every lane is drawn, and the cursor is on the date in view.
		const drawn = await s.page.$$eval('[data-testid="dyad-view"] g.lane', (gs) =>
			gs.map((g) => g.getAttribute('data-tie'))
		);
		expect(drawn.sort()).toEqual(Object.keys(lanes).sort());
		expect(await s.page.getByTestId('dyad-view').locator('g.cursor').textContent()).toBe(
			'10 Dec 2024'
		);
		await shot(s.page, '60-dyad-rus-prk-en');
	});

	it('reads a tie when its lane is clicked, and goes to a date when the axis is clicked', async () => {
		await s.page
			.locator('[data-testid="dyad-view"] g.lane[data-tie="ussr-prk-1961-treaty"] .lane-hit')
			.click();
		await expect
			.poll(() => s.page.getByTestId('tie-details').getAttribute('data-tie'))
			.toBe('ussr-prk-1961-treaty');
		await expect.poll(() => s.page.url()).toContain('sel=ussr-prk-1961-treaty');

		const svg = s.page.getByTestId('dyad-view').locator('svg');
		const [x0, x1, from, to] = await svg.evaluate((el) =>
			['x0', 'x1', 'from', 'to'].map((k) => Number(el.getAttribute(`data-${k}`)))
		);
		const axis = await s.page.locator('[data-testid="dyad-view"] .axis-hit').boundingBox();
		const box = (await svg.boundingBox())!;
		// 1 July 1961, as far as a pixel can say: the day lands within a pixel's worth of days.
		const target = Date.UTC(1961, 6, 1) / 86_400_000;
		const x = box.x + x0 + ((target - from) / (to + 1 - from)) * (x1 - x0);
		await s.page.mouse.click(x, axis!.y + axis!.height / 2);
		await expect.poll(() => s.page.getByTestId('graph').getAttribute('data-day')).toMatch(/^1961-/);
		await expect.poll(() => s.page.url()).toMatch(/at=1961-/);
		await shot(s.page, '61-dyad-clicked-1961');
	});

	it('exports the timeline as SVG and PNG with caption, legend and numbered sources', async () => {
		const svg = (await exportLens(s.page, 'SVG', '62-dyad.svg')).toString('utf8');
		expect(svg).toMatch(/^<\?xml/);
		expect(svg).toContain('width="1920" height="1080"');
		expect(svg).toContain('USSR / Russia and DPRK, ');
		expect(svg).toContain('data-tie="ussr-prk-1961-treaty"');
		expect(svg).toContain('>Signed, not yet in force<');
		expect(svg).toContain('>Sources<');
		expect(svg).toMatch(/>1\. [^<]+</);
		const png = await exportLens(s.page, 'PNG', '63-dyad.png');
		expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
	});

	it('keeps the lens on reload, and reads in Japanese', async () => {
		await s.page.reload();
		await s.page.getByTestId('dyad-view').locator('svg').waitFor();
		expect(
			await s.page.getByTestId('lens-switch').getByRole('button', { pressed: true }).textContent()
		).toBe('Dyad timeline');
		await s.page.getByRole('button', { name: '日本語' }).click();
		await expect
			.poll(() => s.page.locator('#lanes-caption').textContent())
			.toContain('ソ連 / ロシアと北朝鮮の間の関係');
		await shot(s.page, '64-dyad-rus-prk-ja');
		await s.page.getByRole('button', { name: 'EN' }).click();
	});

	it('opens from an actor’s details: "Timeline with…"', async () => {
		await s.page.goto(base + '?at=2024-12-10&sel=JPN');
		await waitForGraph(s.page);
		await s.page.getByTestId('dyad-open').selectOption('USA');
		await s.page.getByTestId('dyad-view').locator('svg').waitFor();
		await expect.poll(() => s.page.url()).toContain('lens=dyad&dyad=JPN.USA');
		expect(await s.page.locator('table[data-testid="lanes-table"] tr[data-tie]').count()).toBe(
			dyadTimeline(graph, { a: 'JPN', b: 'USA', kinds: [] }).lanes.length
		);
	});
});

describe('the matrix', () => {
	it('shows the kinds in each cell on 2024-12-10, lists a cell’s ties on hover, picks them on click', async () => {
		await s.page.goto(base + '?at=2024-12-10&lens=matrix');
		await graphUp(s.page);
		const cell = s.page.locator(
			'[data-testid="matrix-view"] g.cell[data-row="PRK"][data-col="RUS"]'
		);
		await cell.waitFor();
		const expected = matrixAt(graph, { at: '2024-12-10', kinds: [], order: 'blocs' }).cells.find(
			(c) => c.row === 'PRK' && c.col === 'RUS'
		)!;
		const ties = (await cell.getAttribute('data-ties'))!.split(',');
		expect(ties.sort()).toEqual([...new Set(expected.kinds.flatMap((k) => k.ties))].sort());
		expect(ties).toContain('rus-prk-2024-treaty');
		expect(ties).toContain('prk-rus-troops-2024');
		// Directed kinds read row → column: troops go DPRK → Russia, so not in Russia's row.
		const back = (await s.page
			.locator('[data-testid="matrix-view"] g.cell[data-row="RUS"][data-col="PRK"]')
			.getAttribute('data-ties'))!.split(',');
		expect(back).not.toContain('prk-rus-troops-2024');
		expect(back).toContain('rus-prk-2024-treaty');
		await cell.locator('.cell-hit').hover();
		await expect
			.poll(() => s.page.getByTestId('matrix-tip').textContent())
			.toContain('DPRK → Russia');
		await shot(s.page, '65-matrix-2024-en');
		await cell.locator('.cell-hit').click();
		await expect.poll(() => s.page.getByTestId('tie-details').count()).toBe(1);
		await expect
			.poll(() => s.page.getByTestId('table-picked').textContent())
			.toContain(`${ties.length} ties picked`);
	});

	it('shows small multiples every ten years, in the URL, and exports SVG and PNG', async () => {
		await s.page.getByLabel('Every ten years').check();
		await expect.poll(() => s.page.url()).toContain('mx=decades');
		expect(await s.page.locator('[data-testid="matrix-view"] g.frame').count()).toBe(10);
		await shot(s.page, '66-matrix-decades-en');
		const svg = (await exportLens(s.page, 'SVG', '67-matrix.svg')).toString('utf8');
		expect(svg).toContain('10 Dec 1934 – 10 Dec 2024, 10 dates');
		expect(svg).toContain(
			'Directed kinds (flows, sanctions, memberships) read from the row to the column.'
		);
		expect(svg.match(/<g class="frame"/g)).toHaveLength(10);
		const png = await exportLens(s.page, 'PNG', '68-matrix.png');
		expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
		await s.page.reload();
		await s.page.locator('[data-testid="matrix-view"] g.frame').first().waitFor();
		expect(await s.page.locator('[data-testid="matrix-view"] g.frame').count()).toBe(10);
		await s.page.getByRole('button', { name: '日本語' }).click();
		await s.page.getByLabel('一つの日付').check();
		await expect.poll(() => s.page.url()).not.toContain('mx=');
		await shot(s.page, '69-matrix-2024-ja');
	});
});
