import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importData } from '../../../src/lib/core/io/import-data.ts';
import { formatOf } from '../../../src/lib/core/io/import-summary.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { smallFiles } from '../../support/import-files.ts';

const { graph: small, json, gexf, sources } = smallFiles();
const written = JSON.parse(json) as Record<string, unknown[]>;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('importData', () => {
	it('tells how far it has got: each file in the order read, then the items it checks', () => {
		const seen: unknown[] = [];
		const { summary } = importData(
			[
				{ path: 'sources.json', text: sources },
				{ path: 'small.gexf', text: gexf }
			],
			(p) => seen.push(p)
		);
		const read = summary.files.map((f) => f.read!);
		const items = read.flatMap((c) => Object.values(c)).reduce((a, b) => a + b, 0);
		expect(items).toBeGreaterThan(6);
		expect(seen).toEqual([
			{ step: 'read', file: 'small.gexf', index: 0, of: 2 },
			{ step: 'read', file: 'sources.json', index: 1, of: 2 },
			{ step: 'check', items }
		]);
	});

	it('gives a result that crosses to the page from a worker unchanged (structured clone)', () => {
		for (const input of [
			{ path: 'small.json', bytes: bytes(json) },
			{ path: 'bad.json', bytes: bytes(json.replace('"signed": "', '"signed": "1961-13-')) }
		]) {
			const result = importData([input]);
			expect(structuredClone(result)).toEqual(result);
		}
	});

	it("reads Tieline's own JSON export back whole, with counts, span and the file's size", () => {
		const { summary, dataset } = importData([{ path: 'small.json', bytes: bytes(json) }]);
		expect(summary.issues).toEqual([]);
		const counts = { actors: 6, ties: 5, events: 2, sources: written.sources.length };
		expect(counts.sources).toBeGreaterThan(0);
		expect(summary.counts).toEqual(counts);
		expect(summary.files).toEqual([
			{
				name: 'small.json',
				format: 'json',
				bytes: bytes(json).byteLength,
				read: counts
			}
		]);
		expect(summary.span).toEqual({
			from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)
		});
		const { start, end } = small.span();
		expect(summary.span!.from < summary.span!.to).toBe(true);
		expect(new TemporalGraph(dataset!).span()).toEqual({ start, end });
	});

	it('reads a GEXF with a sources file beside it: which file gave what, then the whole', () => {
		const { summary, dataset } = importData([
			{ path: 'small.gexf', text: gexf },
			{ path: 'sources.json', text: sources }
		]);
		expect(summary.issues).toEqual([]);
		expect(summary.formats).toEqual(['gexf', 'json']);
		expect(summary.files.map((f) => [f.name, f.read])).toEqual([
			['small.gexf', { actors: 6, ties: 5, events: 0, sources: 0 }],
			['sources.json', { actors: 0, ties: 0, events: 0, sources: 3 }]
		]);
		expect(summary.counts).toEqual({ actors: 6, ties: 5, events: 0, sources: 3 });
		expect(dataset!.ties.map((t) => t.id).sort()).toEqual(small.data.ties.map((t) => t.id).sort());
	});

	it("opens someone else's graph file (no sources, no Japanese, its own kinds), as it is", () => {
		const text = readFileSync('../shared/fixtures/les-miserables.gexf', 'utf8');
		const { summary, dataset } = importData([{ path: 'les-miserables.gexf', text }]);
		expect(summary.issues).toEqual([]);
		expect(summary.counts).toMatchObject({ actors: 77, ties: 254, sources: 0 });
		expect(dataset!.profile).toBe('relaxed');
		expect(dataset!.ties.every((t) => t.sources.length === 0)).toBe(true);
		// What the file said beyond Tieline's fields is kept on the item, not dropped.
		expect(dataset!.ties.some((t) => t.attributes && 'weight' in t.attributes)).toBe(true);
	});

	it('lists every problem with file, line and field, and gives no dataset', () => {
		const broken = json.replace(/"confidence": "confirmed"/, '"confidence": "sure"');
		const { summary, dataset } = importData([{ path: 'broken.json', text: broken }]);
		expect(dataset).toBeNull();
		expect(summary.counts).toBeNull();
		expect(summary.span).toBeNull();
		const line = broken.split('\n').findIndex((l) => l.includes('"sure"')) + 1;
		expect(summary.issues).toEqual([
			expect.objectContaining({
				file: 'broken.json',
				line,
				path: expect.stringMatching(/^ties\[\d+\]\.confidence$/),
				message: expect.stringContaining('confirmed')
			})
		]);
	});

	it('names a file it cannot read, and reads nothing from it', () => {
		const { summary, dataset } = importData([
			{ path: 'small.json', text: json },
			{ path: 'notes.txt', text: 'hello' }
		]);
		expect(dataset).toBeNull();
		expect(summary.files.map((f) => [f.name, f.format, f.read === null])).toEqual([
			['small.json', 'json', false],
			['notes.txt', 'other', true]
		]);
		expect(summary.issues[0]).toMatchObject({
			file: 'notes.txt',
			message: expect.stringMatching(/format/)
		});
	});

	it('says so when no file was given', () => {
		const { summary, dataset } = importData([]);
		expect(dataset).toBeNull();
		expect(summary.issues).toHaveLength(1);
		expect(summary.issues[0].message).toBe('no file was given');
	});
});

describe('formatOf', () => {
	it('names formats by extension, whatever the case', () => {
		expect(
			['a.YAML', 'b.yml', 'c.Json', 'd.gexf', 'e.GraphML', 'f.csv', 'g.xml', 'h'].map(formatOf)
		).toEqual(['yaml', 'yaml', 'json', 'gexf', 'graphml', 'csv', 'other', 'other']);
	});
});
