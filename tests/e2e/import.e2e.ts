import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useSession, shot, waitForGraph, SHOTS } from '../support/browser.ts';
import { smallFiles } from '../support/import-files.ts';

const base = inject('baseUrl');
const s = useSession({ width: 1280, height: 720 });
const { gexf, sources, json } = smallFiles();

const drawnTies = async () =>
	Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-ties'));
const datasetName = () => s.page.getByTestId('dataset-name').textContent();
const ds = () => new URL(s.page.url()).searchParams.get('ds');
/** The readers load on first use, and parse on a busy two-core machine: allow them time. */
const SLOW = { timeout: 20_000 };

/** Drags files over the page and drops them, as the browser does for files from the desktop. */
async function drop(page: Page, files: { name: string; text: string }[], release = true) {
	await page.evaluate(
		({ files, release }) => {
			const transfer = new DataTransfer();
			for (const f of files) transfer.items.add(new File([f.text], f.name));
			const fire = (type: string) =>
				document.body.dispatchEvent(
					new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer })
				);
			fire('dragenter');
			fire('dragover');
			if (release) fire('drop');
		},
		{ files, release }
	);
}

describe('opening your own data', () => {
	it('drops a GEXF on the page, sees what it holds, accepts, and scrubs its time bar', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page, '2024-12-10');
		const bundledTies = await drawnTies();
		expect(ds()).toBeNull();

		// While files are dragged over the page, it says where they go.
		await drop(s.page, [{ name: 'small.gexf', text: gexf }], false);
		await expect.poll(() => s.page.getByTestId('drop-target').isVisible()).toBe(true);
		await shot(s.page, '80-import-drop-target');
		await drop(s.page, [
			{ name: 'small.gexf', text: gexf },
			{ name: 'sources.json', text: sources }
		]);
		const summary = s.page.getByTestId('import-summary');
		await expect.poll(() => summary.isVisible(), SLOW).toBe(true);
		expect(await s.page.getByTestId('drop-target').count()).toBe(0);
		expect(await summary.getByTestId('import-counts').textContent()).toBe(
			'6 actors · 5 ties · 0 events · 3 sources'
		);
		expect(await summary.getByTestId('import-span').textContent()).toMatch(/^Dates from .+ to .+$/);
		expect(await summary.locator('tbody tr').allTextContents()).toEqual([
			expect.stringMatching(/^small\.gexfGEXF.*6 actors · 5 ties · 0 events · 0 sources$/),
			expect.stringMatching(/^sources\.jsonJSON.*0 actors · 0 ties · 0 events · 3 sources$/)
		]);
		await shot(s.page, '81-import-summary');
		// Nothing has changed behind the summary.
		expect(await drawnTies()).toBe(bundledTies);
		expect(ds()).toBeNull();

		await summary.getByRole('button', { name: 'Open it' }).click();
		await expect.poll(ds, SLOW).toMatch(/^[0-9a-z]{10}$/);
		await waitForGraph(s.page);
		expect(await datasetName()).toBe('small.gexf + sources.json');
		// The small data ends in 2024, so its view opens on today with its three live ties.
		await expect.poll(drawnTies).toBe(3);

		// Scrubbing to the start of its time bar shows the one tie of 1961.
		const slider = s.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		await slider.press('Home');
		await expect
			.poll(() => s.page.getAttribute('[data-testid="graph"]', 'data-day'))
			.toBe('1961-07-06');
		await expect.poll(drawnTies).toBe(1);
		await shot(s.page, '82-imported-1961');
		await slider.press('End');
		await expect.poll(drawnTies).toBe(3);
	});

	it('keeps it: a reload with ds= opens it again', async () => {
		const id = ds();
		await s.page.goto(base + `?ds=${id}&at=1961-07-06`);
		await waitForGraph(s.page);
		await expect.poll(datasetName, SLOW).toBe('small.gexf + sources.json');
		await expect.poll(drawnTies).toBe(1);
		expect(ds()).toBe(id);
		// The view's own parameters still travel with the dataset.
		expect(new URL(s.page.url()).searchParams.get('at')).toBe('1961-07-06');
	});

	it('exports the opened data as the screen shows it: SVG and GEXF', async () => {
		const exportAs = async (format: string, file: string) => {
			await s.page.getByRole('button', { name: 'Export…' }).click();
			await s.page.getByLabel(format, { exact: true }).check();
			const [download] = (await Promise.all([
				s.page.waitForEvent('download'),
				s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
			])) as [Download, unknown];
			await download.saveAs(`${SHOTS}/${file}`);
			return readFileSync(`${SHOTS}/${file}`, 'utf8');
		};
		// On 6 Jul 1961 one tie is drawn; the actors with none (Japan, the ROK, the US) are not.
		const drawnActors = Number(
			await s.page.getAttribute('[data-testid="graph"]', 'data-visible-actors')
		);
		expect(drawnActors).toBe(2);
		const svg = await exportAs('SVG', '87-imported-1961.svg');
		expect([...svg.matchAll(/data-actor="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([
			'PRK',
			'RUS'
		]);
		expect(svg).toContain('As of 6 Jul 1961');
		const out = await exportAs('GEXF', '88-imported.gexf');
		expect(out.match(/<node /g)).toHaveLength(2);
		// One tie: an undirected one is written as an edge each way, for tools that want one kind.
		expect(new Set([...out.matchAll(/<edge id="([^"#]+)/g)].map((m) => m[1]))).toEqual(
			new Set(['ussr-prk-1961'])
		);
	});

	it('a broken file is named with file, line and field, in Japanese; the data on screen stays', async () => {
		await s.page.getByRole('button', { name: '日本語' }).click();
		await expect.poll(() => new URL(s.page.url()).searchParams.get('lang')).toBe('ja');
		const before = await drawnTies();
		const broken = gexf.replace('value="2024-06-19"', 'value="2024-13-19"');
		// The problem is placed at the edge the bad date belongs to.
		const lines = broken.split('\n');
		const at = lines.findIndex((l) => l.includes('2024-13-19'));
		expect(at).toBeGreaterThan(0);
		const line = lines.slice(0, at).findLastIndex((l) => l.trim().startsWith('<edge ')) + 1;
		await s.page.getByTestId('open-data-input').setInputFiles([
			{ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from(broken) },
			{ name: 'sources.json', mimeType: 'application/json', buffer: Buffer.from(sources) }
		]);
		const summary = s.page.getByTestId('import-summary');
		await expect.poll(() => summary.isVisible(), SLOW).toBe(true);
		expect(await summary.getByRole('heading').textContent()).toContain('を開けません');
		const rows = await summary.getByTestId('import-problems').locator('tbody tr').allTextContents();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatch(new RegExp(`^broken\\.gexf, ${line} 行目ties\\[\\d\\]\\.signed.*13`));
		expect(await summary.getByRole('button', { name: '開く' }).count()).toBe(0);
		await shot(s.page, '83-import-problem-ja');
		await summary.getByRole('button', { name: '閉じる' }).click();
		await expect.poll(() => summary.isVisible()).toBe(false);
		expect(await datasetName()).toBe('small.gexf + sources.json');
		expect(await drawnTies()).toBe(before);
		await shot(s.page, '84-imported-ja');
		await s.page.getByRole('button', { name: 'EN' }).click();
	});

	it('lists kept datasets, exports one as Tieline JSON, and deletes it after asking', async () => {
		const id = ds()!;
		await s.page.getByRole('button', { name: 'Datasets' }).click();
		const dialog = s.page.getByRole('dialog', { name: 'Datasets' });
		const row = dialog.locator(`li[data-dataset="${id}"]`);
		await expect.poll(() => row.isVisible(), SLOW).toBe(true);
		expect(await row.textContent()).toContain('On screen');
		await shot(s.page, '85-datasets');

		const [download] = (await Promise.all([
			s.page.waitForEvent('download'),
			row.getByRole('button', { name: 'Export as JSON' }).click()
		])) as [Download, unknown];
		expect(download.suggestedFilename()).toBe('small.tieline.json');
		await download.saveAs(`${SHOTS}/86-exported.tieline.json`);
		const exported = JSON.parse(readFileSync(`${SHOTS}/86-exported.tieline.json`, 'utf8'));
		expect([exported.actors.length, exported.ties.length]).toEqual([6, 5]);

		await row.getByRole('button', { name: 'Delete' }).click();
		expect(await row.getByRole('alert').textContent()).toContain('cannot be undone');
		await row.getByRole('button', { name: 'Delete' }).click();
		await expect.poll(() => row.count(), SLOW).toBe(0);
		// The bundled data takes its place, and the address names no dataset.
		await expect.poll(ds).toBeNull();
		expect(await dialog.locator('li[data-dataset=""]').textContent()).toContain('On screen');
		await dialog.getByRole('button', { name: 'Close' }).click();
		await waitForGraph(s.page);
		expect(await drawnTies()).toBeGreaterThan(10);

		// Gone for good: a link to it says so and shows the bundled data.
		await s.page.goto(base + `?ds=${id}`);
		await waitForGraph(s.page);
		await expect
			.poll(() => s.page.getByTestId('dataset-message').textContent(), SLOW)
			.toContain(`“${id}” is not kept in this browser`);
		await expect.poll(ds).toBeNull();
	});

	it('opens ?data=URL from the same origin, and Cancel keeps the data on screen', async () => {
		await s.page.route('**/files/small.json', (route) =>
			route.fulfill({ body: json, contentType: 'application/json' })
		);
		await s.page.goto(base + '?data=files/small.json&at=2000-01-01');
		const summary = s.page.getByTestId('import-summary');
		await expect.poll(() => summary.isVisible(), SLOW).toBe(true);
		expect(await summary.getByTestId('import-counts').textContent()).toMatch(
			/^6 actors · 5 ties · 2 events · \d sources$/
		);
		// The link no longer asks for the file, so a reload does not fetch it again.
		expect(new URL(s.page.url()).searchParams.get('data')).toBeNull();
		await summary.getByRole('button', { name: 'Cancel' }).click();
		await waitForGraph(s.page);
		expect(ds()).toBeNull();
		expect(await drawnTies()).toBeGreaterThan(10);
	});

	it("opens someone else's GEXF as it is (Gephi Lite's Les Misérables): no sources, no dates, its own kind", async () => {
		const text = readFileSync('../shared/fixtures/les-miserables.gexf', 'utf8');
		await drop(s.page, [{ name: 'les-miserables.gexf', text }]);
		const summary = s.page.getByTestId('import-summary');
		await expect.poll(() => summary.isVisible(), SLOW).toBe(true);
		expect(await summary.getByTestId('import-counts').textContent()).toBe(
			'77 actors · 254 ties · 0 events · 0 sources'
		);
		await summary.getByRole('button', { name: 'Open it' }).click();
		await expect.poll(datasetName, SLOW).toBe('les-miserables.gexf');
		await waitForGraph(s.page);
		// Undated ties hold on every day: all of them are drawn, between all 77 characters.
		await expect.poll(drawnTies).toBe(254);
		expect(Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-actors'))).toBe(
			77
		);
		// The legend lists the file's own kind of tie, not Tieline's.
		expect(
			await s.page
				.locator('.legend li[data-kind]')
				.evaluateAll((l) => l.map((e) => e.getAttribute('data-kind')))
		).toEqual(['tie']);
		// A tie's details say it has no source, and show what the file said beyond Tieline's fields.
		const table = s.page.getByRole('button', { name: 'Table' });
		if ((await table.getAttribute('aria-pressed')) !== 'true') await table.click();
		await s.page.locator('table[aria-label="Ties in view"] tbody tr[data-tie]').first().click();
		const details = s.page.locator('aside.details');
		await expect.poll(() => details.textContent()).toContain('No source given');
		expect(await details.textContent()).toMatch(/cooccurrence|weight/);
		// No dates: no "Data to …" to go back to.
		expect(await s.page.getByTestId('data-latest').count()).toBe(0);
		await shot(s.page, '86b-foreign-gexf');
	});
});
