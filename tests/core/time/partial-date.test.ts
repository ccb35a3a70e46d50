import { describe, expect, it } from 'vitest';
import {
	todayDay,
	addMonths,
	addYears,
	dayNumber,
	dayToIso,
	daysInMonth,
	firstDay,
	isoToDay,
	lastDay,
	parsePartialDate,
	partialDate
} from '../../../src/lib/core/time/partial-date.ts';
import { formatDay, formatPartialDate } from '../../../src/lib/core/time/format.ts';

const day = (iso: string) => {
	const d = isoToDay(iso);
	if (d === null) throw new Error(`not a day: ${iso}`);
	return d;
};
const errorOf = (text: string) => {
	const parsed = parsePartialDate(text);
	return 'error' in parsed ? parsed.error : undefined;
};

describe('parsePartialDate', () => {
	it('parses year, month and day precision', () => {
		expect(parsePartialDate('1961')).toEqual({ iso: '1961', precision: 'year', year: 1961 });
		expect(parsePartialDate('2023-09')).toEqual({
			iso: '2023-09',
			precision: 'month',
			year: 2023,
			month: 9
		});
		expect(parsePartialDate('2024-06-19')).toEqual({
			iso: '2024-06-19',
			precision: 'day',
			year: 2024,
			month: 6,
			day: 19
		});
	});

	it('rejects a month 13 and names it', () => {
		expect(errorOf('1961-13')).toMatch(/no month 13/);
		expect(errorOf('1961-00')).toMatch(/no month 00/);
	});

	it('rejects 29 February in a common year, accepts it in a leap year', () => {
		expect(errorOf('2023-02-29')).toMatch(/not a calendar day.*28 days/);
		expect(errorOf('1900-02-29')).toMatch(/28 days/);
		expect(errorOf('2024-02-29')).toBeUndefined();
		expect(errorOf('2000-02-29')).toBeUndefined();
		expect(errorOf('2024-04-31')).toMatch(/30 days/);
		expect(errorOf('2024-01-00')).toMatch(/not a calendar day/);
	});

	it('rejects two-digit years, unpadded parts and other shapes', () => {
		for (const bad of [
			'61-09-10',
			'1961-9-10',
			'1961-09-1',
			'1961-9',
			'',
			'1961-09-10T00:00',
			' 1961',
			'1961/09/10',
			'19610910'
		]) {
			expect(errorOf(bad), bad).toMatch(/is not an ISO date/);
		}
	});

	it('partialDate throws a RangeError carrying the explanation', () => {
		expect(() => partialDate('2023-02-29')).toThrow(RangeError);
		expect(() => partialDate('2023-02-29')).toThrow(/28 days/);
		expect(partialDate('1996').precision).toBe('year');
	});
});

describe('firstDay / lastDay', () => {
	it('turns a month into 1 Sep .. 30 Sep', () => {
		const d = partialDate('2023-09');
		expect(dayToIso(firstDay(d))).toBe('2023-09-01');
		expect(dayToIso(lastDay(d))).toBe('2023-09-30');
	});

	it('turns a year into 1 Jan .. 31 Dec', () => {
		const d = partialDate('1996');
		expect(dayToIso(firstDay(d))).toBe('1996-01-01');
		expect(dayToIso(lastDay(d))).toBe('1996-12-31');
		expect(lastDay(d) - firstDay(d)).toBe(365); // 1996 is a leap year: 366 days
		expect(lastDay(partialDate('1997')) - firstDay(partialDate('1997'))).toBe(364);
	});

	it('knows February of leap and common years', () => {
		expect(dayToIso(lastDay(partialDate('2024-02')))).toBe('2024-02-29');
		expect(dayToIso(lastDay(partialDate('2023-02')))).toBe('2023-02-28');
		expect(dayToIso(lastDay(partialDate('2000-02')))).toBe('2000-02-29');
		expect(dayToIso(lastDay(partialDate('2100-02')))).toBe('2100-02-28');
		expect(dayToIso(firstDay(partialDate('2024-02')))).toBe('2024-02-01');
	});

	it('a full day is its own first and last day', () => {
		const d = partialDate('2024-06-19');
		expect(firstDay(d)).toBe(lastDay(d));
		expect(dayToIso(firstDay(d))).toBe('2024-06-19');
	});

	it('daysInMonth', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
			31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
		]);
		expect(daysInMonth(2024, 2)).toBe(29);
	});
});

