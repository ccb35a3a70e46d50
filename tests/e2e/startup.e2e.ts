import { describe, expect, inject, it } from 'vitest';
import type { Request, Response } from 'playwright-core';
import { openSession, shot, useSession, waitForGraph } from '../support/browser.ts';

const base = inject('baseUrl');
const s = useSession({ width: 1280, height: 720 });
const DATA = /\/_app\/immutable\/assets\/dataset\.\w+\.json$/;

type Js = { path: string; body: string }[];

/** Gathers the JS the page fetches while `run` runs. */
async function gatherJs<T>(run: () => Promise<T>): Promise<{ got: T; js: Js }> {
	const js: Js = [];
	const onJs = async (r: Response) => {
		if (r.url().endsWith('.js')) js.push({ path: new URL(r.url()).pathname, body: await r.text() });
	};
	s.page.on('response', onJs);
	try {
		return { got: await run(), js };
	} finally {
		s.page.off('response', onJs);
	}
}

/** Opens the page on `iso` and waits for its picture: the prerendered page, and the JS it fetched. */
async function openOn(iso: string) {
	const { got: html, js } = await gatherJs(async () => {
		const html = await (await s.page.goto(`${base}?at=${iso}`))!.text();
		await waitForGraph(s.page, iso);
		return html;
	});
	return { html, js };
}

describe('the bundled data, a file of its own', () => {
	it('is asked for once, as the page starts, and the code does not carry it', async () => {
		const requests: Request[] = [];
		s.page.on('request', (r) => requests.push(r));
		const { html, js } = await openOn('2024-06-19');
		const data = requests.filter((r) => DATA.test(new URL(r.url()).pathname));
		// The preload and the module's fetch are the same request: not fetched twice.
		expect(data).toHaveLength(1);
		const file = new URL(data[0].url()).pathname;
		expect(html).toContain(
			`<link rel="preload" href=".${file}" as="fetch" crossorigin="anonymous"`
		);
		// The picture is the data's: the Russia–DPRK treaty signed that day is drawn.
		expect(
			Number(await s.page.getByTestId('graph').getAttribute('data-visible-ties'))
		).toBeGreaterThan(0);
		// A source id found only in the data, not in the app's code.
		expect(html).toContain('tbs-2025-05-msmt-first-report');
		expect(js.length).toBeGreaterThan(5);
		expect(js.filter((f) => f.body.includes('tbs-2025-05-msmt-first-report'))).toEqual([]);
	});

	it("lists the renderer's code among the files the page loads as it starts", async () => {
		const { html, js } = await openOn('1991-01-01');
		// Cytoscape's own class for the element it draws in: in its code, and only there.
		const renderer = js.filter((f) => f.body.includes('__________cytoscape_container'));
		expect(renderer).toHaveLength(1);
		// Preloaded by the prerendered page, not asked for once the page's code has run.
		const preloaded = [...html.matchAll(/<link href="\.([^"]+)" rel="modulepreload">/g)].map(
			(m) => m[1]
		);
		expect(preloaded.length).toBeGreaterThan(5);
		expect(preloaded).toContain(renderer[0].path);
	});

	it('starts from a handful of code files, leaving the PDF and map code for when they are asked for', async () => {
		const { js } = await openOn('1991-01-01');
		// The libraries' code and the app's, each one file, beside SvelteKit's small entries
		// (vite.config.ts): split by default, the page asked for 40-odd files before its picture.
		expect(js.length).toBeGreaterThan(3);
		expect(js.length).toBeLessThanOrEqual(10);
		// The PDF writer (its files begin "%PDF-") and the world map's shapes ("arcs") are not
		// among them.
		expect(js.filter((f) => f.body.includes('%PDF-'))).toEqual([]);
		expect(js.filter((f) => f.body.includes('"arcs":['))).toEqual([]);
	});

	it('leaves the dialogs’ code and the YAML library out of the first load, and fetches a dialog’s as it first opens', async () => {
		const { js } = await openOn('1991-01-01');
		const has = (files: Js, text: string) => files.some((f) => f.body.includes(text));
		// The export dialog's code (its Cancel button's test id), the import summary's, and the
		// YAML library (its error class) are not among the page's first files.
		expect(has(js, 'export-cancel')).toBe(false);
		expect(has(js, 'import-summary')).toBe(false);
		expect(has(js, 'YAMLParseError')).toBe(false);
		// The first click opens the dialog, its code fetched then.
		const dialog = s.page.getByRole('dialog');
		const { js: later } = await gatherJs(async () => {
			await s.page.getByRole('button', { name: 'Export…' }).click();
			await dialog.getByTestId('export-cancel').waitFor();
		});
		expect(has(later, 'export-cancel')).toBe(true);
		await dialog.getByTestId('export-cancel').click();
		await dialog.waitFor({ state: 'hidden' });
	});

	for (const [name, lang, answer, problem, heading] of [
		[
			'missing',
			'en',
			{ status: 404, body: 'not found' },
			'could not be read: HTTP 404',
			'Tieline could not start'
		],
		[
			'cut short',
			'ja',
			{ status: 200, body: '{"dataset":{"sources":[', contentType: 'application/json' },
			'is not whole JSON',
			'Tielineを開始できませんでした'
		]
	] as const)
		it(`stops the page with words that name the file when it is ${name} (${lang})`, async () => {
			// A session of its own: the page's console errors are the point here, not a failure.
			const own = await openSession({ width: 1280, height: 720 });
			try {
				await own.page.route(DATA, (route) => route.fulfill(answer));
				await own.page.goto(base + (lang === 'ja' ? '?lang=ja' : ''));
				const alert = own.page.getByRole('alert');
				await expect.poll(() => alert.locator('h1').textContent()).toBe(heading);
				const words = await alert.innerText();
				expect(words).toMatch(/\/_app\/immutable\/assets\/dataset\.\w+\.json/);
				expect(words).toContain(problem);
				expect(words).toContain(
					lang === 'ja' ? 'ファイルが一部欠けています' : 'missing some of its files'
				);
				// The explorer is gone: nothing half-drawn is left to be mistaken for the data.
				expect(await own.page.getByTestId('graph').count()).toBe(0);
				await shot(own.page, `startup-data-${name.replace(' ', '-')}-${lang}`);
			} finally {
				await own.close();
			}
		});

	it('says where to look, not that files are missing, when the page stops for another reason', async () => {
		const own = await openSession({ width: 1280, height: 720 });
		try {
			// The page's own code cannot be loaded: not the data, so its words are not the data's.
			await own.page.route(/\/_app\/immutable\/nodes\/2\.[\w-]+\.js$/, (route) =>
				route.fulfill({ status: 404, body: 'not found' })
			);
			await own.page.goto(base);
			const alert = own.page.getByRole('alert');
			await expect.poll(() => alert.locator('h1').textContent()).toBe('Tieline could not start');
			const words = await alert.innerText();
			expect(words).toContain('Internal Error');
			expect(words).toContain("the page's console has the details");
			expect(words).not.toContain('missing some of its files');
		} finally {
			await own.close();
		}
	});
});

