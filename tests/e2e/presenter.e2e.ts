import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDataset, loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import type { Scene, Story } from '../../src/lib/core/schema/story.ts';
import { formatDay } from '../../src/lib/core/time/format.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { sceneViewSpec } from '../../src/lib/core/view/scene-view.ts';
import { ViewModel } from '../../src/lib/core/view/view-model.ts';
import { bundledGraph, shot, SHOTS, useSession, waitForGraph } from '../support/browser.ts';

const base = inject('baseUrl');
const graph = bundledGraph();
const files = readGraphData('graph-data');
const stories = loadDatasetOrThrow(files).stories ?? [];
const s = useSession({ width: 1280, height: 720 });
// Four or more page loads in a test: on a busy two-core machine that takes longer than a minute.

const kindOf = (id: string) =>
	graph.actorsById.has(id)
		? 'actor'
		: graph.tiesById.has(id)
			? 'tie'
			: graph.eventsById.has(id)
				? 'event'
				: null;

/** What the core says a scene shows: its date as written on screen and the ties drawn. */
function expected(scene: Scene, lang: 'en' | 'ja' = 'en') {
	const { spec } = sceneViewSpec(scene.view, { span: graph.span(), kindOf });
	const d = (iso: string) => formatDay(isoToDay(iso)!, lang);
	const v = scene.view;
	const date = v.range
		? `${d(v.range.from)} – ${d(v.range.to)}`
		: v.compare
			? `${d(v.compare.from)} → ${d(v.compare.to)}`
			: d(v.at!);
	return { day: spec.time.at, date, ties: new ViewModel(graph, spec).ties.length };
}

const presenter = (page: Page = s.page) => page.getByTestId('presenter');

/** Waits for the presenter to arrive on scene n (from 1) and checks what is on screen. */
async function expectScene(story: Story, n: number, page: Page = s.page) {
	const scene = story.scenes[n - 1];
	const want = expected(scene);
	await page.waitForSelector(`[data-testid="presenter"][data-scene="${n}"][data-moving="false"]`);
	await waitForGraph(page, want.day);
	expect(await page.getByTestId('present-caption').textContent()).toBe(scene.caption.en);
	expect(await page.getByTestId('present-date').textContent()).toBe(want.date);
	expect(await page.getByTestId('present-progress').textContent()).toBe(
		`Scene ${n} of ${story.scenes.length}`
	);
	await expect
		.poll(() => page.getByTestId('graph').getAttribute('data-visible-ties'))
		.toBe(String(want.ties));
	expect(new URL(page.url()).searchParams.get('scene')).toBe(String(n));
}