describe('day numbers', () => {
	it('count as a UTC Date does, months and days out of range running on', () => {
		const byDate = (y: number, m: number, d: number) => {
			const date = new Date(0);
			date.setUTCFullYear(y, m - 1, d);
			return Math.round(date.getTime() / 86_400_000);
		};
		const years = [-801, -400, -101, -1, 0, 1, 4, 99, 100, 1582, 1899, 1900, 1969, 1970];
		years.push(1999, 2000, 2023, 2024, 2100, 2400, 9999);
		for (const y of years)
			for (let m = -13; m <= 26; m++)
				for (const d of [-31, -1, 0, 1, 15, 28, 29, 30, 31, 32, 61])
					expect(dayNumber(y, m, d), `${y}-${m}-${d}`).toBe(byDate(y, m, d));
		for (const y of years)
			for (let m = 1; m <= 12; m++)
				expect(daysInMonth(y, m), `${y}-${m}`).toBe(byDate(y, m + 1, 0) - byDate(y, m, 0));
	});

	it('counts days from 1970-01-01', () => {
		expect(day('1970-01-01')).toBe(0);
		expect(day('1970-01-02')).toBe(1);
		expect(day('1969-12-31')).toBe(-1);
		expect(day('2000-01-01')).toBe(10957);
		expect(day('1961-09-10')).toBe(-3035);
		expect(dayNumber(1961, 9, 10)).toBe(-3035);
	});

	it('round-trips ISO days before 1970, around leap days and far in the future', () => {
		const samples = [
			'1000-01-01',
			'1582-10-15',
			'1900-02-28',
			'1900-03-01',
			'1945-08-15',
			'1961-09-10',
			'1969-12-31',
			'1970-01-01',
			'1991-12-25',
			'1991-12-26',
			'2000-02-29',
			'2024-02-29',
			'2024-12-31',
			'2100-03-01',
			'3000-12-31',
			'9999-12-31'
		];
		for (const iso of samples) expect(dayToIso(day(iso)), iso).toBe(iso);
	});

	it('round-trips every day of 1900..2100 and consecutive days differ by one', () => {
		const bad: string[] = [];
		let prevIso = '1899-12-31';
		let count = 0;
		for (let d = day('1900-01-01'); d <= day('2100-12-31'); d++, count++) {
			const iso = dayToIso(d);
			if (isoToDay(iso) !== d || iso <= prevIso) bad.push(`${d} -> ${iso}`);
			prevIso = iso;
		}
		expect(bad).toEqual([]);
		expect(count).toBe(73414); // 201 years, 49 of them leap (1900 and 2100 are not)
	});

	it('ISO order equals day order', () => {
		const isos = ['1961-09-10', '1961-09-09', '1996-12-31', '1997-01-01', '1950-02-14'];
		const byText = [...isos].sort();
		const byDay = [...isos].sort((a, b) => day(a) - day(b));
		expect(byDay).toEqual(byText);
	});

	it('isoToDay accepts only full calendar days', () => {
		expect(isoToDay('1995-06-01')).toBe(9282);
		expect(isoToDay('1995-06')).toBeNull();
		expect(isoToDay('1995')).toBeNull();
		expect(isoToDay('1995-6-1')).toBeNull();
		expect(isoToDay('2023-02-29')).toBeNull();
		expect(isoToDay('')).toBeNull();
	});

	// Date.UTC maps years 0..99 to 1900..1999, so year 0050 becomes 1950.
	it('keeps years below 100 (proleptic Gregorian), e.g. 0050-06-01', () => {
		expect(dayToIso(day('0050-06-01'))).toBe('0050-06-01');
	});
});

describe('today', () => {
	it('is the UTC calendar day of the moment, as a day number', () => {
		expect(todayDay(new Date('2026-12-05T00:00:00Z'))).toBe(isoToDay('2026-12-05'));
		expect(todayDay(new Date('2026-12-05T23:59:59Z'))).toBe(isoToDay('2026-12-05'));
		expect(todayDay(new Date('2026-12-06T00:00:00Z'))).toBe(isoToDay('2026-12-05')! + 1);
	});
});

describe('addMonths / addYears', () => {
	it('clamps the day to the end of a shorter month', () => {
		expect(dayToIso(addMonths(day('2023-01-31'), 1))).toBe('2023-02-28');
		expect(dayToIso(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
		expect(dayToIso(addMonths(day('2024-03-31'), 1))).toBe('2024-04-30');
		expect(dayToIso(addMonths(day('2024-03-31'), -1))).toBe('2024-02-29');
	});

	it('crosses year boundaries both ways', () => {
		expect(dayToIso(addMonths(day('2023-11-15'), 3))).toBe('2024-02-15');
		expect(dayToIso(addMonths(day('2024-01-15'), -1))).toBe('2023-12-15');
		expect(dayToIso(addMonths(day('1969-12-31'), 2))).toBe('1970-02-28');
		expect(dayToIso(addMonths(day('1961-09-10'), 0))).toBe('1961-09-10');
	});

	it('addYears moves 29 Feb to 28 Feb in a common year', () => {
		expect(dayToIso(addYears(day('2024-02-29'), 1))).toBe('2025-02-28');
		expect(dayToIso(addYears(day('2024-02-29'), 4))).toBe('2028-02-29');
		expect(dayToIso(addYears(day('1961-09-10'), -10))).toBe('1951-09-10');
	});
});

describe('format', () => {
	it('shows the precision as written, in English and Japanese', () => {
		expect(formatPartialDate('2023-09', 'en')).toBe('Sep 2023');
		expect(formatPartialDate('1996', 'en')).toBe('1996');
		expect(formatPartialDate('2024-06-19', 'en')).toBe('19 Jun 2024');
		expect(formatPartialDate('2023-09', 'ja')).toBe('2023年9月');
		expect(formatPartialDate('1996', 'ja')).toBe('1996年');
		expect(formatPartialDate('2024-06-09', 'ja')).toBe('2024年6月9日');
		expect(formatDay(day('1991-12-26'), 'en')).toBe('26 Dec 1991');
	});
});
