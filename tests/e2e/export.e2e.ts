import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { selectScope } from '../../src/lib/core/export/scope.ts';
import {
	bundledGraph,
	screenPositionOf,
	useSession,
	shot,
	waitForGraph,
	SHOTS
} from '../support/browser.ts';
import { pdfFonts, pdfPages, pdfText, poppler } from '../support/pdf-tools.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
const s = useSession();

async function exportWith(page: Page, setup: () => Promise<void>, file: string): Promise<Buffer> {
	await page.getByRole('button', { name: 'Export…' }).click();
	await setup();
	const [download] = (await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
	])) as [Download, unknown];
	const path = `${SHOTS}/${file}`;
	await download.saveAs(path);
	return readFileSync(path);
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('picking and exporting', () => {
	it('picks a neighbourhood and exports only it as SVG, with the date in the caption', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		const expected = selectScope(graph, { at: '1995-06-01', focus: 'PRK', hops: 1 }).actors.map(
			(a) => a.actor.id
		);
		await s.page.getByRole('button', { name: 'Neighbourhood', exact: true }).click();
		await s.page.getByLabel('Actor', { exact: true }).selectOption('PRK');
		await s.page.getByTestId('tool-run').click();
		await expect
			.poll(() => s.page.getByTestId('picked-count').textContent())
			.toContain(`${expected.length} actors picked`);
		await s.page.getByRole('button', { name: 'Export…' }).click();
		await shot(s.page, '10-export-dialog');
		await s.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

		const svg = (
			await exportWith(s.page, () => s.page.getByLabel('SVG').check(), '11-selection.svg')
		).toString('utf8');
		const actors = [...svg.matchAll(/data-actor="([^"]+)"/g)].map((m) => m[1]);
		expect(actors.sort()).toEqual([...expected].sort());
		expect(actors).not.toContain('DEU');
		expect(svg).toContain('As of 1 Jun 1995');
		expect(svg).toMatch(/<text[^>]*>DPRK<\/text>/);
		expect(svg).toMatch(/^<\?xml/);
		expect(svg).toContain('width="1920" height="1080"');

		// The SVG opens in the browser as it is, text and all.
		const view = await s.context.newPage();
		await view.setViewportSize({ width: 1920, height: 1080 });
		await view.goto('file://' + process.cwd() + `/${SHOTS}/11-selection.svg`);
		expect(await view.locator('text').filter({ hasText: 'DPRK' }).count()).toBeGreaterThan(0);
		await view.screenshot({ path: `${SHOTS}/12-selection-svg-rendered.png` });
		await view.close();
	});

	it('exports a PNG at exact pixel sizes and at a DPI on A4', async () => {
		const exact = await exportWith(
			s.page,
			async () => {
				await s.page.getByLabel('PNG').check();
				await s.page.getByLabel('Width (px)').fill('1200');
				await s.page.getByLabel('Height (px)').fill('800');
			},
			'13-selection-1200x800.png'
		);
		expect(pngSize(exact)).toEqual({ width: 1200, height: 800 });

		const a4 = await exportWith(
			s.page,
			async () => {
				await s.page.getByLabel('PNG').check();
				await s.page.getByLabel('Page at a DPI').check();
				await s.page.getByLabel('DPI', { exact: true }).fill('150');
				expect(await s.page.getByTestId('export-size').textContent()).toBe(
					'Output: 1754 × 1240 px'
				);
			},
			'14-selection-a4-150dpi.png'
		);
		expect(pngSize(a4)).toEqual({ width: 1754, height: 1240 });
	});

	it('refuses an image larger than the browser can draw, saying what will work', async () => {
		await s.page.getByRole('button', { name: 'Export…' }).click();
		await s.page.getByLabel('PNG').check();
		await s.page.getByLabel('Exact pixels').check();
		await s.page.getByLabel('Width (px)').fill('40000');
		await s.page.getByLabel('Height (px)').fill('30000');
		let downloaded = false;
		s.page.once('download', () => (downloaded = true));
		await s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click();
		const alert = s.page.getByRole('dialog').getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain('more than this browser can draw');
		expect(await alert.textContent()).toMatch(/about \d+ × \d+ px/);
		await shot(s.page, '15-oversize-message');
		expect(downloaded).toBe(false);
		await s.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
	});

	it('exports a one-page PDF and the picked data as GEXF', async () => {
		const pdf = await exportWith(
			s.page,
			async () => {
				await s.page.getByLabel('PDF', { exact: true }).check();
				await s.page.getByLabel('Page at a DPI').check();
				await s.page.getByLabel('DPI', { exact: true }).fill('100');
			},
			'16-selection.pdf'
		);
		// Vectors and text, not a photograph of the picture: a reader finds its words.
		const file = `${SHOTS}/16-selection.pdf`;
		expect(poppler('pdfinfo', file)).toMatch(/^Page size:\s+841\.89 x 595\.27\d* pts/m);
		expect(pdfPages(file)).toBe(1);
		expect(pdfText(file)).toContain('As of 1 Jun 1995');
		expect(pdfText(file)).toContain('DPRK');
		expect(pdf.includes('/Subtype /Image')).toBe(false);
		const fonts = pdfFonts(file);
		expect(fonts.length).toBeGreaterThan(0);
		for (const f of fonts) expect(f).toMatchObject({ embedded: true, subset: true });

		const gexf = (
			await exportWith(s.page, () => s.page.getByLabel('GEXF').check(), '17-selection.gexf')
		).toString('utf8');
		const expected = selectScope(graph, { at: '1995-06-01', focus: 'PRK', hops: 1 }).actors.length;
		expect(gexf.match(/<node /g)).toHaveLength(expected);
	});

	it('downloads a story as a deck: one page per scene, captions searchable in Japanese', async () => {
		const story = graph.data.stories!.find((st) => st.id === 'treaties-1961-2024')!;
		await s.page.goto(base + '?at=1995-06-01&lang=ja');
		await waitForGraph(s.page);
		await s.page.getByRole('button', { name: '書き出し…' }).click();
		const [download] = (await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('button', { name: `デッキをダウンロード（PDF）：${story.title.ja}` }).click()
		])) as [Download, unknown];
		const file = `${SHOTS}/18-deck-ja.pdf`;
		await download.saveAs(file);
		expect(download.suggestedFilename()).toBe('tieline-treaties-1961-2024-ja.pdf');
		expect(pdfPages(file)).toBe(story.scenes.length);
		const bare = (t: string) => t.replace(/\s+/g, '');
		story.scenes.forEach((scene, i) => {
			const page = pdfText(file, '-f', String(i + 1), '-l', String(i + 1));
			expect(bare(page)).toContain(bare(scene.caption.ja));
		});
		for (const f of pdfFonts(file)) expect(f).toMatchObject({ embedded: true, subset: true });
	});

	it('picks with click and shift-click in the graph', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		const at = (id: string) => screenPositionOf(s.page, id);
		const prk = await at('PRK');
		const chn = await at('CHN');
		await s.page.mouse.click(prk.x, prk.y);
		await expect
			.poll(() => s.page.getByTestId('picked-count').textContent())
			.toContain('1 actors picked');
		await s.page.keyboard.down('Shift');
		await s.page.mouse.click(chn.x, chn.y);
		await s.page.keyboard.up('Shift');
		await expect
			.poll(() => s.page.getByTestId('picked-count').textContent())
			.toContain('2 actors picked');
		await shot(s.page, '18-picked-two');
	});

	it('picks a box drawn with Shift-drag, and every shortest path between two actors', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		const at = (id: string) => screenPositionOf(s.page, id);
		const prk = await at('PRK');
		const kor = await at('KOR');
		await s.page.keyboard.down('Shift');
		await s.page.mouse.move(Math.min(prk.x, kor.x) - 30, Math.min(prk.y, kor.y) - 30);
		await s.page.mouse.down();
		await s.page.mouse.move(Math.max(prk.x, kor.x) + 30, Math.max(prk.y, kor.y) + 30, { steps: 8 });
		await s.page.mouse.up();
		await s.page.keyboard.up('Shift');
		await expect
			.poll(() => s.page.getByTestId('picked-count').textContent())
			.toContain('2 actors picked');

		await s.page.getByRole('button', { name: 'Shortest paths', exact: true }).click();
		await s.page.locator('#tool-paths-source').selectOption('JPN');
		await s.page.locator('#tool-paths-target').selectOption('RUS');
		await s.page.getByTestId('tool-run').click();
		const scope = selectScope(graph, { at: '1995-06-01' });
		const { scopePaths } = await import('../../src/lib/core/export/scope.ts');
		const paths = scopePaths(scope, 'JPN', 'RUS');
		const onPaths = new Set(paths.flatMap((p) => p.actors));
		await expect
			.poll(() => s.page.getByTestId('picked-count').textContent())
			.toContain(`${onPaths.size} actors picked`);
		await shot(s.page, '19-path-picked');
	});

	it('exports a comparison as it is on screen: its changes marked, captioned with both dates', async () => {
		// Tie by tie, so each tie's own mark can be read (a pair's one line sums them up).
		await s.page.goto(base + '?compare=2022-01-01..2024-12-10&pairs=all');
		await waitForGraph(s.page);
		const svg = (
			await exportWith(s.page, () => s.page.getByLabel('SVG').check(), '27-compare.svg')
		).toString('utf8');
		expect(svg).toContain('Changes from 1 Jan 2022 to 10 Dec 2024');
		const marks = Object.fromEntries(
			[...svg.matchAll(/<g data-tie="([^"]+)"[^>]*>\s*<path class="mark" data-mark="(\w+)"/g)].map(
				(m) => [m[1], m[2]]
			)
		);
		const { compareDates } = await import('../../src/lib/core/model/compare.ts');
		const { isoToDay } = await import('../../src/lib/core/time/partial-date.ts');
		const cmp = compareDates(graph, isoToDay('2022-01-01')!, isoToDay('2024-12-10')!);
		const expected = Object.fromEntries(
			cmp.ties.filter((c) => c.change !== 'same').map((c) => [c.tie.id, c.change])
		);
		expect(marks).toEqual(expected);
		expect(marks['rus-prk-2024-treaty']).toBe('added');
		expect(marks['rus-prk-2000-treaty']).toBe('removed');
	});
});
