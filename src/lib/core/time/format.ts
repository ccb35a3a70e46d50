import type { Lang } from '../schema/common.ts';
import { partialDate, dayToIso } from './partial-date.ts';

const MONTHS_EN = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/** Shows a partial date with the precision it was written with: "Sep 2023", "2023年9月". */
export function formatPartialDate(iso: string, lang: Lang): string {
	const d = partialDate(iso);
	if (lang === 'ja') {
		if (d.precision === 'year') return `${d.year}年`;
		if (d.precision === 'month') return `${d.year}年${d.month}月`;
		return `${d.year}年${d.month}月${d.day}日`;
	}
	if (d.precision === 'year') return String(d.year);
	if (d.precision === 'month') return `${MONTHS_EN[d.month! - 1]} ${d.year}`;
	return `${d.day} ${MONTHS_EN[d.month! - 1]} ${d.year}`;
}

export function formatDay(day: number, lang: Lang): string {
	return formatPartialDate(dayToIso(day), lang);
}
