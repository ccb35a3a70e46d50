import { describe, expect, inject, it } from 'vitest';
import {
	screenPositionOf,
	useSession,
	shot,
	tableTieIds,
	waitForGraph
} from '../support/browser.ts';

const base = inject('baseUrl');
const s = useSession();

/**
 * The share of pixels that are not white in each area of a PNG, areas given as fractions
 * [left, top, right, bottom] of its size. The browser decodes it, in a page of its own.
 */
async function inkIn(
	png: Buffer,
	areas: Record<string, [number, number, number, number]>
): Promise<Record<string, number>> {
	const page = await s.context.newPage();
	try {
		return await page.evaluate(
			async ({ b64, areas }) => {
				const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const { width, height } = bitmap;
				const ctx = new OffscreenCanvas(width, height).getContext('2d')!;
				ctx.drawImage(bitmap, 0, 0);
				const { data } = ctx.getImageData(0, 0, width, height);
				const out: Record<string, number> = {};
				for (const [name, [l, t, r, b]] of Object.entries(areas)) {
					const [x0, y0, x1, y1] = [l * width, t * height, r * width, b * height].map(Math.floor);
					let n = 0;
					for (let y = y0; y < y1; y++)
						for (let x = x0; x < x1; x++) {
							const i = (y * width + x) * 4;
							if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n++;
						}
					out[name] = n / Math.max(1, (x1 - x0) * (y1 - y0));
				}
				return out;
			},
			{ b64: png.toString('base64'), areas }
		);
	} finally {
		await page.close();
	}
}

