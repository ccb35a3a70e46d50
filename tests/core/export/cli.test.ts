import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SMALL, tempDir } from '../../fixtures/export/load-fixture.ts';

const cli = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'src/cli/graph.ts', 'export', '--data', SMALL, ...args], {
		encoding: 'utf8'
	});

describe('graph export', { timeout: 60_000 }, () => {
	it('writes each format to --out, and csv to two files', () => {
		const dir = tempDir();
		for (const format of ['gexf', 'graphml', 'cyjs', 'json']) {
			const run = cli('--format', format, '--at', '2024-06-30', '--out', join(dir, `g.${format}`));
			expect(run.stderr).toContain('wrote');
			expect(run.status).toBe(0);
		}
		expect(readFileSync(join(dir, 'g.gexf'), 'utf8')).toContain(
			'<edge id="camp-david-2023#JPN-USA"'
		);
		const csv = cli(
			'--format',
			'csv',
			'--from',
			'2024-01-01',
			'--to',
			'2024-12-31',
			'--focus',
			'RUS',
			'--hops',
			'1',
			'--kinds',
			'defense-treaty,arms-transfer',
			'--lang',
			'ja',
			'--out',
			join(dir, 'rus.csv')
		);
		expect(csv.status).toBe(0);
		// The same byte-order mark as the app's CSV, so Excel reads the Japanese.
		expect(readFileSync(join(dir, 'rus.csv'), 'utf8').split('\r\n').slice(0, 3)).toEqual([
			expect.stringMatching(/^\uFEFFid,label,/),
			expect.stringMatching(/^RUS,ロシア,state,/),
			expect.stringMatching(/^PRK,北朝鮮,state,/)
		]);
		const ties = readFileSync(join(dir, 'rus-ties.csv'), 'utf8')
			.split('\r\n')
			.map((l) => l.split(',')[0]);
		expect(ties).toEqual(['\uFEFFid', 'rus-prk-2024', 'prk-rus-shells', '']);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	it('prints to stdout without --out', () => {
		const run = cli('--format', 'json', '--actors', 'PRK,panel-of-experts');
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout).ties.map((t: { id: string }) => t.id)).toEqual([
			'poe-monitors-prk'
		]);
	});

	it.each([
		[
			['--format', 'bmp'],
			'--format "bmp" is not supported; use one of gexf, graphml, csv, cyjs, json, svg, png, pdf'
		],
		[['--at', '2024-01-01'], 'export needs --format'],
		[['--format', 'gexf', '--at', '2024-02-30'], '--at "2024-02-30" is not a calendar day'],
		[['--format', 'gexf', '--at', '1961'], '--at "1961" is not a calendar day'],
		[
			['--format', 'gexf', '--from', '2024-01-01', '--to', '2023-01-01'],
			'--from 2024-01-01 is after --to 2023-01-01'
		],
		[['--format', 'gexf', '--from', '2024-01-01'], 'a range needs both --from and --to'],
		[
			['--format', 'gexf', '--at', '2024-01-01', '--from', '2023-01-01', '--to', '2024-01-01'],
			'give either --at or --from/--to'
		],
		[['--format', 'gexf', '--focus', 'XXX'], 'focus: unknown actor id "XXX"'],
		[['--format', 'gexf', '--actors', 'RUS,ZZZ'], 'actors: unknown actor id "ZZZ"'],
		[['--format', 'gexf', '--kinds', 'alliance'], 'unknown tie kind "alliance"'],
		[['--format', 'gexf', '--hops', 'two', '--focus', 'RUS'], '--hops "two" is not a whole number'],
		[['--format', 'gexf', '--lang', 'fr'], '--lang "fr" is not supported'],
		[['--format', 'gexf', '--colour', 'red'], "Unknown option '--colour'"]
	])('fails clearly on %j', (args, message) => {
		const dir = tempDir();
		const out = join(dir, 'never.gexf');
		const run = cli(...args, '--out', out);
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain(message);
		expect(existsSync(out)).toBe(false);
		expect(readdirSync(dir)).toEqual([]);
	});

	it('asks for --out with csv', () => {
		const run = cli('--format', 'csv');
		expect(run.status).toBe(2);
		expect(run.stderr).toBe('export: csv writes two files and needs --out FILE\n');
	});

	it('leaves nothing behind when the file cannot be written', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'file'), 'not a folder');
		const run = cli('--format', 'gexf', '--out', join(dir, 'file', 'g.gexf'));
		expect(run.status).not.toBe(0);
		expect(run.stderr).toMatch(/^export: /);
		expect(readdirSync(dir)).toEqual(['file']);
	});
});
