import { describe, expect, inject, it } from 'vitest';
import {
	bundledGraph,
	screenPositionOf,
	shareApart,
	shot,
	useSession,
	waitForGraph
} from '../support/browser.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { pairBends } from '../../src/lib/core/visual/pair-route.ts';
import { actorPlaces } from '../../src/lib/core/visual/layout.ts';

const base = inject('baseUrl');
// Reduced motion: nothing fades, so what the renderer counts is what is drawn.
const s = useSession({ width: 1280, height: 720, reducedMotion: true });

const attr = (name: string) => s.page.getByTestId('graph').getAttribute(name);

/** The pairs drawn as one line, with their badges: `{ 'PRK~RUS': '×12' }`. */
async function pairs(): Promise<Record<string, string>> {
	const text = (await attr('data-pairs')) ?? '';
	return Object.fromEntries(
		text
			.split(';')
			.filter(Boolean)
			.map((p) => [p.slice(0, p.indexOf(' ')), p.slice(p.indexOf(' ') + 1)])
	);
}

/** Clicks the badge of a pair's one line, halfway between its two actors. */
async function clickBetween(a: string, b: string) {
	const p = await screenPositionOf(s.page, a);
	const q = await screenPositionOf(s.page, b);
	await s.page.mouse.click((p.x + q.x) / 2, (p.y + q.y) / 2);
}

