/**
 * Partial ISO 8601 calendar dates (`1961`, `2023-09`, `2024-06-19`) and the integer day numbers the
 * model computes with. Day numbers count days since 1970-01-01 in the proleptic Gregorian
 * calendar; they never pass through local time, so no time zone can shift a day.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
	readonly iso: string;
	readonly precision: Precision;
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

/** A UTC date; setUTCFullYear keeps years 0–99 as written (Date.UTC maps them to 1900–1999). */
function utc(year: number, monthIndex: number, day: number): Date {
	const d = new Date(0);
	d.setUTCFullYear(year, monthIndex, day);
	return d;
}

export function daysInMonth(year: number, month: number): number {
	return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Parses a partial ISO date; returns an explanation instead of throwing on bad input. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
	const m = PATTERN.exec(text);
	if (!m) return { error: `"${text}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
	const year = Number(m[1]);
	if (m[2] === undefined) return { iso: text, precision: 'year', year };
	const month = Number(m[2]);
	if (month < 1 || month > 12) return { error: `"${text}" has no month ${m[2]}` };
	if (m[3] === undefined) return { iso: text, precision: 'month', year, month };
	const day = Number(m[3]);
	if (day < 1 || day > daysInMonth(year, month)) {
		return {
			error: `"${text}" is not a calendar day (${year}-${m[2]} has ${daysInMonth(year, month)} days)`
		};
	}
	return { iso: text, precision: 'day', year, month, day };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
	return !('error' in value);
}

/** Parses a date the caller has already validated; throws on bad input. */
export function partialDate(text: string): PartialDate {
	const parsed = parsePartialDate(text);
	if (!isPartialDate(parsed)) throw new RangeError(parsed.error);
	return parsed;
}

/**
 * Days since 1970-01-01 of a day of the proleptic Gregorian calendar, as a UTC `Date` counts
 * them (a month or day out of range runs on into the next, as there), worked out by arithmetic
 * (H. Hinnant's days_from_civil): reading 10,000 ties' dates made a `Date` for each of them.
 */
export function dayNumber(year: number, month: number, day: number): number {
	const carry = Math.floor((month - 1) / 12);
	const y = year + carry - (month - carry * 12 <= 2 ? 1 : 0);
	const m = month - carry * 12;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
	return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The first day of the period a partial date names: `2023-09` starts on 2023-09-01. */
export function firstDay(date: PartialDate): number {
	return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day of the period a partial date names: `2023-09` lasts to 2023-09-30. */
export function lastDay(date: PartialDate): number {
	if (date.precision === 'year') return dayNumber(date.year, 12, 31);
	if (date.precision === 'month')
		return dayNumber(date.year, date.month!, daysInMonth(date.year, date.month!));
	return dayNumber(date.year, date.month!, date.day!);
}

export function dayToIso(day: number): string {
	const d = new Date(day * MS_PER_DAY);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + 1;
	const dd = d.getUTCDate();
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** Parses a full calendar day (`YYYY-MM-DD`) to a day number, or null when it is not one. */
export function isoToDay(text: string): number | null {
	const parsed = parsePartialDate(text);
	if (!isPartialDate(parsed) || parsed.precision !== 'day') return null;
	return firstDay(parsed);
}

/** Today (by UTC) as a day number: the day the app's views call today. */
export function todayDay(now: Date = new Date()): number {
	return isoToDay(now.toISOString().slice(0, 10))!;
}

export function addMonths(day: number, months: number): number {
	const d = new Date(day * MS_PER_DAY);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + months;
	const target = utc(y, m, 1);
	const dim = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1);
	return dayNumber(
		target.getUTCFullYear(),
		target.getUTCMonth() + 1,
		Math.min(d.getUTCDate(), dim)
	);
}

export function addYears(day: number, years: number): number {
	return addMonths(day, years * 12);
}
