import type { ScopeWhen } from '../export/scope.ts';
import { isoToDay } from '../time/partial-date.ts';
import { param } from './tool.ts';

export type TimeMode = 'at' | 'range';

/** The time parameters shared by tools that look at a day or a range: mode, at, from, to. */
export function timeParameters() {
	return {
		mode: param.choice<['at', 'range']>(
			{ en: 'Time', ja: '時点' },
			[
				{ id: 'at', name: { en: 'On a date', ja: '日付' } },
				{ id: 'range', name: { en: 'Over a range', ja: '期間' } }
			],
			'at'
		),
		at: param.date(
			{ en: 'Date', ja: '日付' },
			{ fromView: 'date', visibleWhen: { param: 'mode', equals: ['at'] } }
		),
		from: param.date(
			{ en: 'From', ja: '開始' },
			{ fromView: 'range-from', visibleWhen: { param: 'mode', equals: ['range'] } }
		),
		to: param.date(
			{ en: 'To', ja: '終了' },
			{ fromView: 'range-to', visibleWhen: { param: 'mode', equals: ['range'] } }
		)
	};
}

interface TimeValues {
	mode: TimeMode;
	at?: string;
	from?: string;
	to?: string;
}

/** The check a tool with time parameters runs: the chosen mode has its dates, in order. */
export function checkTime(
	p: TimeValues
): { param: 'at' | 'from' | 'to'; message: string } | undefined {
	if (p.mode === 'at') return p.at ? undefined : { param: 'at', message: 'give a date' };
	if (!p.from) return { param: 'from', message: 'a range needs a start date' };
	if (!p.to) return { param: 'to', message: 'a range needs an end date' };
	if (isoToDay(p.from)! > isoToDay(p.to)!)
		return { param: 'to', message: `the range is empty: ${p.from} is after ${p.to}` };
	return undefined;
}

/** The time part of a scope descriptor. */
export function scopeWhen(p: TimeValues): ScopeWhen {
	return p.mode === 'at' ? { at: p.at! } : { from: p.from!, to: p.to! };
}
