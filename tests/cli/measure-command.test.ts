import { TIE_KINDS } from '../../src/lib/core/schema/tie.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeasureArgs, runMeasure } from '../../src/cli/measure-command.ts';
import { tinyGraph } from '../core/analysis/tiny-graph.ts';

const g = tinyGraph(['A', 'B'], [{ id: 'ab', parties: ['A', 'B'], from: '2000' }]);

describe('graph measure', () => {
	it('reads year, month and N-months steps and a list of kinds', () => {
		expect(parseMeasureArgs({ from: '2000-01-01', to: '2001-01-01' }).params).toEqual({
			from: '2000-01-01',
			to: '2001-01-01',
			step: 'year',
			months: 12,
			kinds: []
		});
		expect(
			parseMeasureArgs({ from: '2000-01-01', to: '2001-01-01', step: 'month' }).params.months
		).toBe(1);
		expect(
			parseMeasureArgs({
				from: '2000-01-01',
				to: '2001-01-01',
				step: '6-months',
				kinds: 'agreement, sanctions'
			}).params
		).toMatchObject({ step: 'months', months: 6, kinds: ['agreement', 'sanctions'] });
	});

	it('names the flag and the problem', () => {
		expect(() => parseMeasureArgs({ to: '2001-01-01' })).toThrow('measure needs --from YYYY-MM-DD');
		expect(() => parseMeasureArgs({ from: '2000-02-30', to: '2001-01-01' })).toThrow(
			'--from "2000-02-30" is not a calendar day; write it as YYYY-MM-DD, e.g. 1995-06-01'
		);
		expect(() => parseMeasureArgs({ from: '2002-01-01', to: '2001-01-01' })).toThrow(
			'--from 2002-01-01 is after --to 2001-01-01: the range is empty'
		);
		expect(() =>
			parseMeasureArgs({ from: '2000-01-01', to: '2001-01-01', step: 'weekly' })
		).toThrow('--step "weekly" is not a step; use year, month or N-months (e.g. 3-months)');
		expect(() =>
			parseMeasureArgs({ from: '2000-01-01', to: '2001-01-01', kinds: 'alliance,agreement' })
		).toThrow(/^--kinds: unknown kind "alliance"; known kinds: defense-treaty, /);
		expect(() => parseMeasureArgs({ from: '2000-01-01', to: '2001-01-01', lang: 'fr' })).toThrow(
			'--lang "fr" is not supported; use en or ja'
		);
	});

	it('prints CSV, or writes it to --out and says what it wrote', () => {
		const printed = runMeasure({ from: '1999-06-01', to: '2000-06-01' }, () => g);
		expect(printed.stdout.split('\r\n').slice(0, 2)).toEqual([
			`date,actor,name,degree,${TIE_KINDS.map((k) => `degree_${k}`).join(',')},betweenness,closeness`,
			`1999-06-01,A,A,0,${TIE_KINDS.map(() => '0').join(',')},0,0`
		]);
		const out = join(mkdtempSync(join(tmpdir(), 'tieline-measure-')), 'm.csv');
		const written = runMeasure({ from: '1999-06-01', to: '2000-06-01', out }, () => g);
		expect(written).toEqual({
			stdout: '',
			stderr: `2 steps from 1999-06-01 to 2000-06-01, 4 rows\nwrote ${out}\n`
		});
		expect(readFileSync(out, 'utf8')).toBe(printed.stdout);
		// B has one diplomatic relation: degree 1, and 1 in that kind's column only.
		const byKind = TIE_KINDS.map((k) => (k === 'diplomatic-relations' ? '1' : '0')).join(',');
		expect(printed.stdout).toContain(`2000-06-01,B,B,1,${byKind},0,1`);
	});
});
