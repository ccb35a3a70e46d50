import { describe, expect, it } from 'vitest';
import {
	dataUrl,
	datasetName,
	joinSearch,
	makeRecord,
	metaOf,
	newDatasetId,
	readRecord,
	splitSearch
} from '../../src/lib/state/dataset-record.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const files = [
	{ path: 'actors.csv', bytes: bytes('id\nRUS\n') },
	{ path: 'ties.csv', bytes: bytes('id,parties\n') }
];

describe('the kept record', () => {
	it('keeps the raw files, a name and when it was added, and reads back as written', () => {
		const record = makeRecord('abc123def4', files, '2026-12-02T10:00:00.000Z');
		expect(record).toMatchObject({ version: 1, id: 'abc123def4', name: 'actors.csv + ties.csv' });
		// What IndexedDB gives back is a structured clone: the same record must come out.
		expect(readRecord(structuredClone(record))).toEqual({ ok: true, record });
		expect(metaOf(record)).toEqual({
			id: 'abc123def4',
			name: 'actors.csv + ties.csv',
			added: '2026-12-02T10:00:00.000Z',
			files: ['actors.csv', 'ties.csv'],
			bytes: 18
		});
	});

	it('refuses what storage may hold that is not a usable record, saying what is wrong', () => {
		const good = makeRecord('abc123def4', files, '2026-12-02T10:00:00.000Z');
		const cases: [unknown, string][] = [
			[null, 'not a record'],
			[{ ...good, version: 2 }, 'version 2 is not known'],
			[{ ...good, id: '../x' }, 'no valid id'],
			[{ ...good, name: '' }, 'no name'],
			[{ ...good, added: 'yesterday' }, 'no date added'],
			[{ ...good, files: [] }, 'no files'],
			[{ ...good, files: [{ path: 'a.csv', bytes: 'id\n' }] }, 'file 1 is not a name with bytes']
		];
		for (const [value, why] of cases) expect(readRecord(value)).toEqual({ ok: false, why });
	});

	it('names a dataset by its files', () => {
		expect(datasetName(['dir/graph.gexf'])).toBe('graph.gexf');
		expect(datasetName(['a.csv', 'b.csv', 'c.json'])).toBe('a.csv + 2');
	});

	it('makes short ids that are safe in a link, from the random bytes given', () => {
		const id = newDatasetId(new Uint8Array([0, 1, 35, 36, 255, 10, 11, 12, 13, 14]));
		expect(id).toBe('01z03abcde');
		expect(() => newDatasetId(new Uint8Array(3))).toThrow(/state\/dataset-record/);
	});
});

describe('the address', () => {
	it('splits the dataset from the view, keeping the view as written', () => {
		expect(splitSearch('?ds=k3v9x2&at=1995-06-01&hide=membership,sanctions')).toEqual({
			ds: 'k3v9x2',
			data: null,
			view: '?at=1995-06-01&hide=membership,sanctions'
		});
		expect(splitSearch('?data=https%3A%2F%2Fexample.org%2Fg.gexf&lang=ja')).toEqual({
			ds: null,
			data: 'https://example.org/g.gexf',
			view: '?lang=ja'
		});
		expect(splitSearch('')).toEqual({ ds: null, data: null, view: '?' });
	});

	it('names the dataset first, and nothing for the bundled data', () => {
		expect(joinSearch('?at=1995-06-01', 'k3v9x2')).toBe('?ds=k3v9x2&at=1995-06-01');
		expect(joinSearch('?at=1995-06-01', null)).toBe('?at=1995-06-01');
		expect(joinSearch('?', 'k3v9x2')).toBe('?ds=k3v9x2');
		const search = '?ds=k3v9x2&at=1995-06-01&lang=ja';
		const { ds, view } = splitSearch(search);
		expect(joinSearch(view, ds)).toBe(search);
	});

	it('fetches data from the same origin, or from another site only over https', () => {
		const base = 'http://127.0.0.1:4173/?data=x';
		expect(dataUrl('files/my%20graph.gexf', base)).toEqual({
			ok: true,
			href: 'http://127.0.0.1:4173/files/my%20graph.gexf',
			name: 'my graph.gexf'
		});
		expect(dataUrl('https://example.org/a/b.graphml', base)).toMatchObject({
			ok: true,
			name: 'b.graphml'
		});
		expect(dataUrl('http://example.org/b.graphml', base)).toEqual({
			ok: false,
			why: 'urlNotHttps'
		});
		expect(dataUrl('http://[bad', base)).toEqual({ ok: false, why: 'urlBad' });
		expect(dataUrl('javascript:alert(1)', base)).toEqual({ ok: false, why: 'urlNotHttps' });
	});
});
