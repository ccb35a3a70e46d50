import { describe, expect, it } from 'vitest';
import { csvField, csvTable, writeCsv } from '../../../src/lib/core/export/csv.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { smallGraph } from '../../fixtures/export/load-fixture.ts';

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

	it('writes an actors table and a ties table that parse back', () => {
		const { nodes, ties } = writeCsv(selectScope(g, { at: '2024-06-30' }));
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
