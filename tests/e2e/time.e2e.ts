import { describe, expect, inject, it } from 'vitest';
import { bundledGraph, useSession, shot, tableTieIds, waitForGraph } from '../support/browser.ts';
import { compareDates } from '../../src/lib/core/model/compare.ts';
import { announceDiff } from '../../src/lib/core/model/change-text.ts';
import { dayToIso, firstDay, isoToDay, partialDate } from '../../src/lib/core/time/partial-date.ts';
import { formatDay } from '../../src/lib/core/time/format.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
const day = (iso: string) => isoToDay(iso)!;
const s = useSession();

async function open(search: string) {
	await s.page.goto(base + search);
	await waitForGraph(s.page);
}
const graphDay = () => s.page.getAttribute('[data-testid="graph"]', 'data-day');
const drawnTies = async () =>
	Number(await s.page.getAttribute('[data-testid="graph"]', 'data-visible-ties'));

describe('time you can see', () => {
	it('draws the time bar: histogram, ticks, event markers, a keyboard slider', async () => {
		await open('?at=1996-09-01');
		expect(Number(await s.page.getByTestId('histogram').getAttribute('data-bins'))).toBeGreaterThan(
			50
		);
		expect(await s.page.locator('[data-testid="event-markers"] button').count()).toBe(
			graph.events.length
		);
		const slider = s.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		for (let i = 0; i < 7; i++) await slider.press('+');
		const width =
			Number(await slider.getAttribute('data-to')) - Number(await slider.getAttribute('data-from'));
		expect(width).toBeLessThanOrEqual(366);
		// The bins at the window's edges are cut there: no bar spills over the zoom buttons.
		const spill = await s.page.$$eval('[data-testid="histogram"] path.bars', (paths) => {
			const w = Number(paths[0].closest('svg')!.getAttribute('width'));
			return paths
				.map((p) => (p as SVGPathElement).getBBox())
				.filter((b) => b.x < 0 || b.x + b.width > w + 0.5)
				.map((b) => [b.x, b.width]);
		});
		expect(spill).toEqual([]);
		expect(await s.page.locator('[data-testid="histogram"] text').allTextContents()).toContain(
			'Feb'
		);
		await shot(s.page, '20-time-bar-zoomed');
	});

	it("puts the histogram's cursor where the bar was clicked", async () => {
		await open('?at=1960-01-01');
		const box = (await s.page.getByRole('slider', { name: 'Date' }).boundingBox())!;
		const cursor = s.page.locator('[data-testid="histogram"] line.cursor');
		for (const share of [0.6, 0.25]) {
			const before = await graphDay();
			const x = box.x + box.width * share;
			await s.page.mouse.click(x, box.y + 20);
			await expect.poll(graphDay).not.toBe(before);
			const line = (await cursor.boundingBox())!;
			// The date snaps to a day; at this zoom a pixel holds about a month.
			expect(Math.abs(line.x + line.width / 2 - x)).toBeLessThan(2);
		}
	});

	it('keeps the table and the events still while the time bar is dragged, then brings them to the date', async () => {
		await open('?at=1960-01-01&lang=en');
		// One drag, all in the page so nothing waits between the move and the look: down at 30 %
		// of the bar, a move to 80 %, one frame.
		const got = (await s.page.evaluate(`(async () => {
			const track = document.querySelector('[role="slider"]');
			const box = track.getBoundingClientRect();
			const at = (x) => ({ clientX: box.left + box.width * x, clientY: box.top + 20, button: 0, pointerId: 1, bubbles: true });
			const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
			const look = () => ({
				day: document.querySelector('[data-testid="graph"]').dataset.day,
				caption: document.querySelector('#ties-caption').textContent,
				events: document.querySelector('[data-testid="event-list"] > ol').innerHTML
			});
			track.dispatchEvent(new PointerEvent('pointerdown', at(0.3)));
			await frame();
			const before = look();
			track.dispatchEvent(new PointerEvent('pointermove', at(0.8)));
			await frame();
			return { before, moving: look() };
		})()`)) as Record<'before' | 'moving', { day: string; caption: string; events: string }>;
		// The picture follows the move; the table's caption and the events near the date wait.
		expect(got.moving.day).not.toBe(got.before.day);
		expect(got.before.caption).toContain(formatDay(day(got.before.day), 'en'));
		expect(got.moving.caption).toBe(got.before.caption);
		expect(got.moving.events).toBe(got.before.events);
		// The drag rests (the pointer is still down): they catch up with the picture's date.
		const caption = () => s.page.locator('#ties-caption').textContent();
		await expect.poll(caption).toContain(formatDay(day(got.moving.day), 'en'));
		expect(await s.page.locator('[data-testid="event-list"] > ol').innerHTML()).not.toBe(
			got.before.events
		);
		await s.page.evaluate(`document.querySelector('[role="slider"]').dispatchEvent(
			new PointerEvent('pointerup', { pointerId: 1, bubbles: true }))`);
		expect(await graphDay()).toBe(got.moving.day);
	});

	it('plays: the date advances, and stops at the end of the data', async () => {
		await open('?at=1990-01-01');
		const play = s.page.getByTestId('play');
		await s.page.getByLabel('Speed').selectOption('8');
		await play.click();
		await expect.poll(graphDay, { timeout: 5000 }).not.toBe('1990-01-01');
		expect(await play.getAttribute('aria-pressed')).toBe('true');
		await shot(s.page, '21-playing');
		await play.click();
		const stopped = await graphDay();
		await s.page.waitForTimeout(400);
		expect(await graphDay()).toBe(stopped);
		expect(stopped! > '1990-01-01').toBe(true);

		// From a month before the end, playback runs out and stops by itself.
		const slider = s.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		await slider.press('End');
		await slider.press('PageDown');
		await play.click();
		await expect.poll(() => play.getAttribute('aria-pressed'), { timeout: 5000 }).toBe('false');
		expect(await graphDay()).toBe(dayToIso(Number(await slider.getAttribute('aria-valuemax'))));
	});

	it('steps to the next and previous event', async () => {
		await open('?at=2024-06-01');
		const next = graph.events
			.map((e) => firstDay(partialDate(e.date)))
			.find((d) => d > day('2024-06-01'))!;
		await s.page.getByRole('button', { name: 'Next event' }).click();
		await waitForGraph(s.page, dayToIso(next));
		// The event is named on screen, not only to screen readers, and opened in the details.
		const event = graph.events.find((e) => firstDay(partialDate(e.date)) === next)!;
		await expect
			.poll(() => s.page.getByTestId('event-caption').locator('button').textContent())
			.toBe(event.title.en);
		expect(await s.page.getByTestId('event-details').getAttribute('data-event')).toBe(event.id);
		await shot(s.page, '13b-next-event');
		await s.page.getByRole('button', { name: 'Previous event' }).click();
		await expect.poll(graphDay).not.toBe(dayToIso(next));
		expect((await graphDay())! < dayToIso(next)).toBe(true);
	});

	it('opens an event from its marker: date, details and its ties selected', async () => {
		await open('?at=2024-01-01');
		const slider = s.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		for (let i = 0; i < 7; i++) await slider.press('+');
		await slider.press('Shift+PageUp');
		const marker = s.page.locator('[data-event="2024-06-19-putin-in-pyongyang"]');
		await marker.hover();
		expect(await s.page.getByTestId('event-tip').textContent()).toContain('Pyongyang');
		await marker.click();
		await waitForGraph(s.page, '2024-06-19');
		await expect
			.poll(() => s.page.getByTestId('event-details').getAttribute('data-event'))
			.toBe('2024-06-19-putin-in-pyongyang');
		const ties = graph.eventsById.get('2024-06-19-putin-in-pyongyang')!.ties!;
		expect(ties).toContain('rus-prk-2024-treaty');
		for (const id of ties) {
			expect(await s.page.locator(`tr[data-tie="${id}"]`).getAttribute('aria-selected')).toBe(
				'true'
			);
		}
		expect(await s.page.getByTestId('event-list').textContent()).toContain('Pyongyang');
		await shot(s.page, '22-event-selected');
	});

	it('range mode shows a tie that ended inside the range, marked as such', async () => {
		await open('?from=1995-01-01&to=1997-01-01');
		const ids = await tableTieIds(s.page);
		expect(ids).toContain('ussr-prk-1961-treaty');
		const change = s.page.locator('tr[data-tie="ussr-prk-1961-treaty"] td[data-change]');
		expect(await change.getAttribute('data-change')).toBe('ended');
		expect(await change.textContent()).toBe('Ended in range');
		await expect.poll(drawnTies).toBe(ids.length);
		expect(await s.page.getByTestId('time-legend').textContent()).toContain('Ended in the range');
		await shot(s.page, '23-range');
		// Back to the instant: the treaty is gone on the last day of the range.
		await s.page.getByRole('radio', { name: 'Instant' }).check();
		await expect.poll(() => s.page.url()).toContain('at=1997-01-01');
		expect(await tableTieIds(s.page)).not.toContain('ussr-prk-1961-treaty');
	});

	it('compares two dates: the summary lists every addition, removal and status change', async () => {
		const [a, b] = ['2024-06-01', '2024-12-10'];
		const expected = compareDates(graph, day(a), day(b));
		expect(expected.added.map((c) => c.tie.id)).toContain('rus-prk-2024-treaty');
		expect(expected.removed.map((c) => c.tie.id)).toContain('rus-prk-2000-treaty');
		await open(`?compare=${a}..${b}`);
		const summary = s.page.getByTestId('compare-summary');
		for (const change of ['added', 'removed', 'changed'] as const) {
			const listed = await summary
				.locator(`ul[data-change="${change}"] li`)
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-tie')));
			expect(listed.sort()).toEqual(expected[change].map((c) => c.tie.id).sort());
		}
		expect(
			await s.page.locator('tr[data-tie="rus-prk-2000-treaty"] td[data-change]').textContent()
		).toBe('Removed');
		await expect.poll(drawnTies).toBe((await tableTieIds(s.page)).length);
		await shot(s.page, '24-compare');
		await s.page.getByLabel('Show absent ties faded').check();
		await expect.poll(() => s.page.url()).toContain('ghosts=1');
		expect(s.page.url()).toContain(`compare=${a}..${b}`);
	});

	it('announces what changed in a live region, in the current language', async () => {
		await open('?at=1996-09-01');
		const slider = s.page.getByRole('slider', { name: 'Date' });
		await slider.focus();
		await slider.press('PageUp');
		const text = announceDiff(graph.diff(day('1996-09-01'), day('1996-10-01')), 'en');
		expect(text).toContain('lapsed');
		await expect.poll(() => s.page.getByTestId('live-changes').textContent()).toBe(text);
		await s.page.getByRole('button', { name: '日本語' }).click();
		await s.page.getByRole('slider', { name: '日付' }).press('PageDown');
		const ja = announceDiff(graph.diff(day('1996-10-01'), day('1996-09-01')), 'ja');
		await expect.poll(() => s.page.getByTestId('live-changes').textContent()).toBe(ja);
		await shot(s.page, '25-japanese-time-bar');
	});

	it('shows ghosts of absent ties', async () => {
		await open('?at=1950-01-01&ghosts=1');
		expect(await s.page.getByLabel('Show absent ties faded').isChecked()).toBe(true);
		await shot(s.page, '26-ghosts');
	});
});
