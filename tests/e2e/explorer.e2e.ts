import { describe, expect, inject, it } from 'vitest';
import { bundledGraph, useSession, shot, tableTieIds, waitForGraph } from '../support/browser.ts';
import { formatDay } from '../../src/lib/core/time/format.ts';
import { dayToIso, isoToDay } from '../../src/lib/core/time/partial-date.ts';

const base = inject('baseUrl');
const s = useSession();

async function open(search: string) {
	await s.page.goto(base + search);
	await waitForGraph(s.page);
}

async function drawnTies(): Promise<number> {
	return Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-ties'));
}

async function dateShown() {
	return (await s.page.textContent('[data-testid="date-in-view"]'))!.trim();
}

describe('the explorer', () => {
	it('opens on a default date with the graph, legend, table and no errors', async () => {
		await open('');
		await expect
			.poll(() => s.page.locator('table[aria-label="Ties in view"] tbody tr[data-tie]').count())
			.toBeGreaterThan(3);
		expect(await s.page.textContent('h1')).toContain('Tieline');
		expect(await s.page.locator('#legend-title').textContent()).toBe('Legend');
		expect(await drawnTies()).toBe((await tableTieIds(s.page)).length);
		// Not today: the last day the data speaks of, and the app says which it is.
		const today = isoToDay(new Date().toISOString().slice(0, 10))!;
		const end = Math.min(bundledGraph().span().end, today);
		expect(await dateShown()).toBe(formatDay(end, 'en'));
		const latest = s.page.getByTestId('data-latest');
		expect(await latest.textContent()).toBe(`Data to ${formatDay(end, 'en')}`);
		expect(await latest.getAttribute('aria-pressed')).toBe('true');
		await shot(s.page, '01-default');
		await s.page.getByRole('button', { name: 'Previous year' }).click();
		await expect.poll(() => latest.getAttribute('aria-pressed')).toBe('false');
		await latest.click();
		await expect.poll(dateShown).toBe(formatDay(end, 'en'));
		// The address follows the date a moment later (written after the view settles).
		await expect.poll(() => s.page.url()).toContain(`at=${dayToIso(end)}`);
	});

	it('shows the Soviet–DPRK treaty on 1995-06-01 and not on 1997-01-01 (URL)', async () => {
		await open('?at=1995-06-01');
		expect(await dateShown()).toBe('1 Jun 1995');
		let ids = await tableTieIds(s.page);
		expect(ids).toContain('ussr-prk-1961-treaty');
		expect(await drawnTies()).toBe(ids.length);
		const row = s.page.locator('tr[data-tie="ussr-prk-1961-treaty"]');
		expect(await row.locator('td').nth(2).textContent()).toBe('Russia · DPRK');
		expect(await row.locator('td[data-status]').textContent()).toBe('In force');
		await shot(s.page, '02-1995-06-01');

		await open('?at=1997-01-01');
		ids = await tableTieIds(s.page);
		expect(ids).not.toContain('ussr-prk-1961-treaty');
		expect(ids).toContain('chn-prk-1961-treaty');
		expect(await drawnTies()).toBe(ids.length);
	});

	it('names a state as it was named on the date in view (USSR before 1991-12-26)', async () => {
		await open('?at=1991-12-25');
		const parties = s.page.locator('tr[data-tie="ussr-prk-1961-treaty"] td').nth(2);
		expect(await parties.textContent()).toBe('USSR · DPRK');
		await s.page.getByRole('button', { name: 'Next day' }).click();
		await waitForGraph(s.page, '1991-12-26');
		expect(await parties.textContent()).toBe('Russia · DPRK');
	});

	it('moves the date with the typed field, and rejects a malformed one', async () => {
		await open('?at=2020-01-01');
		const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill('1995-06-01');
		await field.press('Enter');
		await waitForGraph(s.page, '1995-06-01');
		expect(await tableTieIds(s.page)).toContain('ussr-prk-1961-treaty');
		await expect.poll(() => s.page.url()).toContain('at=1995-06-01');

		await field.fill('1995-13-01');
		await field.press('Enter');
		expect(await s.page.locator('#date-field-error').textContent()).toContain('YYYY-MM-DD');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		expect(await dateShown()).toBe('1 Jun 1995');
	});

	it('moves the date with the slider, by mouse and keyboard', async () => {
		await open('?at=2024-07-01');
		const slider = s.page.getByRole('slider', { name: 'Date' });
		expect(await tableTieIds(s.page)).toContain('rus-prk-2024-treaty');
		await slider.focus();
		await slider.press('Home');
		const first = await dateShown();
		expect(first).not.toBe('1 Jul 2024');
		expect(await tableTieIds(s.page)).not.toContain('rus-prk-2024-treaty');

		await open('?at=1995-06-01');
		await slider.focus();
		await slider.press('Shift+PageUp');
		await waitForGraph(s.page, '1996-06-01');
		await slider.press('PageUp');
		await waitForGraph(s.page, '1996-07-01');
		await slider.press('ArrowRight');
		await waitForGraph(s.page, '1996-07-02');

		const box = (await slider.boundingBox())!;
		await s.page.mouse.click(box.x + box.width * 0.98, box.y + box.height / 2);
		const ids = await tableTieIds(s.page);
		await expect.poll(drawnTies).toBe(ids.length);
		expect(ids).toContain('usa-jpn-1960-treaty');
		expect(await dateShown()).not.toBe('2 Jul 1996');
	});

	it('falls back with a visible notice when the URL date is malformed', async () => {
		await open('?at=1995-02-30');
		const alert = s.page.getByRole('alert');
		expect(await alert.textContent()).toContain('1995-02-30');
		expect(await tableTieIds(s.page)).not.toHaveLength(0);
		await shot(s.page, '03-bad-url-notice');
	});

	it('shows the signed-not-in-force status of the 2024 treaty, then in force', async () => {
		await open('?at=2024-12-03');
		const status = s.page.locator('tr[data-tie="rus-prk-2024-treaty"] td[data-status]');
		expect(await status.textContent()).toBe('Signed, not yet in force');
		await s.page.getByRole('button', { name: 'Next day' }).click();
		await waitForGraph(s.page, '2024-12-04');
		expect(await status.textContent()).toBe('In force');
		expect(await tableTieIds(s.page)).toContain('rus-prk-2000-treaty');
		await s.page.getByRole('button', { name: 'Next day' }).click();
		await waitForGraph(s.page, '2024-12-05');
		expect(await tableTieIds(s.page)).not.toContain('rus-prk-2000-treaty');
	});

	it('gives the graph the room when panels are closed, and brings them back', async () => {
		await open('?at=2024-12-10');
		const before = (await s.page.getByTestId('graph').boundingBox())!;
		await s.page.getByRole('button', { name: 'Tools' }).click();
		await s.page.getByRole('button', { name: 'Details' }).click();
		await s.page.getByRole('button', { name: 'Table' }).click();
		await expect
			.poll(async () => (await s.page.getByTestId('graph').boundingBox())!.width)
			.toBeGreaterThan(before.width + 300);
		// The side panel's room goes to the picture, but for the legend that stays on it.
		expect(await s.page.getByTestId('picture-legend').isVisible()).toBe(true);
		expect((await s.page.getByTestId('graph').boundingBox())!.height).toBeGreaterThan(
			before.height + 100
		);
		expect(await s.page.locator('table[aria-label="Ties in view"]').count()).toBe(0);
		expect(await s.page.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe(
			'false'
		);
		await waitForGraph(s.page);
		await shot(s.page, '09-panels-closed');
		await s.page.getByRole('button', { name: 'Table' }).click();
		expect(await tableTieIds(s.page)).toContain('rus-prk-2024-treaty');
	});

	it('presents at 1280×720 in Japanese: the legend on the picture, a thin time bar', async () => {
		await s.page.setViewportSize({ width: 1280, height: 720 });
		try {
			await open('?at=2024-12-10&lang=ja');
			for (const name of ['ツール', '詳細', '表'])
				await s.page.getByRole('button', { name, exact: true }).click();
			await s.page.getByRole('button', { name: '▾ 時間軸を細く' }).click();
			await expect.poll(() => s.page.getByTestId('time-strip').count()).toBe(1);
			expect(await s.page.getByTestId('histogram').count()).toBe(0);
			await expect.poll(() => s.page.url()).toContain('closed=side,details,table,bar');
			const kinds = new Set(
				bundledGraph()
					.at(isoToDay('2024-12-10')!)
					.ties.map((t) => t.tie.kind)
			);
			const legend = s.page.getByTestId('picture-legend');
			expect(await legend.locator('li[data-kind]').count()).toBe(kinds.size);
			expect(await legend.locator('li[data-kind="defense-treaty"]').textContent()).toContain(
				'防衛条約'
			);
			// The picture gets at least 70 % of a projector's height, and the legend is not on it.
			await s.page.reload();
			await waitForGraph(s.page);
			const graph = (await s.page.getByTestId('graph').boundingBox())!;
			expect(graph.height).toBeGreaterThanOrEqual(0.7 * 720);
			const box = (await legend.boundingBox())!;
			expect(box.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
			expect(await s.page.getByTestId('time-strip').count()).toBe(1);
			await shot(s.page, '09b-presenting-ja-1280');
			await s.page.getByRole('button', { name: '▴ 時間軸を全表示' }).click();
			await expect.poll(() => s.page.getByTestId('histogram').count()).toBe(1);
		} finally {
			await s.page.setViewportSize({ width: 1440, height: 900 });
		}
	});

	it('draws the picture again only when it changes or its panel changes size', async () => {
		// Counts the frames drawn into the picture's canvas (Cytoscape's layer of elements).
		await s.page.addInitScript(() => {
			const w = window as unknown as { frames: number };
			w.frames = 0;
			const clear = CanvasRenderingContext2D.prototype.clearRect;
			CanvasRenderingContext2D.prototype.clearRect = function (...box) {
				if (this.canvas instanceof HTMLCanvasElement && this.canvas.dataset.id === 'layer2-node')
					w.frames++;
				return clear.apply(this, box);
			};
		});
		const frames = () => s.page.evaluate(() => (window as unknown as { frames: number }).frames);
		const reset = () =>
			s.page.evaluate(() => ((window as unknown as { frames: number }).frames = 0));
		await open('?at=1960-01-01');
		await expect.poll(frames).toBeGreaterThan(0);
		// Nothing begins or ends on 2 January 1960: the date and the graph's attributes change, the
		// picture does not. (Cytoscape looks for a change of size 100 ms after any change of its
		// container's attributes, and used to draw the whole picture again then.)
		await s.page.waitForTimeout(500);
		await reset();
		await s.page.getByRole('button', { name: 'Next day' }).click();
		await waitForGraph(s.page, '1960-01-02');
		await s.page.waitForTimeout(500);
		expect(await frames()).toBe(0);
		// A step that changes the picture draws it.
		await s.page.getByRole('button', { name: 'Next year' }).click();
		await waitForGraph(s.page, '1961-01-02');
		await expect.poll(frames).toBeGreaterThan(0);
		// A panel of another size: the picture is drawn again, to the new size.
		const canvas = s.page.locator('[data-testid="graph"] canvas[data-id="layer2-node"]');
		const wide = Number(await canvas.getAttribute('width'));
		await s.page.waitForTimeout(500);
		await reset();
		await s.page.setViewportSize({ width: 1200, height: 900 });
		try {
			await expect.poll(frames).toBeGreaterThan(0);
			await expect.poll(async () => Number(await canvas.getAttribute('width'))).toBeLessThan(wide);
		} finally {
			await s.page.setViewportSize({ width: 1440, height: 900 });
		}
	});

	it('says when an ongoing flow was last reported, once the date in view passes it', async () => {
		const row = s.page.locator('tr[data-tie="prk-rus-ballistic-missiles"] td[data-status]');
		await open('?at=2025-05-29');
		expect(await row.textContent()).toBe('Active');
		await s.page.getByRole('button', { name: 'Next day' }).click();
		await waitForGraph(s.page, '2025-05-30');
		expect(await row.textContent()).toBe('Active (last reported 29 May 2025)');
	});
});
