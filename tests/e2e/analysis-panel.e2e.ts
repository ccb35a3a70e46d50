import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download } from 'playwright-core';
import { runTool } from '../../src/lib/core/analysis/registry.ts';
import { measuresCsv } from '../../src/lib/core/analysis/measures-csv.ts';
import { pathResultText } from '../../src/lib/core/analysis/result-text.ts';
import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import {
	bundledGraph,
	shot,
	SHOTS,
	tableTieIds,
	useSession,
	waitForGraph
} from '../support/browser.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
// The size a briefer's laptop shows: the panel must work without a tall screen.
const s = useSession({ width: 1280, height: 720 });
const AT = '2024-12-10';

async function open(search: string) {
	await s.page.goto(base + search);
	await waitForGraph(s.page);
}
const tab = (name: string) => s.page.getByRole('button', { name, exact: true }).click();
const message = () => s.page.getByTestId('tool-message');
const pickedRows = async () =>
	s.page.$$eval('tr[data-picked="true"]', (rows) => rows.map((r) => r.getAttribute('data-tie')!));

describe('the analysis panel', () => {
	it('finds the paths from Japan to Russia over two kinds, without the direct tie, and lists their ties', async () => {
		await open(`?at=${AT}`);
		await tab('Shortest paths');
		await s.page.locator('#tool-paths-source').selectOption('JPN');
		await s.page.locator('#tool-paths-target').selectOption('RUS');
		await s.page.locator('[data-param="kinds"] summary').click();
		await s.page.getByRole('checkbox', { name: 'Defence treaty', exact: true }).check();
		await s.page.getByRole('checkbox', { name: 'Agreement', exact: true }).check();
		await s.page.getByLabel('Exclude the direct tie').check();
		await s.page.getByTestId('tool-run').click();

		const params = {
			source: 'JPN',
			target: 'RUS',
			at: AT,
			kinds: ['defense-treaty', 'agreement'],
			excludeDirect: true
		};
		const expected = runTool(graph, 'paths', params);
		if (!expected.found) throw new Error('the data has no such path');
		await expect.poll(() => message().getAttribute('data-length')).toBe(String(expected.length));
		expect(await message().textContent()).toContain(`length ${expected.length}`);
		expect(await s.page.getByTestId('path').count()).toBe(expected.paths.length);
		const listed = await s.page.$$eval('[data-testid="path-list"] [data-tie]', (b) =>
			b.map((x) => x.getAttribute('data-tie')!)
		);
		expect(new Set(listed)).toEqual(new Set(expected.paths.flatMap((p) => p.ties.flat())));
		expect(listed).not.toContain('jpn-rus-1993-tokyo-declaration');
		const chains = await s.page.locator('[data-testid="path"] .chain').allTextContents();
		expect(chains).toContain('Japan → DPRK → Russia');
		// The graph and the table light exactly the ties of the paths that the day shows.
		const inView = new Set(await tableTieIds(s.page));
		expect((await pickedRows()).sort()).toEqual(listed.filter((id) => inView.has(id)).sort());
		expect(s.page.url()).toContain(
			'tool=paths&tp=source:JPN,target:RUS,at:2024-12-10,kinds:defense-treaty+agreement,excludeDirect:1'
		);
		await shot(s.page, '60-analysis-paths-en');

		// A tie of the list is one click from its details.
		await s.page.locator('[data-testid="path-list"] [data-tie="rus-prk-2024-treaty"]').click();
		await expect.poll(() => s.page.url()).toContain('sel=rus-prk-2024-treaty');
		expect(await s.page.locator('aside.details').textContent()).toContain(
			'Comprehensive Strategic'
		);
	});

	it('keeps the tool and its result through a reload', async () => {
		const before = await message().textContent();
		await s.page.reload();
		await waitForGraph(s.page);
		expect(await message().textContent()).toBe(before);
		expect(await s.page.locator('#tool-paths-source').inputValue()).toBe('JPN');
		expect(await s.page.locator('#tool-paths-target').inputValue()).toBe('RUS');
		expect(await s.page.getByLabel('Exclude the direct tie').isChecked()).toBe(true);
		expect((await pickedRows()).length).toBeGreaterThan(0);
	});

	it('says by name that no path joins Poland and the ROK, in each language, and clears the old pick', async () => {
		expect((await pickedRows()).length).toBeGreaterThan(0);
		await s.page.locator('#tool-paths-source').selectOption('POL');
		await s.page.locator('#tool-paths-target').selectOption('KOR');
		await s.page.getByTestId('tool-run').click();
		const params = { source: 'POL', target: 'KOR', mode: 'at' as const, at: AT };
		const kinds = ['defense-treaty', 'agreement'];
		const result = runTool(graph, 'paths', { ...params, kinds, excludeDirect: true });
		const en = pathResultText(graph, result, params, 'en');
		expect(en).toBe('No path joins Poland and ROK on 10 Dec 2024.');
		await expect.poll(() => message().textContent()).toContain(en);
		await expect.poll(pickedRows).toEqual([]);
		expect(await s.page.getByTestId('picked-count').textContent()).toContain('Nothing picked');
		expect(s.page.url()).not.toContain('pick=');
		await shot(s.page, '61-analysis-no-path-en');

		await s.page.getByRole('button', { name: '日本語' }).click();
		const ja = pathResultText(graph, result, params, 'ja');
		expect(ja).toContain('ポーランド');
		await expect.poll(() => message().textContent()).toContain(ja);
		await shot(s.page, '62-analysis-no-path-ja');
		await s.page.getByRole('button', { name: 'EN' }).click();
	});

	it('lights an actor’s own ties only, when asked', async () => {
		await open(`?at=${AT}`);
		await tab('Neighbourhood');
		await s.page.getByLabel('Actor', { exact: true }).selectOption('PRK');
		await s.page.getByLabel('Only its own ties').check();
		// Its own ties are one step: the steps field goes away.
		expect(await s.page.locator('[data-param="hops"]').count()).toBe(0);
		await s.page.getByTestId('tool-run').click();
		const expected = runTool(graph, 'ego', { actor: 'PRK', at: AT, ownTies: true });
		await expect.poll(async () => (await pickedRows()).length).toBe(expected.ties.length);
		const picked = await pickedRows();
		expect(picked.sort()).toEqual([...expected.ties].sort());
		for (const id of picked) expect(graph.tiesById.get(id)!.parties).toContain('PRK');
		// Without the option, ties between its neighbours (US–Japan, say) are lit too.
		const wide = runTool(graph, 'ego', { actor: 'PRK', at: AT });
		expect(wide.ties.length).toBeGreaterThan(expected.ties.length);
		expect(await message().textContent()).toContain(`its own ${expected.ties.length} ties`);
		expect(s.page.url()).toContain('tool=ego&tp=actor:PRK,at:2024-12-10,ownTies:1');
		await shot(s.page, '63-analysis-ego-own');
	});

	it('charts an actor’s measures over time, with a table, and downloads the CLI’s CSV', async () => {
		await tab('Measures over time');
		await s.page.locator('#tool-measures-from').fill('1990-01-01');
		await s.page.locator('#tool-measures-to').fill(AT);
		await s.page.getByTestId('tool-run').click();
		const chart = s.page.locator('[data-testid="measure-chart"][data-actor="PRK"]');
		await chart.waitFor();
		const result = runTool(graph, 'measures', { from: '1990-01-01', to: AT });
		// The chart's own table: one row per step, the DPRK's degree at each.
		await chart.locator('summary').click();
		const cells = await chart.locator('tbody tr').allTextContents();
		expect(cells).toHaveLength(result.dates.length);
		const prk = result.rows.filter((r) => r.actor === 'PRK');
		expect(cells[0]).toBe(`${prk[0].date}${prk[0].degree}`);
		expect(cells.at(-1)).toBe(`${prk.at(-1)!.date}${prk.at(-1)!.degree}`);
		expect(await chart.locator('svg').getAttribute('aria-label')).toContain(
			'Degree (ties) of DPRK'
		);
		await shot(s.page, '64-analysis-measures-en');
		// The actors charted are chosen in a list that opens on demand: Poland joins the six.
		const who = s.page.locator('details.who');
		expect(await who.locator('summary').textContent()).toBe('Actors charted (6)');
		expect(await who.locator('input').count()).toBe(0);
		await who.locator('summary').click();
		await who.getByLabel('Poland', { exact: true }).check();
		await s.page.locator('[data-testid="measure-chart"][data-actor="POL"]').waitFor();
		expect(await who.locator('summary').textContent()).toBe('Actors charted (7)');

		const [download] = (await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByTestId('measure-csv').click()
		])) as [Download, unknown];
		const path = `${SHOTS}/65-measures.csv`;
		await download.saveAs(path);
		const lines = readFileSync(path, 'utf8').split('\r\n');
		const cli = measuresCsv(graph, result, 'en').split('\r\n');
		expect(lines.slice(0, 5)).toEqual(cli.slice(0, 5));
		expect(lines[0]).toMatch(
			/^date,actor,name,degree,degree_defense-treaty,.*,betweenness,closeness$/
		);
		expect(lines).toHaveLength(cli.length);
		const ms = Number(await s.page.getByTestId('measure-ms').getAttribute('data-ms'));
		console.log(`measures 1990–2024 by year computed in ${ms} ms`);
	});

	it('shows only one kind in one click, with its live count, and keeps it in the link', async () => {
		await open(`?at=${AT}`);
		const row = s.page.locator('li[data-kind="defense-treaty"]');
		const count = Number(await row.getByTestId('kind-count').textContent());
		const expected = graph
			.at(isoToDay(AT)!)
			.ties.filter((t) => t.tie.kind === 'defense-treaty').length;
		expect(count).toBe(expected);
		await row.getByRole('button', { name: 'Show only Defence treaty' }).click();
		await expect.poll(async () => (await tableTieIds(s.page)).length).toBe(count);
		const hidden = TIE_KINDS.filter((k) => k !== 'defense-treaty');
		expect(s.page.url()).toContain(`hide=${hidden.join(',')}`);
		// The other kinds keep their counts, so a person sees what showing one would add.
		expect(
			Number(
				await s.page.locator('li[data-kind="agreement"]').getByTestId('kind-count').textContent()
			)
		).toBeGreaterThan(0);
		await shot(s.page, '66-only-one-kind');
		// Alt-click shows a kind alone too; asked again, every kind comes back.
		await s.page
			.locator('li[data-kind="agreement"]')
			.getByRole('button', { name: 'Agreement', exact: true })
			.click({ modifiers: ['Alt'] });
		await expect
			.poll(() => s.page.url())
			.toContain(`hide=${TIE_KINDS.filter((k) => k !== 'agreement').join(',')}`);
		await s.page
			.locator('li[data-kind="agreement"]')
			.getByRole('button', { name: 'Show only Agreement' })
			.click();
		await expect.poll(() => s.page.url()).not.toContain('hide=');
	});

	it('hides a status from the legend, in the table and the link', async () => {
		const row = s.page.locator('li[data-status="active"]');
		const active = Number(await row.getByTestId('status-count').textContent());
		const all = (await tableTieIds(s.page)).length;
		await row.getByRole('button').click();
		await expect.poll(async () => (await tableTieIds(s.page)).length).toBe(all - active);
		expect(s.page.url()).toContain('xs=active');
	});

	it('looks right in Japanese', async () => {
		await open(
			`?at=${AT}&lang=ja&tool=paths&tp=source:JPN,target:RUS,at:${AT},kinds:defense-treaty+agreement,excludeDirect:1`
		);
		await expect.poll(() => message().textContent()).toContain('最短経路');
		await shot(s.page, '67-analysis-paths-ja');
		await open(`?at=${AT}&lang=ja&tool=measures&tp=from:1990-01-01,to:${AT}`);
		await s.page.locator('[data-testid="measure-chart"]').first().waitFor();
		await shot(s.page, '68-analysis-measures-ja');
	});

	it("names actors in the form's lists as on the date, and follows a change of name", async () => {
		await open('?at=1991-12-20');
		await tab('Shortest paths');
		const source = s.page.locator('#tool-paths-source');
		const label = () => source.locator('option[value="RUS"]').textContent();
		expect(await label()).toBe('USSR');
		// Sorted by the names on the date, in the language shown.
		const names = await source.locator('option').allTextContents();
		expect(names.slice(1)).toEqual([...names.slice(1)].sort((a, b) => a.localeCompare(b, 'en')));
		const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill('1991-12-26');
		await field.press('Enter');
		await waitForGraph(s.page, '1991-12-26');
		await expect.poll(label).toBe('Russia');
		const after = await source.locator('option').allTextContents();
		expect(after.slice(1)).toEqual([...after.slice(1)].sort((a, b) => a.localeCompare(b, 'en')));
		// Russia takes its place under R: the list was sorted again, not only renamed.
		expect(after.indexOf('Russia')).toBeLessThan(names.indexOf('USSR'));
	});
});
