import { describe, expect, it } from 'vitest';
import {
	normaliseHeader,
	parseMappingSpec,
	proposeMapping
} from '../../../src/lib/core/io/readers/csv-mapping.ts';
import { rawItems } from '../../../src/lib/core/io/raw-input.ts';
import { readInputs } from '../../../src/lib/core/io/readers/index.ts';

type Raw = { actors?: Record<string, unknown>[]; ties?: Record<string, unknown>[] };
const rows = (header: string[], ...values: string[][]) =>
	values.map((v) => Object.fromEntries(header.map((h, i) => [h, v[i] ?? ''])));

describe('proposeMapping', () => {
	it('ignores case, spaces, underscores, hyphens and dots in header names', () => {
		expect(['Start Date', 'start_date', 'START-DATE', 'start.date'].map(normaliseHeader)).toEqual([
			'startdate',
			'startdate',
			'startdate',
			'startdate'
		]);
	});

	it('maps an edge list with synonyms and keeps the other columns', () => {
		const header = ['Source', 'Target', 'Relation', 'Start Date', 'End Date', 'Weight'];
		const { table, mapping, summary } = proposeMapping(header);
		expect(table).toBe('ties');
		expect(mapping).toEqual({
			source: 'Source',
			target: 'Target',
			kind: 'Relation',
			from: 'Start Date',
			to: 'End Date'
		});
		expect(summary.kept).toEqual(['Weight']);
		expect(summary.generated).toEqual(['id']);
		expect(summary.mapped.find((m) => m.field === 'kind')).toEqual({
			field: 'kind',
			column: 'Relation',
			by: 'synonym'
		});
	});

	it('takes a field’s own name before a synonym', () => {
		const { mapping, summary } = proposeMapping(['id', 'source', 'target', 'start', 'from']);
		expect(mapping.from).toBe('from');
		// `start` is a synonym of from, already taken: kept rather than lost.
		expect(summary.kept).toEqual(['start']);
	});

	it('drops Gephi’s Type column when it only says Directed or Undirected', () => {
		const header = ['Source', 'Target', 'Type', 'Weight'];
		const gephi = proposeMapping(header, rows(header, ['a', 'b', 'Undirected', '1']));
		expect(gephi.mapping.kind).toBeUndefined();
		expect(gephi.summary.dropped).toEqual([
			{ column: 'Type', why: expect.stringMatching(/Directed\/Undirected/) }
		]);
		const kinds = proposeMapping(header, rows(header, ['a', 'b', 'arms-transfer', '1']));
		expect(kinds.mapping.kind).toBe('Type');
	});

	it('reads from/to holding ids (not dates) as the ends of an edge', () => {
		const header = ['from', 'to', 'type', 'weight'];
		const ids = proposeMapping(header, rows(header, ['s01', 's02', 'hyperlink', '22']));
		expect(ids.table).toBe('ties');
		expect(ids.mapping).toMatchObject({ source: 'from', target: 'to', kind: 'type' });
		expect(ids.summary.mapped[0]).toEqual({ field: 'source', column: 'from', by: 'content' });
		const dates = proposeMapping(
			['id', 'from', 'to'],
			rows(['id', 'from', 'to'], ['x', '1990', ''])
		);
		expect(dates.table).toBe('actors');
		expect(dates.mapping).toMatchObject({ exists_from: 'from', exists_to: 'to' });
	});

	it('lets the caller set and unset fields, before any proposal', () => {
		const header = ['Source', 'Target', 'Type', 'Start'];
		const { mapping, summary } = proposeMapping(header, [], { kind: 'Start', from: null });
		expect(mapping.kind).toBe('Start');
		expect(mapping.from).toBeUndefined();
		expect(summary.mapped.find((m) => m.field === 'kind')?.by).toBe('caller');
		expect(summary.kept).toEqual(['Type']);
	});

	it('in Tieline’s own export, drops the columns computed from others', () => {
		const header = ['id', 'kind', 'parties', 'status', 'status_timeline', 'signed', 'signed_day'];
		const { summary } = proposeMapping(header);
		expect(summary.dropped.map((d) => d.column)).toEqual([
			'status',
			'status_timeline',
			'signed_day'
		]);
		expect(summary.kept).toEqual([]);
	});
});

describe('parseMappingSpec', () => {
	it('reads field=Column pairs, field= for none', () => {
		expect(parseMappingSpec('kind=Type, from=Start Date,to=')).toEqual({
			ok: true,
			value: { kind: 'Type', from: 'Start Date', to: null }
		});
	});

	it('names an unknown field and a pair without =', () => {
		expect(parseMappingSpec('knd=Type')).toEqual({
			ok: false,
			message: expect.stringMatching(/^"knd" is not a field; fields are id, kind/)
		});
		expect(parseMappingSpec('Type')).toEqual({ ok: false, message: '"Type" is not field=Column' });
	});
});

describe('the CSV reader with a mapping', () => {
	const text = 'Source,Target,Relation,Start Date,Weight\nRUS,PRK,arms-transfer,2023-09,7\n';

	it('reads mapped columns into fields and keeps the rest as attributes', () => {
		const read = readInputs([{ path: 'edges.csv', text }]);
		const doc = read.documents[0];
		expect(read.issues).toEqual([]);
		expect(rawItems(doc, 'ties') as Raw['ties']).toEqual([
			{
				id: 'edge-1',
				kind: 'arms-transfer',
				parties: ['RUS', 'PRK'],
				from: '2023-09',
				attributes: { Weight: '7' }
			}
		]);
		expect(doc.summary).toMatchObject({ format: 'csv', kept: ['Weight'] });
	});

	it('makes actors from the ids an edge list names when there is no actors table', () => {
		const read = readInputs([{ path: 'edges.csv', text }]);
		const data = read.documents[0].data as Raw;
		expect(data.actors).toEqual([
			{ id: 'RUS', names: [{ en: 'RUS' }] },
			{ id: 'PRK', names: [{ en: 'PRK' }] }
		]);
		expect(read.documents[0].locate(['actors', 1])).toEqual({ line: 2, column: 1 });
		expect(read.documents[0].summary?.notes[0]).toMatch(/^no actors table: 2 actors made/);
	});

	it('applies the caller’s mapping given with the input', () => {
		const read = readInputs([{ path: 'edges.csv', text, mapping: { kind: null, from: null } }]);
		const tie = rawItems(read.documents[0], 'ties')[0] as Record<string, unknown>;
		expect(tie.kind).toBeUndefined();
		expect(tie.attributes).toEqual({
			Relation: 'arms-transfer',
			'Start Date': '2023-09',
			Weight: '7'
		});
	});

	it('a mapping naming a column the header lacks is a problem at line 1', () => {
		const read = readInputs([{ path: 'edges.csv', text, mapping: { kind: 'Typ' } }]);
		expect(read.issues).toEqual([
			{
				file: 'edges.csv',
				line: 1,
				path: '(csv)',
				message: expect.stringMatching(
					/^CSV: the mapping names "Typ", which the header does not have/
				)
			}
		]);
	});

	it('an actors table without an id column is a problem that says how to name one', () => {
		const read = readInputs([{ path: 'nodes.csv', text: 'Name,Kind\nRussia,state\n' }]);
		expect(read.issues[0]).toMatchObject({
			file: 'nodes.csv',
			line: 1,
			message: expect.stringMatching(/no column for "id".*--map id=COLUMN/)
		});
	});
});
