import { describe, expect, it } from 'vitest';
import type { Actor, Tie } from '../../../src/lib/core/schema/index.ts';
import {
	actorSegment,
	daysPassed,
	nameAt,
	nameChangeDays,
	tieExtent,
	tieSegments,
	tieStatusAt
} from '../../../src/lib/core/time/lifecycle.ts';
import { dayToIso, isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const day = (iso: string) => {
	const d = isoToDay(iso);
	if (d === null) throw new Error(`not a day: ${iso}`);
	return d;
};
const base = {
	parties: ['RUS', 'PRK'],
	title: { en: 'T', ja: '条約' },
	confidence: 'confirmed',
	sources: ['s']
} as const;
const agreement = (extra: Partial<Tie>): Tie =>
	({
		id: 'a',
		kind: 'defense-treaty',
		...base,
		parties: [...base.parties],
		sources: ['s'],
		...extra
	}) as Tie;
const flow = (extra: Partial<Tie>): Tie =>
	({
		id: 'f',
		kind: 'arms-transfer',
		...base,
		parties: [...base.parties],
		sources: ['s'],
		...extra
	}) as Tie;
const statusOn = (tie: Tie, iso: string) => tieStatusAt(tie, day(iso));
const segs = (tie: Tie) =>
	tieSegments(tie).map((s) => [
		dayToIso(s.start),
		Number.isFinite(s.end) ? dayToIso(s.end) : 'open',
		s.value
	]);

describe('agreement lifecycle boundaries', () => {
	const treaty = agreement({
		signed: '2024-06-19',
		inForce: '2024-12-04',
		ended: { date: '2030-03-10', how: 'terminated' }
	});
	it.each([
		['2024-06-18', undefined],
		['2024-06-19', 'signed'],
		['2024-12-03', 'signed'],
		['2024-12-04', 'in-force'],
		['2030-03-10', 'in-force'],
		['2030-03-11', undefined]
	])('on %s it is %s', (iso, status) => {
		expect(statusOn(treaty, iso)).toBe(status);
	});

	it('a partial end 1996 lasts to 1996-12-31 and is gone on 1997-01-01', () => {
		const t = agreement({
			signed: '1961-07-06',
			inForce: '1961-09-10',
			ended: { date: '1996', how: 'lapsed' }
		});
		expect(statusOn(t, '1996-12-31')).toBe('in-force');
		expect(statusOn(t, '1997-01-01')).toBeUndefined();
	});

	it('a partial start 2023-09 begins on 2023-09-01', () => {
		const t = agreement({ signed: '2023-09' });
		expect(statusOn(t, '2023-08-31')).toBeUndefined();
		expect(statusOn(t, '2023-09-01')).toBe('signed');
		const f = flow({ from: '2023-09', to: '2023-09' });
		expect(statusOn(f, '2023-08-31')).toBeUndefined();
		expect(statusOn(f, '2023-09-01')).toBe('active');
		expect(statusOn(f, '2023-09-30')).toBe('active');
		expect(statusOn(f, '2023-10-01')).toBeUndefined();
	});

	it('signed and in force on the same day is in force from that day, never signed', () => {
		const t = agreement({ signed: '2022-02-04', inForce: '2022-02-04' });
		expect(segs(t)).toEqual([['2022-02-04', 'open', 'in-force']]);
	});

	it('inForce at year precision in the signing year starts on the signing day', () => {
		// Russia–DPRK 2000: signed 2000-02-09, in force "2000" (Jan 1 is before signing).
		const t = agreement({ signed: '2000-02-09', inForce: '2000' });
		expect(statusOn(t, '2000-02-08')).toBeUndefined();
		expect(statusOn(t, '2000-02-09')).toBe('in-force');
	});

	it('an agreement never in force stays signed, with only finite starts', () => {
		const t = agreement({ signed: '2018-09-19' });
		expect(statusOn(t, '2018-09-19')).toBe('signed');
		expect(statusOn(t, '2200-01-01')).toBe('signed');
		const s = tieSegments(t);
		expect(s).toHaveLength(1);
		for (const seg of s) expect(Number.isFinite(seg.start)).toBe(true);
		expect(s[0].end).toBe(Infinity);
	});

	it('an agreement never in force that ended is signed then gone', () => {
		const t = agreement({ signed: '2005-09-19', ended: { date: '2009-04', how: 'lapsed' } });
		expect(segs(t)).toEqual([['2005-09-19', '2009-04-30', 'signed']]);
		for (const seg of tieSegments(t)) expect(Number.isFinite(seg.start)).toBe(true);
	});

	it('no segment ever has a non-finite start, over many shapes', () => {
		const shapes: Partial<Tie>[] = [
			{ signed: '2000' },
			{ signed: '2000', inForce: '2001' },
			{ signed: '2000', suspended: [{ from: '2003' }] },
			{ signed: '2000', inForce: '2001', suspended: [{ from: '2003', to: '2004' }] },
			{ signed: '2000', ended: { date: '2000', how: 'ended' } },
			{ signed: '2000', suspended: [{ from: '2000-05' }], ended: { date: '2010', how: 'ended' } }
		];
		for (const shape of shapes) {
			for (const seg of tieSegments(agreement(shape))) {
				expect(Number.isFinite(seg.start), JSON.stringify(shape)).toBe(true);
				expect(seg.start <= seg.end, JSON.stringify(shape)).toBe(true);
			}
		}
	});
});

describe('suspensions', () => {
	it('a closed suspension returns to in force the day after', () => {
		const t = agreement({
			signed: '2000-01-10',
			inForce: '2000-03-01',
			suspended: [{ from: '2005-06', to: '2006-02' }]
		});
		expect(segs(t)).toEqual([
			['2000-01-10', '2000-02-29', 'signed'],
			['2000-03-01', '2005-05-31', 'in-force'],
			['2005-06-01', '2006-02-28', 'suspended'],
			['2006-03-01', 'open', 'in-force']
		]);
		expect(statusOn(t, '2005-05-31')).toBe('in-force');
		expect(statusOn(t, '2005-06-01')).toBe('suspended');
		expect(statusOn(t, '2006-02-28')).toBe('suspended');
		expect(statusOn(t, '2006-03-01')).toBe('in-force');
	});

	it('an open suspension lasts until the end of the tie', () => {
		const t = agreement({
			signed: '2018-09-19',
			suspended: [{ from: '2024-06-04' }],
			ended: { date: '2030', how: 'terminated' }
		});
		expect(statusOn(t, '2024-06-03')).toBe('signed');
		expect(statusOn(t, '2024-06-04')).toBe('suspended');
		expect(statusOn(t, '2030-12-31')).toBe('suspended');
		expect(statusOn(t, '2031-01-01')).toBeUndefined();
	});

	it('two suspensions each return to in force', () => {
		const t = agreement({
			signed: '1990',
			inForce: '1990',
			suspended: [
				{ from: '1992-01-01', to: '1992-12-31' },
				{ from: '1995-05-05', to: '1995-05-05' }
			]
		});
		expect(
			['1991-12-31', '1992-01-01', '1993-01-01', '1995-05-04', '1995-05-05', '1995-05-06'].map(
				(d) => statusOn(t, d)
			)
		).toEqual(['in-force', 'suspended', 'in-force', 'in-force', 'suspended', 'in-force']);
	});
});

describe('flows', () => {
	it('an open flow is active far in the future', () => {
		const f = flow({ from: '2023-09', asOf: '2025-05' });
		expect(statusOn(f, '2023-09-01')).toBe('active');
		expect(statusOn(f, '9999-12-31')).toBe('active');
		expect(tieExtent(f)).toEqual({ start: day('2023-09-01'), end: Infinity });
	});

	it('a closed flow ends on the last day of its period', () => {
		const f = flow({ from: '2021', to: '2023' });
		expect(tieExtent(f)).toEqual({ start: day('2021-01-01'), end: day('2023-12-31') });
		expect(statusOn(f, '2024-01-01')).toBeUndefined();
	});

	it('a flow without a start has no segments', () => {
		expect(tieSegments(flow({}))).toEqual([]);
		expect(tieExtent(flow({}))).toBeUndefined();
		expect(tieSegments(agreement({}))).toEqual([]);
	});
});

describe('actors', () => {
	const rus = {
		id: 'RUS',
		kind: 'state',
		names: [
			{ to: '1991-12-25', en: 'USSR', ja: 'ソ連' },
			{ from: '1991-12-26', en: 'Russia', ja: 'ロシア' }
		],
		description: { en: 'x', ja: 'x' },
		sources: ['s']
	} as Actor;

	it('nameAt switches on 1991-12-26', () => {
		expect(nameAt(rus, day('1922-12-30')).en).toBe('USSR');
		expect(nameAt(rus, day('1991-12-25')).en).toBe('USSR');
		expect(nameAt(rus, day('1991-12-26')).en).toBe('Russia');
		expect(nameAt(rus, day('1991-12-26')).ja).toBe('ロシア');
	});

	it('actorSegment is open without exists, bounded with it', () => {
		expect(actorSegment(rus)).toEqual({ start: -Infinity, end: Infinity, value: true });
		const panel = { ...rus, exists: { from: '2009-06-12', to: '2024-04-30' } } as Actor;
		expect(actorSegment(panel)).toEqual({
			start: day('2009-06-12'),
			end: day('2024-04-30'),
			value: true
		});
	});

	it('knows the days on which a name can change, and between two of them none does', () => {
		const gap = {
			...rus,
			id: 'GAP',
			names: [
				{ from: '1950', to: '1960', en: 'A', ja: 'A' },
				{ from: '1970-05', en: 'B', ja: 'B' }
			]
		} as Actor;
		const one = { ...rus, id: 'ONE', names: [{ en: 'C', ja: 'C' }] } as Actor;
		const actors = [rus, gap, one];
		const days = nameChangeDays(actors);
		expect(days.map((d) => dayToIso(d))).toEqual([
			'1950-01-01',
			'1961-01-01',
			'1970-05-01',
			'1991-12-26'
		]);
		expect(daysPassed(days, day('1949-12-31'))).toBe(0);
		expect(daysPassed(days, day('1950-01-01'))).toBe(1);
		expect(daysPassed(days, day('1991-12-25'))).toBe(3);
		expect(daysPassed(days, day('1991-12-26'))).toBe(4);
		// Every day from 1940 to 2000 against the day before: a name that changed moved the count.
		const names = (d: number) => actors.map((a) => nameAt(a, d).en).join();
		let changes = 0;
		for (let d = day('1940-01-01'); d < day('2000-01-01'); d++) {
			if (names(d) === names(d - 1)) continue;
			changes++;
			expect(daysPassed(days, d)).toBe(daysPassed(days, d - 1) + 1);
		}
		// GAP reads B from 1961 (the nearest name after its first ends), USSR becomes Russia.
		expect(changes).toBe(2);
	});

	it('falls back to the nearest name outside every name period', () => {
		const prk = { ...rus, names: [{ from: '1948-09-09', en: 'DPRK', ja: '北朝鮮' }] } as Actor;
		expect(nameAt(prk, day('1948-01-01')).en).toBe('DPRK');
	});
});