describe('a press made before the page has started', () => {
	it('is answered at once by a note, and made once the page has started', async () => {
		// The data is held back, so the page is on screen but its code cannot start.
		let release = () => {};
		const held = new Promise<void>((ok) => (release = ok));
		await s.page.route(DATA, async (route) => {
			await held;
			await route.continue();
		});
		try {
			await s.page.goto(`${base}?at=1990-01-01`);
			// The page's code runs (it marks the page as opening) and waits for its data.
			await s.page.locator('html[data-opening]').waitFor({ state: 'attached' });
			const note = s.page.getByTestId('early-note');
			const play = s.page.getByTestId('play');
			expect(await note.isVisible()).toBe(false);
			expect(await play.getAttribute('aria-pressed')).toBe('false');
			await play.click();
			// Answered: the note shows, the button is marked, and nothing has played yet.
			await note.waitFor({ state: 'visible', timeout: 2000 });
			expect(await note.textContent()).toContain('Still opening the data');
			expect(await play.getAttribute('data-early-pressed')).toBe('');
			expect(await play.getAttribute('aria-pressed')).toBe('false');
			await shot(s.page, 'startup-early-press');
			release();
			// Once started, at the link's date, the press is made: the playback runs from there.
			await note.waitFor({ state: 'hidden' });
			await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
			const graph = s.page.getByTestId('graph');
			await expect
				.poll(() => graph.getAttribute('data-day'), { timeout: 10_000 })
				.toMatch(/^1990-(0[2-9]|1\d)/);
			expect(await play.getAttribute('data-early-pressed')).toBeNull();
			expect(await s.page.locator('html[data-opening]').count()).toBe(0);
			await play.click();
			await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
		} finally {
			release();
			await s.page.unroute(DATA);
		}
	});

	it('leaves no note, mark or waiting cursor behind when the data then cannot be read', async () => {
		// A session of its own: the page's console errors are the point here, not a failure.
		const own = await openSession({ width: 1280, height: 720 });
		let release = () => {};
		const held = new Promise<void>((ok) => (release = ok));
		try {
			await own.page.route(DATA, async (route) => {
				await held;
				await route.fulfill({ status: 404, body: 'not found' });
			});
			await own.page.goto(base);
			await own.page.locator('html[data-opening]').waitFor({ state: 'attached' });
			await own.page.getByTestId('play').click();
			await own.page.locator('html[data-early]').waitFor({ state: 'attached' });
			release();
			const alert = own.page.getByRole('alert');
			await expect.poll(() => alert.locator('h1').textContent()).toBe('Tieline could not start');
			// The page that says so is not marked as opening, nor waiting on a press.
			const marks = await own.page.evaluate(() =>
				['data-opening', 'data-early'].filter((a) => document.documentElement.hasAttribute(a))
			);
			expect(marks).toEqual([]);
			expect(await own.page.evaluate(() => getComputedStyle(document.body).cursor)).toBe('auto');
		} finally {
			release();
			await own.close();
		}
	});
});
