import { addMonths } from '../time/partial-date.ts';

/**
 * The days from `from` to `to` (inclusive) a step of `months` apart. Each is counted from `from`
 * (not from the step before) so that a month-end start does not drift: 31 Jan, 28 Feb, 31 Mar.
 */
export function stepDays(from: number, to: number, months: number): number[] {
	if (!Number.isInteger(months) || months < 1)
		throw new RangeError(`analysis/step-days: months must be a whole number ≥ 1, got ${months}.`);
	const out: number[] = [];
	for (let k = 0, d = from; d <= to; k++, d = addMonths(from, k * months)) out.push(d);
	return out;
}

/** `year`, `month` or `N-months` (e.g. `3-months`) as a number of months, or null. */
export function parseStep(text: string): number | null {
	if (text === 'year') return 12;
	if (text === 'month') return 1;
	const m = /^([1-9]\d{0,2})-months?$/.exec(text);
	return m ? Number(m[1]) : null;
}
