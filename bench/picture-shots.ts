/**
 * Screenshots of the picture where a briefer stops (1950, 1961, 1996, 2018 and 10 Dec 2024), in
 * English and Japanese, at 1440×900 and 1280×720 with the side panels closed, from a built app,
 * and the number of lines the picture draws at each. Run it on two builds to compare them:
 *
 *   npx tsx bench/picture-shots.ts [BUILD_DIR] [OUT_DIR]     (defaults: build, test-results/shots)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';

const build = process.argv[2] ?? 'build';
const out = process.argv[3] ?? 'test-results/shots';
const DATES = ['1950-07-01', '1961-07-11', '1996-09-30', '2018-07-01', '2024-12-10'];
const SIZES = [
	[1440, 900],
	[1280, 720]
] as const;

mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(build);
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
console.log('| screen | lang | date | lines drawn | ties shown |');
console.log('|---|---|---|---|---|');
try {
	for (const [width, height] of SIZES) {
		const page = await browser.newPage({ viewport: { width, height } });
		for (const lang of ['en', 'ja'] as const) {
			for (const at of DATES) {
				await page.goto(`${url}?at=${at}&lang=${lang}&closed=side,details,table`);
				const graph = page.getByTestId('graph');
				await graph.waitFor();
				await page.waitForFunction(
					() => document.querySelector('[data-testid="graph"]')?.getAttribute('data-camera'),
					null,
					{ timeout: 60_000 }
				);
				await page.waitForTimeout(1200);
				const lines = await graph.getAttribute('data-visible-edges');
				const ties = await graph.getAttribute('data-visible-ties');
				await page.screenshot({ path: join(out, `${at}-${lang}-${width}x${height}.png`) });
				console.log(`| ${width}×${height} | ${lang} | ${at} | ${lines ?? ties} | ${ties} |`);
			}
		}
		await page.close();
	}
} finally {
	await browser.close();
	server.close();
}
