import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetParts, partsModule, type BundledValue } from '../../src/cli/dataset-parts.ts';

const value = (ties: number): BundledValue =>
	({
		dataset: {
			sources: [{ id: 's' }],
			actors: [{ id: 'A' }],
			ties: Array.from({ length: ties }, (_, i) => ({ id: `t${i}` })),
			events: []
		},
		issues: []
	}) as BundledValue;

describe("the bundled data's parts", () => {
	it('are one part for a small dataset, and for one that does not pass', () => {
		expect(datasetParts(value(3), 5)).toEqual([JSON.stringify(value(3))]);
		expect(datasetParts(value(5), 5)).toHaveLength(1);
		const broken = { dataset: null, issues: [{ message: 'x' }] };
		expect(datasetParts(broken, 5)).toEqual([JSON.stringify(broken)]);
	});

	it('carry a large dataset whole: everything with the first ties, then the rest in order', () => {
		const parts = datasetParts(value(12), 5).map((p) => JSON.parse(p));
		expect(parts).toHaveLength(3);
		expect(parts[0].dataset.sources).toEqual([{ id: 's' }]);
		expect(parts[0].dataset.ties.map((t: { id: string }) => t.id)).toEqual([
			't0',
			't1',
			't2',
			't3',
			't4'
		]);
		expect(parts[1].map((t: { id: string }) => t.id)).toEqual(['t5', 't6', 't7', 't8', 't9']);
		expect(parts[2].map((t: { id: string }) => t.id)).toEqual(['t10', 't11']);
	});
});

describe("the browser's module that reads them", () => {
	afterEach(() => vi.unstubAllGlobals());

	/** Writes the module into a build's `chunks/`, and imports it with `fetch` answering `files`. */
	async function load(files: Record<string, string | number>) {
		const dir = mkdtempSync(join(tmpdir(), 'tieline-parts-'));
		const names = Object.keys(files).map((f) => `_app/immutable/assets/${f}`);
		const module = join(dir, 'chunk.js');
		writeFileSync(module, partsModule(names));
		const asked: string[] = [];
		vi.stubGlobal('fetch', async (url: URL) => {
			const name = url.pathname.split('/').pop()!;
			asked.push(name);
			const body = files[name];
			if (typeof body === 'number') return new Response('', { status: body });
			return new Response(body);
		});
		try {
			return { module: await import(pathToFileURL(module).href), asked };
		} catch (e) {
			return { error: e as Error, asked };
		}
	}

	it('asks for every part at once and puts the value together again', async () => {
		const parts = datasetParts(value(12), 5);
		const { module, asked } = await load({
			'a.json': parts[0],
			'b.json': parts[1],
			'c.json': parts[2]
		});
		expect(asked).toEqual(['a.json', 'b.json', 'c.json']);
		expect(module.default).toEqual(value(12));
		expect(module.files).toEqual([
			'_app/immutable/assets/a.json',
			'_app/immutable/assets/b.json',
			'_app/immutable/assets/c.json'
		]);
	});

	it('stops with words that name a part that cannot be read, or is not whole', async () => {
		const parts = datasetParts(value(12), 5);
		const missing = await load({ 'a.json': parts[0], 'b.json': 404, 'c.json': parts[2] });
		expect(missing.error?.name).toBe('TielineDataError');
		expect(missing.error?.message).toMatch(
			/^The bundled data \S*\/assets\/b\.json could not be read: HTTP 404$/
		);
		const cut = await load({
			'a.json': parts[0],
			'b.json': parts[1].slice(0, 20),
			'c.json': parts[2]
		});
		expect(cut.error?.message).toMatch(
			/^The bundled data \S*\/assets\/b\.json is not whole JSON: /
		);
	});
});