describe('the presenter', () => {
	it('ships the two stories this test steps through', () => {
		expect(stories.map((st) => st.id).sort()).toEqual([
			'jpn-kor-usa-2016-2024',
			'treaties-1961-2024'
		]);
	});

	const keys = ['ArrowRight', 'PageDown', ' ', 'Enter', 'ArrowDown'];
	it.each(stories.map((st) => [st.id, st] as const))(
		'steps through %s with the keyboard, the date, caption and ties right at each scene',
		async (_, story) => {
			await s.page.goto(`${base}?story=${story.id}&scene=1`);
			await waitForGraph(s.page);
			await expectScene(story, 1);
			// No editing tools in the presenter.
			expect(await s.page.locator('header button', { hasText: 'Export…' }).count()).toBe(0);
			expect(await s.page.locator('aside.legend').count()).toBe(0);
			for (let n = 2; n <= story.scenes.length; n++) {
				await s.page.keyboard.press(keys[(n - 2) % keys.length]);
				await expectScene(story, n);
			}
			// Past the end nothing moves; Home, End and Page Up (what clickers send back) do.
			await s.page.keyboard.press('ArrowRight');
			await expectScene(story, story.scenes.length);
			await s.page.keyboard.press('Home');
			await expectScene(story, 1);
			await s.page.keyboard.press('End');
			await expectScene(story, story.scenes.length);
			await s.page.keyboard.press('PageUp');
			await expectScene(story, story.scenes.length - 1);
		}
	);

	it('animates the date through the days between two scenes, in order', async () => {
		const story = stories.find((st) => st.id === 'treaties-1961-2024')!;
		await s.page.goto(`${base}?story=${story.id}&scene=2`);
		await expectScene(story, 2);
		const days: string[] = await s.page.evaluate(async () => {
			const seen: string[] = [];
			const graphEl = document.querySelector('[data-testid="graph"]')!;
			const stage = document.querySelector('[data-testid="presenter"]')!;
			window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
			await new Promise<void>((ok) => {
				const look = () => {
					seen.push(graphEl.getAttribute('data-day')!);
					if (stage.getAttribute('data-moving') === 'false' && seen.length > 2) ok();
					else requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			});
			return seen;
		});
		const distinct = [...new Set(days)];
		// Days between the two scenes' dates were drawn (how many depends on the frame rate).
		expect(distinct.filter((d) => d > '1996-10-01' && d < '2000-02-09').length).toBeGreaterThan(0);
		expect([...distinct].sort()).toEqual(distinct);
		expect(distinct.at(-1)).toBe('2000-02-09');
		await expectScene(story, 3);
	});

	it('leaves with Esc for the explorer on the same view', async () => {
		const story = stories[0];
		await s.page.goto(`${base}?story=${story.id}&scene=2`);
		await expectScene(story, 2);
		await s.page.keyboard.press('Escape');
		await s.page.waitForSelector('section.table-wrap');
		const q = new URL(s.page.url()).searchParams;
		expect(q.get('story')).toBeNull();
		await waitForGraph(s.page, expected(story.scenes[1]).day);
		expect(await presenter().count()).toBe(0);
	});

	it('advances on its own with ?autoplay and stops at the last scene', async () => {
		const story = stories.find((st) => st.id === 'jpn-kor-usa-2016-2024')!;
		const m = story.scenes.length;
		await s.page.emulateMedia({ reducedMotion: 'reduce' });
		await s.page.goto(`${base}?story=${story.id}&scene=${m - 2}&autoplay=2`);
		await s.page.waitForSelector(`[data-testid="presenter"][data-scene="${m - 2}"]`);
		await expectScene(story, m);
		expect(new URL(s.page.url()).searchParams.get('autoplay')).toBeNull();
		await s.page.waitForTimeout(2500);
		expect(await presenter().getAttribute('data-scene')).toBe(String(m));
		await s.page.emulateMedia({ reducedMotion: 'no-preference' });
	});

	it('keeps a speaker-notes window in step, both ways', async () => {
		const story = stories.find((st) => st.id === 'treaties-1961-2024')!;
		await s.page.goto(`${base}?story=${story.id}&scene=1`);
		await expectScene(story, 1);
		const [notes] = await Promise.all([
			s.context.waitForEvent('page'),
			s.page.getByTestId('open-notes').click()
		]);
		await notes.waitForSelector('[data-testid="speaker-notes"][data-scene="1"]');
		expect(await notes.getByTestId('notes-text').textContent()).toBe(story.scenes[0].notes.en);
		expect(await notes.getByTestId('notes-next').textContent()).toBe(story.scenes[1].caption.en);
		expect(await notes.getByTestId('notes-timer').textContent()).toMatch(/^\d\d:\d\d$/);
		await s.page.bringToFront();
		await s.page.keyboard.press('ArrowRight');
		await notes.waitForSelector('[data-testid="speaker-notes"][data-scene="2"]');
		expect(await notes.getByTestId('notes-caption').textContent()).toBe(story.scenes[1].caption.en);
		await notes.bringToFront();
		await notes.keyboard.press('ArrowRight');
		await expectScene(story, 3);
		expect(new URL(notes.url()).searchParams.get('scene')).toBe('3');
		await notes.close();
	});

	it('shows Japanese and English full screen at 1280×720, caption and date readable', async () => {
		const story = stories.find((st) => st.id === 'treaties-1961-2024')!;
		for (const lang of ['ja', 'en'] as const) {
			for (const n of [1, 5]) {
				await s.page.goto(`${base}?story=${story.id}&scene=${n}&lang=${lang}`);
				await s.page.waitForSelector(`[data-testid="presenter"][data-scene="${n}"]`);
				await waitForGraph(s.page, expected(story.scenes[n - 1]).day);
				expect(await s.page.getByTestId('present-caption').textContent()).toBe(
					story.scenes[n - 1].caption[lang]
				);
				expect(await s.page.getByTestId('present-date').textContent()).toBe(
					expected(story.scenes[n - 1], lang).date
				);
				// Nothing of the words runs off the screen.
				const box = await s.page.getByTestId('present-caption').boundingBox();
				expect(box!.y + box!.height).toBeLessThanOrEqual(720);
				await shot(s.page, `presenter-${story.id}-${n}-${lang}`);
			}
		}
	}, 180_000);
});

describe('a story made in the app', () => {
	it('saves views as scenes, survives a reload, downloads YAML the loader accepts, and presents it', async () => {
		await s.page.goto(`${base}?at=2024-06-19&sel=rus-prk-2024-treaty`);
		await waitForGraph(s.page);
		await s.page.evaluate(() => localStorage.removeItem('tieline-story-draft'));
		await s.page.reload();
		await waitForGraph(s.page);
		const panel = s.page.getByTestId('story-panel');
		await panel.locator('summary').click();
		await s.page.getByTestId('story-save').click();
		const first = s.page.getByTestId('draft-scene').nth(0);
		await first.getByTestId('scene-caption-en').fill('The 2024 treaty is signed.');
		await first.getByTestId('scene-caption-ja').fill('2024年の条約が署名された。');
		await first.getByTestId('scene-notes-en').fill('Article 4: mutual assistance.');
		await first.getByTestId('scene-notes-ja').fill('第4条：相互援助。');

		await s.page.goto(`${base}?compare=1995-06-01..1996-10-01`);
		await waitForGraph(s.page);
		await panel.locator('summary').click();
		expect(await s.page.getByTestId('draft-scene').count()).toBe(1);
		await s.page.getByTestId('story-save').click();
		const second = s.page.getByTestId('draft-scene').nth(1);
		await second.getByTestId('scene-caption-en').fill('The 1961 treaty lapses.');
		await second.getByTestId('scene-caption-ja').fill('1961年の条約が失効する。');
		await second.getByTestId('scene-notes-en').fill('Not renewed.');
		await second.getByTestId('scene-notes-ja').fill('延長されなかった。');
		// A view with nothing in focus cites nothing yet: the download says so, with its place.
		await s.page.getByTestId('story-download').click();
		await expect
			.poll(() => panel.getByRole('alert').textContent())
			.toContain('stories[0].scenes[1].sources: cites no source');
		await second.getByTestId('scene-sources').fill('gibler-2009-alliances');
		await second.getByTestId('scene-sources').press('Tab');
		// Reorder, delete and undo.
		await s.page.getByRole('button', { name: 'Move scene 2 up' }).click();
		await s.page.getByRole('button', { name: 'Delete scene 1' }).click();
		expect(await s.page.getByTestId('draft-scene').count()).toBe(1);
		await s.page.getByRole('button', { name: 'Undo' }).click();
		expect(await s.page.getByTestId('draft-scene').count()).toBe(2);

		await s.page.reload();
		await waitForGraph(s.page);
		await panel.locator('summary').click();
		expect(await s.page.getByTestId('draft-scene').count()).toBe(2);
		expect(await s.page.getByTestId('scene-caption-en').nth(0).inputValue()).toBe(
			'The 1961 treaty lapses.'
		);

		const [download] = (await Promise.all([
			s.page.waitForEvent('download'),
			s.page.getByTestId('story-download').click()
		])) as [Download, unknown];
		expect(download.suggestedFilename()).toBe('my-briefing.yaml');
		const path = `${SHOTS}/my-briefing.yaml`;
		await download.saveAs(path);
		const text = readFileSync(path, 'utf8');
		const loaded = loadDataset([...files, { path: 'graph-data/stories/my-briefing.yaml', text }]);
		if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
		const story = loaded.value.stories!.find((st) => st.id === 'my-briefing')!;
		expect(story.scenes.map((sc) => sc.caption.ja)).toEqual([
			'1961年の条約が失効する。',
			'2024年の条約が署名された。'
		]);
		expect(story.scenes[0].view).toEqual({ compare: { from: '1995-06-01', to: '1996-10-01' } });
		expect(story.scenes[1].view).toEqual({ at: '2024-06-19', focus: 'rus-prk-2024-treaty' });

		await s.page.getByTestId('story-present').click();
		await expectScene(story, 1);
		await s.page.keyboard.press('ArrowRight');
		await expectScene(story, 2);
	}, 180_000);
});

describe('share and embed', () => {
	it('gives a link to the view and an iframe snippet of its embed', async () => {
		await s.page.goto(`${base}?at=1996-09-10&lang=ja`);
		await waitForGraph(s.page);
		await s.page.getByTestId('present-menu').locator('summary').click();
		expect(
			await s.page.locator('[data-testid="present-menu"] a[data-story]').count()
		).toBeGreaterThanOrEqual(2);
		const link = await s.page.getByTestId('share-link').inputValue();
		expect(link).toBe(`${base.replace(/\/$/, '')}/?at=1996-09-10&lang=ja`);
		const snippet = await s.page.getByTestId('share-snippet').inputValue();
		expect(snippet).toContain('/?embed=1&amp;at=1996-09-10&amp;lang=ja"');
		expect(snippet).toMatch(/^<iframe src="[^"]+" title="Tieline: 1996年9月10日"/);
	});

	it('shows an embed with the picture and the date control and no editing tools', async () => {
		await s.page.goto(`${base}?embed=1&at=1996-09-10`);
		await waitForGraph(s.page, '1996-09-10');
		await s.page.getByTestId('embed').waitFor();
		expect(await s.page.getByTestId('date-in-view').textContent()).toBe('10 Sep 1996');
		for (const sel of [
			'aside.legend',
			'aside.details',
			'section.table-wrap',
			'[data-testid="story-panel"]'
		])
			expect(await s.page.locator(sel).count()).toBe(0);
		expect(await s.page.getByRole('button', { name: 'Export…' }).count()).toBe(0);
		await shot(s.page, 'embed-1996');
	});

	it('embeds a story with its scene stepper and no way out of the page but a link', async () => {
		const story = stories[0];
		await s.page.goto(`${base}?embed=1&story=${story.id}&scene=2`);
		await expectScene(story, 2);
		expect(await s.page.getByRole('button', { name: 'Leave' }).count()).toBe(0);
		await s.page.getByRole('button', { name: 'Next scene' }).click();
		await expectScene(story, 3);
		expect(new URL(s.page.url()).searchParams.get('embed')).toBe('1');
	});
});
