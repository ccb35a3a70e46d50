import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useSession, waitForGraph, SHOTS } from '../support/browser.ts';

const base = inject('baseUrl');
const s = useSession();

/** Runs ffprobe or ffmpeg; a missing program fails the test and says how to get it. */
function run(program: 'ffprobe' | 'ffmpeg', args: string[]): string {
	const r = spawnSync(program, args, { encoding: 'utf8' });
	if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT')
		throw new Error(
			`${program} is missing: the video checks read the recorded WebM with Debian's ffmpeg ` +
				'(`apt-get install -y ffmpeg`, which .ci/run does where it is missing)'
		);
	if (r.status !== 0) throw new Error(`${program} ${args.join(' ')} failed: ${r.stderr}`);
	return r.stdout;
}

interface Probe {
	codec: string;
	width: number;
	height: number;
	duration: number;
	frames: number;
	format: string;
}

function probe(file: string): Probe {
	const out = JSON.parse(
		run('ffprobe', [
			'-v',
			'error',
			'-count_frames',
			'-show_entries',
			'stream=codec_name,width,height,nb_read_frames:format=duration,format_name',
			'-of',
			'json',
			file
		])
	);
	const st = out.streams[0];
	return {
		codec: st.codec_name,
		width: st.width,
		height: st.height,
		duration: Number(out.format.duration),
		frames: Number(st.nb_read_frames),
		format: out.format.format_name
	};
}

/** One frame of the video at `seconds`, as a PNG to look at. */
function frameAt(file: string, seconds: number, png: string): Buffer {
	run('ffmpeg', ['-v', 'error', '-y', '-ss', String(seconds), '-i', file, '-frames:v', '1', png]);
	return readFileSync(png);
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

/** Records with the dialog as it is set, saves the download and returns its path. */
async function record(page: Page, file: string): Promise<string> {
	const dialog = page.getByTestId('video-dialog');
	const started = performance.now();
	const [download] = (await Promise.all([
		page.waitForEvent('download', { timeout: 240_000 }),
		(async () => {
			await dialog.getByTestId('video-record').click();
			// The progress shows while the frames are drawn and encoded.
			await dialog.getByTestId('video-progress').waitFor({ timeout: 30_000 });
		})()
	])) as [Download, unknown];
	const path = `${SHOTS}/${file}`;
	await download.saveAs(path);
	console.log(`${file}: recorded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	expect(download.suggestedFilename()).toMatch(/\.webm$/);
	return path;
}

describe('recording video', () => {
	it('records three seconds of playback as a WebM with the date and legend burned in', async () => {
		run('ffprobe', ['-version']);
		await s.page.goto(base + '?at=1991-06-01');
		await waitForGraph(s.page);
		await s.page.screenshot({ path: `${SHOTS}/video-00-explorer.png` });
		await s.page.getByTestId('record-video').click();
		const dialog = s.page.getByTestId('video-dialog');
		await dialog.getByTestId('video-from').fill('1991-01-01');
		await dialog.getByTestId('video-to').fill('1991-06-01');
		await dialog.getByTestId('video-unit').selectOption('month');
		await dialog.getByTestId('video-speed').selectOption('1');
		await dialog.getByLabel('720p (1280 × 720)').check();
		await expect
			.poll(() => dialog.getByTestId('video-plan').textContent())
			.toBe('6 pictures, 3.0 s, 90 frames at 30 fps (WebM)');
		await s.page.screenshot({ path: `${SHOTS}/video-01-dialog.png` });
		const path = await record(s.page, 'video-playback.webm');
		await expect
			.poll(() => s.page.locator('header p.status[aria-live]').textContent())
			.toContain('tieline-1991-01-01_1991-06-01.webm');

		const p = probe(path);
		expect(p.format).toContain('webm');
		expect(['vp8', 'vp9']).toContain(p.codec);
		expect([p.width, p.height]).toEqual([1280, 720]);
		expect(p.duration).toBeGreaterThan(2.7);
		expect(p.duration).toBeLessThan(3.3);
		expect(p.frames).toBe(90);

		// First month and last month: pictures of the size asked, and not the same picture.
		const first = frameAt(path, 0.2, `${SHOTS}/video-02-playback-1991-01.png`);
		const last = frameAt(path, 2.8, `${SHOTS}/video-03-playback-1991-06.png`);
		expect(pngSize(first)).toEqual({ width: 1280, height: 720 });
		expect(first.equals(last)).toBe(false);
	}, 300_000);

	it('records a story scene by scene in Japanese, each caption under its picture', async () => {
		await s.page.goto(base + '?at=2000-01-01&lang=ja');
		await waitForGraph(s.page);
		await s.page.getByTestId('record-video').click();
		const dialog = s.page.getByTestId('video-dialog');
		await dialog.locator('input[type=radio][value=story]').check();
		await dialog.getByTestId('video-story').selectOption('treaties-1961-2024');
		await dialog.locator('input[type=number]').fill('1');
		await dialog.locator('input[type=radio][value="720p"]').check();
		const plan = await dialog.getByTestId('video-plan').textContent();
		const scenes = Number(plan?.match(/^(\d+)枚/)?.[1]);
		expect(scenes).toBeGreaterThanOrEqual(5);
		const path = await record(s.page, 'video-story-ja.webm');
		await expect
			.poll(() => s.page.locator('header p.status[aria-live]').textContent())
			.toContain('tieline-story-treaties-1961-2024.webm');
		const p = probe(path);
		expect([p.width, p.height]).toEqual([1280, 720]);
		expect(Math.abs(p.duration - scenes)).toBeLessThan(scenes * 0.1);
		expect(p.frames).toBe(scenes * 30);
		frameAt(path, 0.5, `${SHOTS}/video-04-story-ja-scene-1.png`);
		frameAt(path, scenes - 0.5, `${SHOTS}/video-05-story-ja-last-scene.png`);
	}, 300_000);

	it('cancels a recording: nothing is downloaded and the page says so', async () => {
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page);
		const downloads: string[] = [];
		s.page.on('download', (d) => downloads.push(d.suggestedFilename()));
		await s.page.getByTestId('record-video').click();
		const dialog = s.page.getByTestId('video-dialog');
		await dialog.getByTestId('video-from').fill('1950-01-01');
		await dialog.getByTestId('video-to').fill('2024-01-01');
		await dialog.getByTestId('video-unit').selectOption('year');
		await dialog.getByLabel('1080p (1920 × 1080)').check();
		await dialog.getByTestId('video-record').click();
		const progress = dialog.getByTestId('video-progress');
		await expect
			.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
			.toBeGreaterThan(0);
		await dialog.getByTestId('video-cancel').click();
		// The frame being drawn or encoded finishes first: on a busy machine that takes a while.
		await expect
			.poll(() => s.page.locator('header p.status[aria-live]').textContent(), { timeout: 30_000 })
			.toBe('Recording cancelled: nothing was saved');
		await expect.poll(() => progress.count(), { timeout: 10_000 }).toBe(0);
		// The dialog stays for another try; Record works again.
		await expect.poll(() => dialog.getByTestId('video-record').isEnabled()).toBe(true);
		await new Promise((ok) => setTimeout(ok, 1000));
		expect(downloads).toEqual([]);
		await dialog.getByTestId('video-cancel').click();
		await expect.poll(() => dialog.isVisible()).toBe(false);
	}, 120_000);
});
