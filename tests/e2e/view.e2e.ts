import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download } from 'playwright-core';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { decodeViewSpec } from '../../src/lib/core/view/url-decode.ts';
import { defaultSpec } from '../../src/lib/core/view/view-spec.ts';
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
// Reduced motion: nothing fades, so two loads of one link draw the same frame.
const s = useSession({ reducedMotion: true });

/** What the core says the view of a link shows, to hold the screen to. */
function expectedTies(search: string): string[] {
	const { spec } = decodeViewSpec(search, {
		defaults: defaultSpec('2026-01-01'),
		span: { start: isoToDay('1900-01-01')!, end: isoToDay('2100-01-01')! },
		kindOf: (id) =>
			graph.actorsById.has(id)
				? 'actor'
				: graph.tiesById.has(id)
					? 'tie'
					: graph.eventsById.has(id)
						? 'event'
						: null
	});
	return new ViewModel(graph, spec).ties.map((t) => t.tie.id).sort();
}

const attr = (name: string) => s.page.getByTestId('graph').getAttribute(name);

async function open(search: string) {
	await s.page.goto(base + search);
	await waitForGraph(s.page);
}

/** Everything a person sees of a view, in a form two loads can be compared by. */
async function screen() {
	return {
		url: new URL(s.page.url()).search,
		date: await s.page.getByTestId('date-in-view').textContent(),
		ties: await tableTieIds(s.page),
		picked: await s.page.locator('tr[data-picked="true"]').count(),
		drawn: await attr('data-visible-ties'),
		camera: await attr('data-camera'),
		legendOff: await s.page.locator('.legend li.off').count(),
		side: await s.page.locator('aside.legend').isVisible(),
		table: await s.page.locator('section.table-wrap').isVisible(),
		notices: await s.page.locator('.notices p').count(),
		lang: await s.page.locator('html').getAttribute('lang')
	};
}

