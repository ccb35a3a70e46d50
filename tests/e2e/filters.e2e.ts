import { describe, expect, inject, it } from 'vitest';
import { tiePasses } from '../../src/lib/core/filters/tie-filter.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';
import { bundledGraph, shot, tableTieIds, useSession, waitForGraph } from '../support/browser.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
const s = useSession();

const drawnActors = async () =>
	Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-actors'));
const drawnTies = async () =>
	Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-ties'));
const expectedIds = (filter: Parameters<typeof tiePasses>[1]) =>
	graph
		.at(isoToDay('2024-12-10')!)
		.ties.filter((t) => tiePasses(t.tie, filter))
		.map((t) => t.tie.id)
		.sort();

describe('filtering what is shown', () => {
	it('hides a kind from the legend, in the graph, the table and the URL', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		const all = (await tableTieIds(s.page)).length;
		await s.page.getByRole('button', { name: 'Membership', exact: true }).click();
		const filter = {
			hiddenActors: [],
			hiddenKinds: ['membership' as const],
			minConfidence: 'alleged' as const
		};
		await expect.poll(async () => (await tableTieIds(s.page)).sort()).toEqual(expectedIds(filter));
		await expect.poll(drawnTies).toBe(expectedIds(filter).length);
		expect(await s.page.getByTestId('filter-on').textContent()).toBe(
			`Filtered: ${expectedIds(filter).length} of ${all} ties shown`
		);
		expect(
			await s.page
				.getByRole('button', { name: 'Membership', exact: true })
				.getAttribute('aria-pressed')
		).toBe('false');
		await expect.poll(() => s.page.url()).toContain('hide=membership');
	});

	it('shows only confirmed ties, and keeps the filter in a link', async () => {
		await s.page.getByLabel('Show ties that are').selectOption('confirmed');
		const filter = {
			hiddenActors: [],
			hiddenKinds: ['membership' as const],
			minConfidence: 'confirmed' as const
		};
		await expect.poll(async () => (await tableTieIds(s.page)).sort()).toEqual(expectedIds(filter));
		await expect.poll(drawnTies).toBe(expectedIds(filter).length);
		await expect.poll(() => s.page.url()).toContain('conf=confirmed');
		await shot(s.page, '28-filtered');
		await s.page.reload();
		await waitForGraph(s.page);
		expect((await tableTieIds(s.page)).sort()).toEqual(expectedIds(filter));
		expect(await s.page.getByLabel('Show ties that are').inputValue()).toBe('confirmed');
	});

	it('leaves filtered ties out of an export', async () => {
		await s.page.getByRole('button', { name: 'Export…' }).click();
		await s.page.getByLabel('SVG').check();
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
		]);
		const path = 'test-results/screenshots/29-filtered.svg';
		await download.saveAs(path);
		const { readFileSync } = await import('node:fs');
		// Ties drawn one by one, and those inside a pair's one line (listed on its group).
		const svg = readFileSync(path, 'utf8');
		const ties = [
			...[...svg.matchAll(/<g data-tie="([^"]+)"/g)].map((m) => m[1]),
			...[...svg.matchAll(/<g class="pair"[^>]* data-ties="([^"]+)"/g)].flatMap((m) =>
				m[1].split(',')
			)
		];
		const filter = {
			hiddenActors: [],
			hiddenKinds: ['membership' as const],
			minConfidence: 'confirmed' as const
		};
		expect([...new Set(ties)].sort()).toEqual(expectedIds(filter));
		// Each line carries the numbers of its footnotes, and those numbers are listed.
		const lines = [
			...[...svg.matchAll(/<g data-tie="([^"]+)"/g)].map((m) => `tie:${m[1]}`),
			...[...svg.matchAll(/<g class="pair" data-id="([^"]+)"/g)].map((m) => `pair:${m[1]}`)
		];
		const refs = [...svg.matchAll(/<text class="ref" data-ref="([^"]+)"[^>]*>([^<]+)</g)];
		expect(refs.map((m) => m[1]).sort()).toEqual([...new Set(lines)].sort());
		const listed = [...svg.matchAll(/<text x="[^"]+" y="[^"]+">(\d+)\. /g)].map((m) =>
			Number(m[1])
		);
		expect(listed.length).toBeGreaterThan(5);
		const first = Number(/^\d+/.exec(refs[0][2])![0]);
		expect(first).toBeGreaterThanOrEqual(1);
	});

	it('takes out actors left with no tie shown, and keeps them one click away', async () => {
		const hidden = TIE_KINDS.filter((k) => k !== 'defense-treaty');
		await s.page.goto(base + `?at=2024-12-10&hide=${hidden.join(',')}`);
		await waitForGraph(s.page);
		const snapshot = graph.at(isoToDay('2024-12-10')!);
		const filter = { hiddenActors: [], hiddenKinds: hidden, minConfidence: 'alleged' as const };
		const parties = new Set(
			snapshot.ties.filter((t) => tiePasses(t.tie, filter)).flatMap((t) => t.tie.parties)
		);
		expect(parties.size).toBeGreaterThan(2);
		expect(parties.size).toBeLessThan(snapshot.actors.length);
		await expect.poll(drawnActors).toBe(parties.size);
		// The table's caption counts the actors the picture draws, not those of the day.
		expect(await s.page.locator('#ties-caption').textContent()).toContain(
			`, ${parties.size} actors on 10 Dec 2024`
		);
		await shot(s.page, '28b-isolated-hidden');
		// The picture exported is the picture on screen: no actor without a tie.
		await s.page.getByRole('button', { name: 'Export…' }).click();
		await s.page.getByLabel('SVG').check();
		const [download] = await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
		]);
		const path = 'test-results/screenshots/28b-isolated-hidden.svg';
		await download.saveAs(path);
		const { readFileSync } = await import('node:fs');
		const actors = [...readFileSync(path, 'utf8').matchAll(/<g data-actor="([^"]+)"/g)];
		expect(new Set(actors.map((m) => m[1]))).toEqual(parties);
		await s.page.keyboard.press('Escape');
		await s.page.getByLabel('Keep actors with no tie shown').check();
		await expect.poll(drawnActors).toBe(snapshot.actors.length);
		await expect.poll(() => s.page.url()).toContain('iso=show');
		await s.page.getByLabel('Keep actors with no tie shown').uncheck();
		await expect.poll(drawnActors).toBe(parties.size);
	});

	it('reports an unknown kind in a link and ignores it', async () => {
		await s.page.goto(base + '?at=2024-12-10&hide=alliances');
		await waitForGraph(s.page);
		expect(await s.page.getByRole('alert').textContent()).toContain('hide=alliances');
		expect(await s.page.getByTestId('filter-on').count()).toBe(0);
	});

	it('leaves hidden kinds out of the comparison summary too', async () => {
		const summary = s.page.getByTestId('compare-summary');
		await s.page.goto(base + '?compare=2022-01-01..2024-12-10');
		await waitForGraph(s.page);
		expect(await summary.textContent()).toContain('participating state of the MSMT');
		await s.page.goto(base + '?compare=2022-01-01..2024-12-10&hide=membership');
		await waitForGraph(s.page);
		expect(await summary.textContent()).not.toContain('participating state of the MSMT');
		expect(await summary.textContent()).toContain('Treaty on Comprehensive Strategic Partnership');
	});

	it('lists the actors of the date once the list is opened, and takes one out of the view', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		const snapshot = graph.at(isoToDay('2024-12-10')!);
		const list = s.page.getByTestId('actor-filter');
		const summary = list.locator('summary');
		expect(await summary.textContent()).toBe(`Actors in the view (${snapshot.actors.length})`);
		// Closed, the list is not built: a dataset of thousands of actors would pay for it.
		expect(await list.getByRole('checkbox').count()).toBe(0);
		await summary.click();
		const names = await list.locator('label').allTextContents();
		expect(names.length).toBe(snapshot.actors.length);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
		expect(await list.getByRole('checkbox', { checked: false }).count()).toBe(0);
		await list.getByLabel('Japan', { exact: true }).uncheck();
		const filter = { hiddenActors: ['JPN'], hiddenKinds: [], minConfidence: 'alleged' as const };
		await expect.poll(async () => (await tableTieIds(s.page)).sort()).toEqual(expectedIds(filter));
		await expect.poll(() => s.page.url()).toContain('xa=JPN');
		expect(await summary.textContent()).toBe(`Actors in the view (${snapshot.actors.length - 1})`);
		await list.scrollIntoViewIfNeeded();
		await shot(s.page, '28c-actor-out');
		// A link opens with the actor out, and the list closed until asked for.
		await s.page.reload();
		await waitForGraph(s.page);
		expect((await tableTieIds(s.page)).sort()).toEqual(expectedIds(filter));
		expect(await list.getByRole('checkbox').count()).toBe(0);
		await summary.click();
		expect(await list.getByLabel('Japan', { exact: true }).isChecked()).toBe(false);
	});
});
