import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession, waitForGraph } from '../support/browser.ts';

const base = inject('baseUrl');
const s = useSession();

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** Runs axe-core in the page; returns every violation, whatever its impact, one line each. */
async function violations(page: Page): Promise<string[]> {
	// Evaluated rather than added as a <script>: the page's Content-Security-Policy refuses
	// inline scripts, as it should.
	await page.evaluate(AXE);
	const result = await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						ctx: unknown,
						opts: unknown
					): Promise<{
						violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
					}>;
				};
			}
		).axe;
		return axe.run(document, { resultTypes: ['violations'] });
	});
	return result.violations.map(
		(v) =>
			`${v.impact} ${v.id}: ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')}`
	);
}

describe('accessibility (axe-core: no violation of any impact)', () => {
	it('the explorer in English with a tie open', async () => {
		await s.page.goto(base + '?at=2024-12-10&sel=rus-prk-2024-treaty');
		await waitForGraph(s.page);
		expect(await violations(s.page)).toEqual([]);
	});
	it('the explorer in Japanese, comparing two dates', async () => {
		await s.page.goto(base + '?compare=2022-01-01..2024-12-10&lang=ja');
		await waitForGraph(s.page);
		expect(await violations(s.page)).toEqual([]);
	});
	it('the explorer over a range, with a kind hidden', async () => {
		await s.page.goto(base + '?from=1990-01-01&to=2000-12-31&hide=membership');
		await waitForGraph(s.page);
		expect(await violations(s.page)).toEqual([]);
	});
	it('the explorer comparing two dates, in English', async () => {
		await s.page.goto(base + '?compare=1990-01-01..2000-12-31');
		await waitForGraph(s.page);
		expect(await violations(s.page)).toEqual([]);
	});
	it('the export dialog', async () => {
		await s.page.goto(base + '?at=1995-06-01');
		await waitForGraph(s.page);
		await s.page.getByRole('button', { name: 'Export…' }).click();
		expect(await violations(s.page)).toEqual([]);
		await s.page.getByRole('dialog').getByLabel('GRAPHML', { exact: true }).check();
		expect(await violations(s.page)).toEqual([]);
	});
});