describe('details, language and picture', () => {
	it('opens a tie from the table and shows its lifecycle and source link', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		await s.page.locator('tr[data-tie="rus-prk-2024-treaty"]').click();
		const details = s.page.getByTestId('tie-details');
		await expect.poll(() => details.getAttribute('data-tie')).toBe('rus-prk-2024-treaty');
		expect(await details.textContent()).toContain('19 Jun 2024');
		expect(await details.textContent()).toContain('4 Dec 2024');
		const link = details.locator('a[href^="http"]').first();
		expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
		// Every link on the page leaves only for the web, in a new tab that cannot reach back.
		const links = await s.page.$$eval('a[href]', (as) =>
			as.map((a) => ({
				href: a.getAttribute('href')!,
				rel: a.getAttribute('rel'),
				target: a.getAttribute('target')
			}))
		);
		const external = links.filter((l) => /^[a-z][a-z0-9+.-]*:/i.test(l.href));
		expect(external.length).toBeGreaterThan(0);
		for (const l of external) {
			expect(l.href, l.href).toMatch(/^https?:\/\//);
			expect(l).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
		}
		await expect.poll(() => s.page.url()).toContain('sel=rus-prk-2024-treaty');
		await shot(s.page, '04-tie-details');
	});

	it('selects a tie with the keyboard in the table', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		const rows = s.page.locator('table[aria-label="Ties in view"] tbody tr');
		await rows.first().focus();
		await s.page.keyboard.press('ArrowDown');
		await s.page.keyboard.press('Enter');
		const second = (await tableTieIds(s.page))[1];
		await expect
			.poll(() => s.page.getByTestId('tie-details').getAttribute('data-tie'))
			.toBe(second);
	});

	it('opens an actor by clicking its node in the graph', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		const p = await screenPositionOf(s.page, 'PRK');
		await s.page.mouse.click(p.x, p.y);
		const details = s.page.getByTestId('actor-details');
		await expect.poll(() => details.getAttribute('data-actor')).toBe('PRK');
		expect(await details.locator('h2').textContent()).toBe('DPRK');
		await shot(s.page, '05-actor-details');
	});

	it('names the USSR by its own code on a Soviet-era date, and Russia by RUS after 1991', async () => {
		await s.page.goto(base + '?at=1961-07-11&sel=RUS');
		await waitForGraph(s.page);
		const details = s.page.getByTestId('actor-details');
		await expect.poll(() => details.locator('h2').textContent()).toBe('USSR');
		expect(await details.getByTestId('actor-code').textContent()).toBe('SUN');
		await s.page.goto(base + '?at=2024-12-10&sel=RUS');
		await waitForGraph(s.page);
		await expect.poll(() => details.locator('h2').textContent()).toBe('Russia');
		expect(await details.getByTestId('actor-code').textContent()).toBe('RUS');
	});

	it('switches to Japanese: interface, data and URL', async () => {
		await s.page.goto(base + '?at=1995-06-01&sel=ussr-prk-1961-treaty');
		await waitForGraph(s.page);
		await s.page.getByRole('button', { name: '日本語' }).click();
		await expect
			.poll(() => s.page.locator('#ties-caption strong').textContent())
			.toBe('表示中の関係');
		expect(await s.page.textContent('[data-testid="date-in-view"]')).toBe('1995年6月1日');
		expect(
			await s.page.locator('tr[data-tie="ussr-prk-1961-treaty"] td').first().textContent()
		).toBe('ソ朝友好協力相互援助条約');
		expect(
			await s.page.locator('tr[data-tie="ussr-prk-1961-treaty"] td').nth(2).textContent()
		).toBe('ロシア · 北朝鮮');
		await expect.poll(() => s.page.url()).toContain('lang=ja');
		expect(await s.page.getAttribute('html', 'lang')).toBe('ja');
		await shot(s.page, '06-japanese');
		await s.page.reload();
		await waitForGraph(s.page);
		expect(await s.page.textContent('[data-testid="date-in-view"]')).toBe('1995年6月1日');
	});

	it('saves the view as a PNG at twice its size, named with the date, with caption and legend', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		const canvas = (await s.page.getByTestId('graph').boundingBox())!;
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: 'Save PNG' }).click()
		]);
		expect(download.suggestedFilename()).toBe('tieline-2024-12-10.png');
		// The file itself is the picture to review.
		const path = 'test-results/screenshots/07-export.png';
		await download.saveAs(path);
		const { readFileSync } = await import('node:fs');
		const bytes = readFileSync(path);
		expect(bytes.subarray(0, 8)).toEqual(
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
		);
		const width = bytes.readUInt32BE(16);
		const height = bytes.readUInt32BE(20);
		// The panel may sit on a half pixel; the picture is the canvas's whole-pixel size × 2.
		expect(Math.abs(width - canvas.width * 2)).toBeLessThanOrEqual(1);
		expect(Math.abs(height - canvas.height * 2)).toBeLessThanOrEqual(1);
		await expect
			.poll(() => s.page.getByRole('status').first().textContent())
			.toContain(`${width} × ${height} px`);
		// The caption sits top left, the legend down the right, the sources along the bottom:
		// each area has ink, and the corners the layout leaves free stay white.
		const ink = await inkIn(bytes, {
			caption: [0, 0, 0.4, 0.07],
			legend: [0.85, 0.05, 1, 0.5],
			sources: [0, 0.8, 0.5, 1],
			corner: [0.9, 0.975, 1, 1]
		});
		expect(ink.caption).toBeGreaterThan(0.005);
		expect(ink.legend).toBeGreaterThan(0.01);
		expect(ink.sources).toBeGreaterThan(0.01);
		expect(ink.corner).toBe(0);
	});

	it('finds an actor by an alias and a tie by its title, going to when the tie begins', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		const box = s.page.getByRole('combobox', { name: 'Find an actor, tie or event' });
		const results = s.page.getByRole('listbox', { name: 'Find an actor, tie or event' });
		await box.fill('北朝鮮');
		expect(await results.getByRole('option').first().textContent()).toContain('DPRK');
		await box.press('Enter');
		await expect
			.poll(() => s.page.getByTestId('actor-details').getAttribute('data-actor'))
			.toBe('PRK');

		await box.fill('Sino-Soviet Treaty');
		await shot(s.page, '08-search');
		await box.press('Enter');
		await waitForGraph(s.page, '1950-02-14');
		expect(await tableTieIds(s.page)).toContain('ussr-chn-1950-treaty');
		await expect
			.poll(() => s.page.getByTestId('tie-details').getAttribute('data-tie'))
			.toBe('ussr-chn-1950-treaty');

		await box.fill('zzqx');
		expect(await results.getByRole('option').textContent()).toBe('Nothing found');
	});
});
