import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Runs the same date computations in child processes under extreme time zones (UTC+14 and
 * UTC-10/-9) and checks they agree with UTC: no local time may shift a calendar day.
 */
const SCRIPT = `
import * as pd from '${process.cwd()}/src/lib/core/time/partial-date.ts';
import * as lc from '${process.cwd()}/src/lib/core/time/lifecycle.ts';
const tie = { id: 't', kind: 'defense-treaty', parties: ['RUS', 'PRK'], title: { en: 'a', ja: 'あ' },
  confidence: 'confirmed', sources: ['s'], signed: '1961-07-06', inForce: '1961-09-10', ended: { date: '1996-09', how: 'lapsed' } };
const out = {
  // Sanity: the zone really is in effect (1 Jan 2024 00:00 UTC is 31 Dec locally west of Greenwich).
  localDate: new Date(Date.UTC(2024, 0, 1)).getDate(),
  days: ['1961-09-10', '1969-12-31', '1970-01-01', '1991-12-26', '2024-02-29', '2024-12-04'].map(pd.isoToDay),
  isos: [-3035, -1, 0, 19783, 20061].map(pd.dayToIso),
  first: pd.dayToIso(pd.firstDay(pd.partialDate('2023-09'))),
  last: pd.dayToIso(pd.lastDay(pd.partialDate('1996'))),
  plus: pd.dayToIso(pd.addMonths(pd.isoToDay('2024-01-31'), 1)),
  segs: lc.tieSegments(tie).map((s) => [pd.dayToIso(s.start), pd.dayToIso(s.end), s.value]),
};
console.log(JSON.stringify(out));
`;

function runIn(tz: string) {
	const run = spawnSync(
		process.execPath,
		['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
		{ env: { ...process.env, TZ: tz }, encoding: 'utf8' }
	);
	expect(run.stderr).toBe('');
	expect(run.status).toBe(0);
	return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('time zone independence', { timeout: 60_000 }, () => {
	it('gives the same days under UTC, Pacific/Kiritimati and America/Adak', () => {
		const utc = runIn('UTC');
		const east = runIn('Pacific/Kiritimati');
		const west = runIn('America/Adak');
		expect(utc.localDate).toBe(1);
		expect(east.localDate).toBe(1);
		expect(west.localDate).toBe(31);
		expect(utc.days).toEqual([-3035, -1, 0, 8029, 19782, 20061]);
		expect(utc.isos).toEqual([
			'1961-09-10',
			'1969-12-31',
			'1970-01-01',
			'2024-03-01',
			'2024-12-04'
		]);
		expect(utc.first).toBe('2023-09-01');
		expect(utc.last).toBe('1996-12-31');
		expect(utc.plus).toBe('2024-02-29');
		expect(utc.segs).toEqual([
			['1961-07-06', '1961-09-09', 'signed'],
			['1961-09-10', '1996-09-30', 'in-force']
		]);
		const { localDate: _u, ...u } = utc;
		const { localDate: _e, ...e } = east;
		const { localDate: _w, ...w } = west;
		expect(e).toEqual(u);
		expect(w).toEqual(u);
	});
});