describe('one view, one spec', () => {
	const every =
		'?compare=2019-01-01..2024-12-10&ghosts=1&ctx=full&hide=diplomatic-relations&conf=reported&xa=DEU' +
		'&sel=rus-prk-2024-treaty&pick=path&pa=RUS,PRK&pt=rus-prk-2024-treaty&lang=ja' +
		'&closed=details&win=1990-01-01..2025-01-01&cam=1.1,150,80';

	it('reproduces the same screen from a link with every field, after a reload', async () => {
		await open(every);
		const first = await screen();
		expect(first.url).toBe(every);
		expect(first.lang).toBe('ja');
		expect([...first.ties].sort()).toEqual(expectedTies(every));
		expect(first.picked).toBe(1);
		expect(first.table).toBe(true);
		expect(await s.page.locator('aside.details').isVisible()).toBe(false);
		const picture = await s.page.getByTestId('graph').screenshot();
		await shot(s.page, '30-every-field');
		await s.page.reload();
		await waitForGraph(s.page);
		expect(await screen()).toEqual(first);
		expect((await s.page.getByTestId('graph').screenshot()).equals(picture)).toBe(true);
	});

	it('walks views with Back and Forward, and never leaves the app', async () => {
		await open('?at=2000-01-01');
		const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill('1961-07-11');
		await field.press('Enter');
		await waitForGraph(s.page, '1961-07-11');
		await expect.poll(() => s.page.url()).toContain('at=1961-07-11');
		await s.page.locator('.legend li[data-kind="defense-treaty"] button.toggle').click();
		await expect.poll(() => s.page.url()).toContain('hide=defense-treaty');
		expect(await tableTieIds(s.page)).not.toContain('chn-prk-1961-treaty');

		await s.page.goBack();
		await expect.poll(() => tableTieIds(s.page)).toContain('chn-prk-1961-treaty');
		expect(new URL(s.page.url()).search).toBe('?at=1961-07-11');
		await s.page.goBack();
		await waitForGraph(s.page, '2000-01-01');
		expect(await s.page.getByTestId('date-in-view').textContent()).toBe('1 Jan 2000');
		await s.page.goForward();
		await waitForGraph(s.page, '1961-07-11');
		await s.page.goForward();
		await expect.poll(() => tableTieIds(s.page)).not.toContain('chn-prk-1961-treaty');
		expect(new URL(s.page.url()).origin).toBe(new URL(base).origin);
	});

	it.each([
		['?at=2024-12-10', 'instant'],
		['?from=2014-01-01&to=2024-12-10', 'range'],
		['?compare=2019-01-01..2024-12-10', 'compare']
	])('agrees in the table, the graph, the legend and the export (%s, %s)', async (time, mode) => {
		const search = `${time}&hide=membership&conf=reported&xa=JPN&pick=manual&pa=RUS,PRK`;
		await open(search);
		const expected = expectedTies(search);
		expect((await tableTieIds(s.page)).sort()).toEqual(expected);
		await expect.poll(() => attr('data-visible-ties')).toBe(String(expected.length));
		const off = s.page.locator('.legend li.off');
		expect(await off.count()).toBe(1);
		expect(await off.getAttribute('data-kind')).toBe('membership');
		expect(await s.page.getByTestId('hidden-actors').textContent()).toContain('Japan');
		await shot(s.page, `31-agree-${mode}`);

		await s.page.getByRole('button', { name: 'Export…' }).click();
		await s.page
			.getByRole('dialog')
			.getByLabel(/The whole view/)
			.check();
		await s.page.getByRole('dialog').getByLabel('Tieline JSON').check();
		const [download] = (await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
		])) as [Download, unknown];
		const path = `${SHOTS}/32-view-${mode}.tieline.json`;
		await download.saveAs(path);
		const json = JSON.parse(readFileSync(path, 'utf8')) as { ties: { id: string }[] };
		expect(json.ties.map((t) => t.id).sort()).toEqual(expected);
	});

	it('shows a pick in the table and the URL, and clears it in one action', async () => {
		await open('?at=2024-12-10');
		await s.page.getByRole('button', { name: 'Neighbourhood', exact: true }).click();
		await s.page.getByLabel('Actor', { exact: true }).selectOption('PRK');
		await s.page.getByTestId('tool-run').click();
		await expect.poll(() => s.page.url()).toContain('pick=neighbourhood');
		const picked = await s.page.locator('tr[data-picked="true"]').count();
		const all = (await tableTieIds(s.page)).length;
		expect(picked).toBeGreaterThan(0);
		expect(picked).toBeLessThan(all);
		expect(await s.page.getByTestId('table-picked').textContent()).toContain(
			`${picked} ties picked`
		);
		await shot(s.page, '33-pick-dims');
		await s.page.getByTestId('table-picked').getByRole('button').click();
		await expect.poll(() => s.page.url()).not.toContain('pick=');
		expect(await s.page.locator('tr[data-picked]').count()).toBe(0);
		await s.page.goBack();
		await expect.poll(() => s.page.locator('tr[data-picked="true"]').count()).toBe(picked);
	});

	it('keeps a zoom in the link, and fits the whole graph again in one click', async () => {
		await open('?at=2024-12-10');
		const graphBox = (await s.page.getByTestId('graph').boundingBox())!;
		await s.page.mouse.move(graphBox.x + graphBox.width / 2, graphBox.y + graphBox.height / 2);
		await s.page.mouse.wheel(0, -400);
		await expect.poll(() => s.page.url()).toContain('cam=');
		const url = s.page.url();
		const camera = await attr('data-camera');
		await s.page.goto(url);
		await waitForGraph(s.page);
		// The link keeps the camera to a thousandth of a zoom step and a tenth of a graph unit.
		const [z0, x0, y0] = camera!.split(',').map(Number);
		const [z1, x1, y1] = (await attr('data-camera'))!.split(',').map(Number);
		expect(z1).toBeCloseTo(z0, 2);
		expect(Math.abs(x1 - x0)).toBeLessThan(1);
		expect(Math.abs(y1 - y0)).toBeLessThan(1);
		await s.page.getByTestId('fit-view').click();
		await expect.poll(() => s.page.url()).not.toContain('cam=');
		expect(await attr('data-camera')).not.toBe(camera);
	});

	it('draws relations and memberships faintly, and in full one click away', async () => {
		await open('?at=1995-06-01');
		expect(await s.page.getByTestId('context-quiet').textContent()).toContain('drawn faintly');
		await s.page.getByLabel('Draw relations and memberships in full').check();
		await expect.poll(() => s.page.url()).toContain('ctx=full');
		expect(await s.page.getByTestId('context-quiet').count()).toBe(0);
		await shot(s.page, '34-context-full');
		await s.page.goBack();
		await expect.poll(() => s.page.getByTestId('context-quiet').count()).toBe(1);
		await shot(s.page, '35-context-quiet');
	});

	it('names in a notice what a bad link showed instead', async () => {
		await open(`?at=1900-01-01&hide=,&sel=${'x'.repeat(300)}`);
		const text = await s.page.locator('.notices').textContent();
		expect(text).toContain('outside the data');
		expect(text).toContain('every kind');
		expect(text).toContain('nothing selected');
		expect(text).not.toContain('x'.repeat(41));
	});
});