describe('one line per pair of actors', () => {
	it('draws the Russia–DPRK ties of 2024-12-10 as one line with its count, and lists them', async () => {
		await s.page.goto(base + '?at=2024-12-10&lang=en');
		await waitForGraph(s.page, '2024-12-10');
		expect((await pairs())['PRK~RUS']).toBe('×12');
		// Fewer lines than ties: each pair's one line holds its ties (eleven lines fewer here).
		const ties = Number(await attr('data-visible-ties'));
		const edges = Number(await attr('data-visible-edges'));
		expect(edges).toBeLessThan(ties - 10);
		// Every badge found a place clear of actors, their labels and other badges.
		await expect.poll(() => attr('data-badges-crowded')).toBe('0');
		await shot(s.page, 'pairs-2024-12-10-en-1280x720');

		await clickBetween('RUS', 'PRK');
		const details = s.page.getByTestId('pair-details');
		await expect
			.poll(() => new URL(s.page.url()).searchParams.get('sel'), { timeout: 5000 })
			.toBe('PRK~RUS');
		expect(await details.getAttribute('data-pair', { timeout: 5000 })).toBe('PRK~RUS');
		const listed = details.locator('[data-testid="pair-ties"] button[data-tie]');
		expect(await listed.count()).toBe(12);
		expect(await details.textContent()).toContain(
			'Russia–DPRK Treaty on Comprehensive Strategic Partnership'
		);
		await shot(s.page, 'pairs-2024-12-10-selected');

		await details.getByTestId('pair-expand').click();
		await expect.poll(async () => (await pairs())['PRK~RUS']).toBeUndefined();
		expect((await pairs())['JPN~USA']).toBe('×14');
		await expect.poll(() => attr('data-visible-edges')).toBe(String(edges + 11));
		expect(new URL(s.page.url()).searchParams.get('open')).toBe('PRK~RUS');
		await shot(s.page, 'pairs-2024-12-10-expanded');

		// Each tie of the list opens that tie.
		await details.locator('button[data-tie="prk-rus-ballistic-missiles"]').click();
		await expect
			.poll(() => s.page.getByTestId('tie-details').getAttribute('data-tie'))
			.toBe('prk-rus-ballistic-missiles');
	});

	it('places the badges of a date it moved to as if opened there', async () => {
		// Opened where the picture has no Russia–DPRK line at all, then moved to a date that has.
		// The picture once it stops changing (the badges take their places a frame after a step).
		const picture = async () => {
			let last = await s.page.getByTestId('graph').screenshot();
			for (let i = 0; i < 20; i++) {
				const now = await s.page.getByTestId('graph').screenshot();
				if (now.equals(last)) return now;
				last = now;
			}
			throw new Error('the picture kept changing');
		};
		await s.page.goto(base + '?at=2024-12-10&lang=en');
		await waitForGraph(s.page, '2024-12-10');
		const opened = await picture();
		await s.page.goto(base + '?at=1946-01-01&lang=en');
		await waitForGraph(s.page, '1946-01-01');
		expect((await pairs())['PRK~RUS']).toBeUndefined();
		const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill('2024-12-10');
		await field.press('Enter');
		await waitForGraph(s.page, '2024-12-10');
		expect((await pairs())['PRK~RUS']).toBe('×12');
		expect(await attr('data-badges-crowded')).toBe('0');
		// The same picture: the badges found the same places (they overlapped, 0.7 % of the pixels
		// apart, when they were placed before their new words were measured). What is left is a few
		// anti-aliased pixels of a badge put within half a pixel of where it was.
		expect(await shareApart(s.context, await picture(), opened)).toBeLessThan(0.001);
		await clickBetween('RUS', 'PRK');
		await expect
			.poll(() => s.page.getByTestId('pair-details').getAttribute('data-pair'), { timeout: 5000 })
			.toBe('PRK~RUS');
	});

	it('draws every tie again with one switch, and back', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page, '2024-12-10');
		const ties = await attr('data-visible-ties');
		await s.page.getByTestId('every-tie').check();
		await expect.poll(() => attr('data-visible-edges')).toBe(ties);
		expect(await pairs()).toEqual({});
		expect(new URL(s.page.url()).searchParams.get('pairs')).toBe('all');
		await s.page.getByTestId('every-tie').uncheck();
		await expect.poll(async () => (await pairs())['PRK~RUS']).toBe('×12');
	});

	it('shows what was added and removed inside a pair in a comparison', async () => {
		await s.page.goto(base + '?compare=2019-01-01..2024-12-10');
		await waitForGraph(s.page);
		expect((await pairs())['PRK~RUS']).toMatch(/^\+\d+ −\d+$/);
		expect((await pairs())['RUS~USA']).toBe('−1 Δ1');
		await shot(s.page, 'pairs-compare-2019-2024');
		await clickBetween('RUS', 'PRK');
		const details = s.page.getByTestId('pair-details');
		await expect
			.poll(() => new URL(s.page.url()).searchParams.get('sel'), { timeout: 5000 })
			.toBe('PRK~RUS');
		expect(await details.getAttribute('data-pair', { timeout: 5000 })).toBe('PRK~RUS');
		expect(await details.locator('li[data-mark="added"]').count()).toBe(11);
		expect(await details.locator('li[data-mark="removed"]').count()).toBe(3);
		expect(await details.locator('li[data-mark="removed"] .sign').first().textContent()).toBe('−');
		expect(await details.locator('li[data-mark="added"] .sign').first().textContent()).toBe('+');

		// The written summary sits beside the picture, in the details panel when nothing is open
		// there, so the picture keeps its width; each of its lines opens its tie.
		const summary = s.page.getByTestId('compare-summary');
		expect(await summary.count()).toBe(0);
		await s.page.getByTestId('back-to-changes').click();
		const box = (await summary.boundingBox())!;
		const graph = (await s.page.getByTestId('graph').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(graph.x + graph.width - 1);
		expect(box.y).toBeLessThan(graph.y + graph.height);
		expect(graph.width).toBeGreaterThan(650);
		// Each bullet sits by the first line of its item.
		const first = summary.locator('li').first();
		const bullet = await first.evaluate((li) => {
			const b = getComputedStyle(li, '::before');
			return { content: b.content, top: b.top };
		});
		expect(bullet).toEqual({ content: '"•"', top: '0px' });
		await shot(s.page, 'pairs-compare-summary-1280x720');
		await summary.locator('li[data-tie="rus-prk-2024-treaty"] button').click();
		await expect
			.poll(() => new URL(s.page.url()).searchParams.get('sel'), { timeout: 5000 })
			.toBe('rus-prk-2024-treaty');
		// With the details panel closed the summary has a column of its own beside the picture.
		await s.page.getByRole('button', { name: 'Details' }).click();
		await expect.poll(() => summary.count()).toBe(1);
		const alone = (await summary.boundingBox())!;
		const wide = (await s.page.getByTestId('graph').boundingBox())!;
		expect(alone.x).toBeGreaterThanOrEqual(wide.x + wide.width - 1);
		await s.page.getByRole('button', { name: 'Details' }).click();
	});

	it('offers a short list where several lines pass within a few pixels of a click', async () => {
		await s.page.goto(base + '?at=2024-12-10&pairs=all&lang=en');
		await waitForGraph(s.page, '2024-12-10');
		// Near Russia the twelve Russia–DPRK ties run close together before they fan out: look
		// round Russia, towards the DPRK, for a place where a click meets more than one.
		const chooser = s.page.getByTestId('line-chooser');
		const near = async () => {
			const p = await screenPositionOf(s.page, 'RUS');
			const q = await screenPositionOf(s.page, 'PRK');
			const towards = Math.atan2(q.y - p.y, q.x - p.x);
			for (const d of [24, 28, 32])
				for (const turn of [0, -0.2, 0.2, -0.4, 0.4, -0.6, 0.6, -0.8]) {
					const a = towards + turn;
					await s.page.mouse.click(p.x + Math.cos(a) * d, p.y + Math.sin(a) * d);
					if (await chooser.isVisible()) return chooser.locator('button[data-line]').count();
				}
			return 0;
		};
		const offered = await near();
		expect(offered).toBeGreaterThan(1);
		const lines = await chooser
			.locator('button[data-line]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-line')!));
		// Each offered line is a tie drawn on the day, each once, and Russia–DPRK ties are among them.
		const drawn = new Map(
			bundledGraph()
				.at(isoToDay('2024-12-10')!)
				.ties.map((t) => [`tie:${t.tie.id}`, [...t.tie.parties].sort().join('~')])
		);
		expect(new Set(lines).size).toBe(lines.length);
		for (const line of lines) expect(drawn.has(line), line).toBe(true);
		expect(lines.filter((l) => drawn.get(l) === 'PRK~RUS').length).toBeGreaterThan(0);
		// The first is focused, so the keyboard can pick; Escape closes without choosing.
		await expect
			.poll(() =>
				chooser
					.locator('button[data-line]')
					.first()
					.evaluate((e) => e === document.activeElement)
			)
			.toBe(true);
		await shot(s.page, 'pairs-line-chooser');
		const before = new URL(s.page.url()).searchParams.get('sel');
		await s.page.keyboard.press('Escape');
		await expect.poll(() => chooser.isVisible()).toBe(false);
		expect(new URL(s.page.url()).searchParams.get('sel')).toBe(before);
		// Choosing one opens that tie.
		expect(await near()).toBeGreaterThan(1);
		const again = await chooser
			.locator('button[data-line]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-line')!));
		await chooser.locator('button[data-line]').nth(1).click();
		const second = again[1].slice('tie:'.length);
		await expect
			.poll(() => s.page.getByTestId('tie-details').getAttribute('data-tie'), { timeout: 5000 })
			.toBe(second);
		expect(await chooser.isVisible()).toBe(false);
	});

	it('bends a line that comes into the picture on a later date round the actors in its way', async () => {
		// Russia joined APEC in 1998; its line bends round the actors between them. Lines are routed
		// as they are first drawn, so this one only once the date reaches it.
		const graph = bundledGraph();
		// RUS~apec is the pair's sorted key: the tie runs from RUS, the same way.
		const places = actorPlaces(graph.data.actors, 'schematic').positions;
		const bend = pairBends(graph.data.actors, ['RUS~apec'], places).get('RUS~apec')!;
		expect(Math.abs(bend)).toBeGreaterThanOrEqual(60);
		await s.page.goto(base + '?at=1990-01-01&lang=en');
		await waitForGraph(s.page, '1990-01-01');
		const field = s.page.getByLabel('Go to date (YYYY-MM-DD)');
		await field.fill('2010-06-01');
		await field.press('Enter');
		await waitForGraph(s.page, '2010-06-01');
		const zoom = Number((await attr('data-camera'))!.split(',')[0]);
		const p = await screenPositionOf(s.page, 'RUS');
		const q = await screenPositionOf(s.page, 'apec');
		const len = Math.hypot(q.x - p.x, q.y - p.y);
		const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
		// The curve's middle lies half the bend off the straight line, along its normal.
		const off = (bend / 2) * zoom;
		const curve = { x: mid.x - ((q.y - p.y) / len) * off, y: mid.y + ((q.x - p.x) / len) * off };
		const chooser = s.page.getByTestId('line-chooser');
		const picked = async () =>
			new URL(s.page.url()).searchParams.get('sel') === 'rus-member-apec' ||
			((await chooser.isVisible()) &&
				(await chooser.locator('button[data-line="tie:rus-member-apec"]').count()) === 1);
		// Where a straight line would run, nothing of it is there.
		await s.page.mouse.click(mid.x, mid.y);
		expect(await picked()).toBe(false);
		await s.page.keyboard.press('Escape');
		await s.page.mouse.click(curve.x, curve.y);
		await expect.poll(picked).toBe(true);
	});

	it('draws the same picture in Japanese', async () => {
		await s.page.goto(base + '?at=2024-12-10&lang=ja');
		await waitForGraph(s.page, '2024-12-10');
		expect((await pairs())['PRK~RUS']).toBe('×12');
		await expect.poll(() => attr('data-badges-crowded')).toBe('0');
		await shot(s.page, 'pairs-2024-12-10-ja-1280x720');
		await s.page.goto(base + '?at=1961-07-11&lang=ja');
		await waitForGraph(s.page, '1961-07-11');
		await expect.poll(() => attr('data-badges-crowded')).toBe('0');
		await shot(s.page, 'pairs-1961-07-11-ja-1280x720');
	});
});
