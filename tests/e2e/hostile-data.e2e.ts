import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileFiles, PAYLOADS } from '../fixtures/export/hostile.ts';
import { SMALL } from '../fixtures/export/load-fixture.ts';
import { serveStatic } from '../support/static-server.ts';
import { shot, useSession, waitForGraph } from '../support/browser.ts';

// The app built from a dataset with a payload in every text field: nothing of it may run.
const dir = mkdtempSync(join(tmpdir(), 'tieline-hostile-'));
const s = useSession();
let url = '';
let close: () => void = () => {};
const dialogs: string[] = [];

beforeAll(() => {
	for (const f of hostileFiles().files) {
		const path = join(dir, 'data', relative(SMALL, f.path));
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, f.text);
	}
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, TIELINE_DATA: join(dir, 'data'), TIELINE_BUILD: join(dir, 'build') },
		stdio: 'pipe'
	});
}, 300_000);

beforeAll(async () => {
	const served = await serveStatic(join(dir, 'build'));
	url = served.url;
	close = () => served.server.close();
	s.page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
});

afterAll(() => {
	close();
	rmSync(dir, { recursive: true, force: true });
});

describe('an app built from hostile data', () => {
	it('shows every payload as text and runs none of it, in both languages', async () => {
		await s.page.goto(url + '?at=2024-12-10');
		await waitForGraph(s.page);
		const rows = s.page.locator('table[aria-label] tbody tr[data-tie]');
		expect(await rows.count()).toBeGreaterThan(0);
		for (let i = 0; i < Math.min(4, await rows.count()); i++) await rows.nth(i).click();
		await s.page.getByRole('button', { name: '日本語' }).click();
		await s.page.locator('table[aria-label] tbody tr[data-tie]').first().click();
		await shot(s.page, '40-hostile-data');
		const body = (await s.page.locator('body').textContent()) ?? '';
		expect(PAYLOADS.some((p) => body.includes(p.trim()))).toBe(true);
		// No element the payloads would create, and no handler attribute anywhere.
		expect(await s.page.locator('img[src="x"], [onerror], [onload], x').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});
});
