import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { csvField, csvTable, writeCsv } from '../../../src/lib/core/export/csv.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { SMALL, smallGraph } from '../../fixtures/export/load-fixture.ts';

/** A strict RFC 4180 reader, so the test does not trust the writer's own idea of quoting. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (c === '"' && field === '') {
			i++;
			while (!(text[i] === '"' && text[i + 1] !== '"')) {
				field += text[i] === '"' ? (i++, '"') : text[i];
				i++;
				if (i > text.length) throw new Error('unterminated quote');
			}
			i++;
		} else if (c === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else {
			if (c === '"' || c === '\n' || c === '\r')
				throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
			field += c;
			i++;
		}
	}
	return rows;
}

const g = smallGraph();

describe('csv', () => {
	it('quotes commas, quotes, CR and LF and nothing else', () => {
		expect(csvField('plain 日本語')).toBe('plain 日本語');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField('cr\r')).toBe('"cr\r"');
		expect(csvField(undefined)).toBe('');
		expect(csvField(false)).toBe('false');
		expect(csvTable(['a', 'b'], [{ a: 1, b: 'x,y' }])).toBe('a,b\r\n1,"x,y"\r\n');
	});

	it('neutralises a text cell a spreadsheet would run as a formula, and nothing else', () => {
		expect(csvField('=HYPERLINK("http://evil.example/?x","c")')).toBe(
			`"'=HYPERLINK(""http://evil.example/?x"",""c"")"`
		);
		for (const lead of ['=', '+', '-', '@'])
			expect(csvField(`${lead}1+1`), lead).toBe(`'${lead}1+1`);
		expect(csvField('\tcmd')).toBe("'\tcmd");
		expect(csvField('\r=1')).toBe(`"'\r=1"`);
		// A formula sign inside the text, a number and a negative number are data.
		expect(csvField('a=b, c')).toBe('"a=b, c"');
		expect(csvField(' =1')).toBe(' =1');
		expect(csvField(-33.5)).toBe('-33.5');
		expect(csvField(2)).toBe('2');
	});

	it('neutralises formulas that come from the data, in every table', () => {
		const files = readGraphData(SMALL).map((f) => ({
			path: f.path,
			text: (f.text ?? new TextDecoder().decode(f.bytes))
				.replace(
					'{ en: Soviet–DPRK treaty, ja: ソ朝条約 }',
					`{ en: '=HYPERLINK("http://evil.example","c")', ja: '@SUM(1+1)' }`
				)
				.replace('Art. 4', '-2+3')
		}));
		const hostile = new TemporalGraph(loadDatasetOrThrow(files));
		const { ties } = writeCsv(selectScope(hostile, {}), { bom: false });
		const t = parseCsv(ties);
		const row = t.find((r) => r[0] === 'ussr-prk-1961')!;
		const cell = (name: string, r = row) => r[t[0].indexOf(name)];
		expect(cell('label')).toBe(`'=HYPERLINK("http://evil.example","c")`);
		expect(cell('title_en')).toBe(`'=HYPERLINK("http://evil.example","c")`);
		expect(cell('title_ja')).toBe("'@SUM(1+1)");
		for (const r of t) for (const c of r) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
	});

	it('starts with a byte-order mark by default, as the CLI and the app both write it', () => {
		const { nodes, ties } = writeCsv(selectScope(g, { at: '2024-06-30' }));
		expect(nodes.startsWith('\uFEFFid,')).toBe(true);
		expect(ties.startsWith('\uFEFFid,')).toBe(true);
		expect(writeCsv(selectScope(g, {}), { bom: false }).nodes.startsWith('id,')).toBe(true);
	});

	it('writes an actors table and a ties table that parse back', () => {
		const { nodes, ties } = writeCsv(selectScope(g, { at: '2024-06-30' }), { bom: false });
		const n = parseCsv(nodes);
		expect(n[0].slice(0, 6)).toEqual(['id', 'label', 'kind', 'name_en', 'name_ja', 'cow']);
		expect(n.map((r) => r[0])).toEqual(['id', 'RUS', 'PRK', 'USA', 'JPN', 'KOR']);
		const t = parseCsv(ties);
		const head = t[0];
		const rec = (id: string) =>
			Object.fromEntries(head.map((h, i) => [h, t.find((r) => r[0] === id)![i]]));
		expect(t).toHaveLength(4);
		expect(rec('camp-david-2023')).toMatchObject({
			label: 'Camp David principles,\nline two & <more>',
			parties: 'JPN; USA; KOR',
			status: 'signed',
			title_ja: 'キャンプ・デービッド原則',
			signed: '2023-08-18',
			citations: '外務省 (2023-08-18), Japan–US–ROK summit, Camp David'
		});
		expect(rec('rus-prk-2024')).toMatchObject({
			label: 'Treaty on "Comprehensive Strategic Partnership", 2024',
			status_timeline: 'signed 2024-06-19..2024-12-03; in-force 2024-12-04..',
			citations:
				'Kremlin (2024-06-19), Treaty on Comprehensive Strategic Partnership, "full text", Art. 4'
		});
		// Dates keep the precision they were written with.
		expect(rec('prk-rus-shells')).toMatchObject({
			from: '2023-09',
			asOf: '2024-07',
			start: '2023-09-01',
			directed: 'true',
			sources: 'treaty-text-2024; mofa-ja-2023'
		});
	});

	it('writes Japanese labels and an optional byte-order mark', () => {
		const { nodes } = writeCsv(selectScope(g, { at: '1980-01-01' }), { lang: 'ja', bom: true });
		expect(nodes.startsWith('\uFEFFid,label')).toBe(true);
		expect(parseCsv(nodes.slice(1))[1].slice(0, 3)).toEqual(['RUS', 'ソ連', 'state']);
	});
});
