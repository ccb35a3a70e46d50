import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { baseMapFor, storiesOf, videoJob } from '../../src/lib/state/video-source.ts';

const data = loadDatasetOrThrow(readGraphData('graph-data'));
const today = isoToDay('2026-12-02')!;
const fresh = (search = '') => {
	const app = new AppState(data, today);
	app.applySearch(search);
	return app;
};
const day = (iso: string) => isoToDay(iso)!;

describe('videoJob', () => {
	it('plays the dates with the filter on screen, in the language on screen', () => {
		const app = fresh('?at=2024-12-10&hide=membership&lang=ja');
		const job = videoJob(
			app,
			{
				source: 'playback',
				from: day('1991-01-01'),
				to: day('1991-03-01'),
				unit: 'month',
				speed: 1
			},
			'720p'
		);
		expect([job.width, job.height, job.plan.frames]).toEqual([1280, 720, 45]);
		expect(job.file).toBe('tieline-1991-01-01_1991-03-01.webm');
		const svg = job.draw(2);
		expect(svg).toContain('1991年3月1日');
		// Ties drawn alone, and those inside a pair's one line.
		const drawn = [
			...[...svg.matchAll(/data-tie="([^"]+)"/g)].map((m) => m[1]),
			...[...svg.matchAll(/data-ties="([^"]+)"/g)].flatMap((m) => m[1].split(','))
		];
		const kindOf = new Map(data.ties.map((t) => [t.id, t.kind]));
		expect(drawn).toContain('ussr-prk-1961-treaty');
		expect(drawn.filter((id) => kindOf.get(id) === 'membership')).toEqual([]);
		expect(app.view.ties.some((t) => t.tie.kind === 'membership')).toBe(false);
		// The screen is not moved by a recording.
		expect(app.day).toBe(day('2024-12-10'));
	});
	it('draws the base map under the frames of a view on the map layout, and loads it only then', async () => {
		const choice = {
			source: 'playback',
			from: day('2024-01-01'),
			to: day('2024-03-01'),
			unit: 'month',
			speed: 1
		} as const;
		const onMap = fresh('?at=2024-12-10&layout=map');
		const job = videoJob(onMap, choice, '720p', await baseMapFor(onMap, choice));
		expect(job.draw(0)).toMatch(/<path class="land" d="M/);
		const plain = fresh('?at=2024-12-10');
		expect(await baseMapFor(plain, choice)).toBeUndefined();
		expect(videoJob(plain, choice, '720p').draw(0)).not.toContain('class="land"');
	});

	it('shows each scene of a story with its caption, and names the file by the story', () => {
		const app = fresh('?at=2024-12-10');
		const story = storiesOf(app).find((s) => s.id === 'treaties-1961-2024')!;
		const job = videoJob(app, { source: 'story', storyId: story.id, seconds: 2 }, '1080p');
		expect(job.plan.shots).toHaveLength(story.scenes.length);
		expect(job.plan.frames).toBe(story.scenes.length * 60);
		expect(job.file).toBe('tieline-story-treaties-1961-2024.webm');
		const svg = job.draw(0);
		expect(svg).toContain('width="1920" height="1080"');
		expect(svg).toContain(story.title.en);
		expect(svg).toContain('In July 1961 the DPRK signed');
	});
	it('says which story it cannot find', () => {
		expect(() =>
			videoJob(fresh(), { source: 'story', storyId: 'nope', seconds: 2 }, '720p')
		).toThrow('no story "nope" in the data in view');
	});
});
