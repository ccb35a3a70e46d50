import type { Lang } from '../schema/common.ts';
import { dayNumber, dayToIso } from './partial-date.ts';

export interface Tick {
	day: number;
	label: string;
	/** A major tick starts a larger period (a decade among years, a year among months). */
	major: boolean;
}

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/**
 * Tick marks for a span of days drawn `width` pixels wide: decades, years or months, as many as
 * fit with about `minGap` pixels between labels.
 */
export function ticks(from: number, to: number, width: number, lang: Lang, minGap = 64): Tick[] {
	const days = Math.max(1, to - from);
	const pxPerYear = (width / days) * 365.25;
	const y0 = Number(dayToIso(from).slice(0, 4));
	const y1 = Number(dayToIso(to).slice(0, 4));
	const out: Tick[] = [];
	if (pxPerYear >= minGap * 3) {
		// Months: every 1, 2, 3 or 6 months, whichever fits.
		const every = [1, 2, 3, 6].find((n) => (pxPerYear / 12) * n >= minGap) ?? 6;
		for (let y = y0; y <= y1; y++) {
			for (let m = 1; m <= 12; m += every) {
				const day = dayNumber(y, m, 1);
				if (day < from || day > to) continue;
				const major = m === 1;
				const month = lang === 'ja' ? `${m}月` : MONTHS_EN[m - 1];
				out.push({ day, label: major ? (lang === 'ja' ? `${y}年` : String(y)) : month, major });
			}
		}
		return out;
	}
	const every = [1, 2, 5, 10, 20, 50].find((n) => pxPerYear * n >= minGap) ?? 50;
	for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
		const day = dayNumber(y, 1, 1);
		if (day < from || day > to) continue;
		out.push({ day, label: lang === 'ja' ? `${y}年` : String(y), major: y % 10 === 0 });
	}
	return out;
}
