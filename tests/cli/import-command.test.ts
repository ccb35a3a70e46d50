import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runImport } from '../../src/cli/import-command.ts';
import { shown } from '../../src/cli/read-graph-data.ts';
import { spreadsheetCsv } from '../support/spreadsheet-csv.ts';

const tmp = mkdtempSync(join(tmpdir(), 'tieline-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const csv = spreadsheetCsv(tmp);

describe('graph import with a column mapping', { timeout: 60_000 }, () => {
	it('imports an edge list with its actors table and prints what was mapped, kept and dropped', () => {
		const out = join(tmp, 'lesmis');
		const run = runImport(csv.edges, {
			out,
			actors: csv.nodes,
			map: 'title_en=Type'
		});
		expect(run.stdout).toContain(
			`${shown(csv.edges)} (csv):\n` +
				'  read as the ties table\n' +
				'  mapped: source ← "Source", target ← "Target", title_en ← "Type" (caller)\n' +
				'  made up: id (from row numbers)\n' +
				'  kept as attributes: "weight", "cooccurrence"\n'
		);
		expect(run.stdout).toContain('  mapped: id ← "Id", label ← "Label"\n');
		expect(run.stdout).toMatch(/actors\.yaml \(77 actors\), .*ties\.yaml \(254 ties\)/);
		const ties = parse(readFileSync(join(out, 'ties.yaml'), 'utf8')).ties;
		expect(ties[0]).toEqual({
			id: 'edge-1',
			parties: ['1', '0'],
			title: { en: 'Undirected' },
			attributes: { weight: '1', cooccurrence: '1' }
		});
		// Foreign data lacks what graph-data requires: listed, exit 1.
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/actors\.yaml:3:\d+ actors\[0\]\.kind/);
	});

	it('a mapping that names a column the file lacks writes nothing and says so', () => {
		const out = join(tmp, 'typo');
		const run = runImport(csv.edges, { out, map: 'kind=Typ' });
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/lesmis-edges\.csv:1:1 \(csv\): CSV: the mapping names "Typ", which the header does not have \(it has "Source", "Target", "Type", "weight", "cooccurrence"\)/
		);
		expect(run.stderr).toContain('nothing was written');
	});

	it('refuses a mapping that is not field=Column, and --actors-map without --actors', () => {
		expect(runImport('x.csv', { out: tmp, map: 'knd=Type' })).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(/^--map: "knd" is not a field/)
		});
		expect(runImport('x.csv', { out: tmp, actorsMap: 'id=Id' })).toMatchObject({
			code: 2,
			stderr: '--actors-map needs --actors FILE\n'
		});
	});

	it('takes --map and --actors-map on the command line, and --help documents them', () => {
		const edges = join(tmp, 'edges.csv');
		writeFileSync(edges, 'Von,Nach,Art\nRUS,PRK,agreement\n');
		const run = spawnSync(
			'npx',
			[
				'tsx',
				'src/cli/graph.ts',
				'import',
				edges,
				'--map',
				'source=Von,target=Nach,kind=Art',
				'--out',
				join(tmp, 'de')
			],
			{ encoding: 'utf8' }
		);
		expect(run.stdout).toContain(
			'mapped: source ← "Von" (caller), target ← "Nach" (caller), kind ← "Art" (caller)'
		);
		const help = spawnSync('npx', ['tsx', 'src/cli/graph.ts', '--help'], {
			encoding: 'utf8'
		}).stdout;
		expect(help).toContain('--actors FILE');
		expect(help).toContain('--map F=COL');
	});
});
