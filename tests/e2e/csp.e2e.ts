import { describe, expect, inject, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { openSession, useSession, waitForGraph } from '../support/browser.ts';

const base = inject('baseUrl');
const s = useSession();

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __cspViolations: string[] };
		w.__cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__cspViolations.push(
				`${e.violatedDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`
			)
		);
	});
}
const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('Content-Security-Policy', () => {
	it('the built page carries a strict policy', async () => {
		const res = await s.page.goto(base);
		const html = await res!.text();
		await waitForGraph(s.page);
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
		expect(csp).toBeDefined();
		expect(csp).toMatch(/default-src 'self'/);
		expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'(;| 'sha256)/);
		expect(csp).toMatch(/object-src 'none'/);
		expect(csp).toMatch(/base-uri 'self'/);
		expect(csp).toMatch(/form-action 'self'/);
		expect(csp).not.toMatch(/unsafe-eval/);
		expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	});

	it('opens, steps a date, speaks Japanese and exports with no violation', async () => {
		await recordViolations(s.page);
		await s.page.goto(base + '?at=2024-12-10');
		await waitForGraph(s.page, '2024-12-10');
		await s.page.getByRole('button', { name: 'Next event' }).click();
		await expect.poll(() => s.page.url()).not.toContain('at=2024-12-10');
		await s.page.getByRole('button', { name: '日本語' }).click();
		await expect.poll(() => s.page.getAttribute('html', 'lang')).toBe('ja');
		await s.page.getByRole('button', { name: 'EN', exact: true }).click();
		for (const format of ['PNG', 'SVG', 'PDF', 'CSV']) {
			await s.page.getByRole('button', { name: 'Export…' }).click();
			await s.page.getByRole('dialog').getByLabel(format, { exact: true }).check();
			const [download] = (await Promise.all([
				s.page.waitForEvent('download'),
				s.page.getByRole('dialog').getByRole('button', { name: 'Export', exact: true }).click()
			])) as [Download, unknown];
			expect(await download.failure()).toBeNull();
		}
		expect(await violations(s.page)).toEqual([]);
		// useSession also fails the file on any console error, which is where Chromium reports
		// a refused script or style.
	});
});

describe('an injected script', () => {
	it('does not run, whether inserted as a script element or an inline handler', async () => {
		const own = await openSession();
		try {
			await recordViolations(own.page);
			await own.page.goto(base + '?at=2024-12-10');
			await waitForGraph(own.page, '2024-12-10');
			await own.page.evaluate(() => {
				const script = document.createElement('script');
				script.textContent = 'window.__pwned = "script"';
				document.body.append(script);
				const div = document.createElement('div');
				div.innerHTML =
					'<img src="data:," onerror="window.__pwned = \'onerror\'"><a id="js" href="javascript:window.__pwned=\'href\'">x</a>';
				document.body.append(div);
			});
			await own.page.locator('#js').click();
			await own.page.waitForTimeout(300);
			expect(await own.page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBe(
				undefined
			);
			const seen = await violations(own.page);
			expect(seen.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);
			expect(own.errors.join('\n')).toMatch(/Content Security Policy/);
		} finally {
			await own.close();
		}
	});
});
