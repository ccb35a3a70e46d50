import { dayToIso, isoToDay } from '$lib/core/time/partial-date.ts';
import type { UrlProblem } from './url.ts';

export interface TimeParams {
	mode: 'instant' | 'range' | 'compare';
	/** Range start, or date A. */
	anchor: number;
	/** Range end, or date B. */
	cursor: number;
	ghosts: boolean;
}

/**
 * Reads `?from=…&to=…` (range), `?compare=A..B` and `ghosts=1`. A malformed value falls back to
 * the instant view and is reported, like the other parameters.
 */
export function parseTimeParams(
	search: string,
	span: { start: number; end: number }
): { params: TimeParams; problems: UrlProblem[] } {
	const q = new URLSearchParams(search);
	const problems: UrlProblem[] = [];
	const params: TimeParams = {
		mode: 'instant',
		anchor: 0,
		cursor: 0,
		ghosts: q.get('ghosts') === '1'
	};
	const clamp = (d: number) => Math.min(Math.max(d, span.start), span.end);
	const from = q.get('from');
	const to = q.get('to');
	if (from !== null || to !== null) {
		const a = isoToDay(from ?? '');
		const b = isoToDay(to ?? '');
		if (a === null || b === null || a > b) {
			problems.push({ param: 'from/to', value: `${from ?? ''}..${to ?? ''}`, fallback: '—' });
		} else Object.assign(params, { mode: 'range', anchor: clamp(a), cursor: clamp(b) });
	}
	const compare = q.get('compare');
	if (compare !== null) {
		const [a, b] = compare.split('..').map((s) => isoToDay(s));
		if (a == null || b == null) problems.push({ param: 'compare', value: compare, fallback: '—' });
		else Object.assign(params, { mode: 'compare', anchor: clamp(a), cursor: clamp(b) });
	}
	return { params, problems };
}

export function writeTimeParams(base: string, p: TimeParams): string {
	const q = new URLSearchParams(base);
	if (p.mode === 'range') {
		q.delete('at');
		q.set('from', dayToIso(Math.min(p.anchor, p.cursor)));
		q.set('to', dayToIso(Math.max(p.anchor, p.cursor)));
	}
	if (p.mode === 'compare') {
		q.delete('at');
		q.set('compare', `${dayToIso(p.anchor)}..${dayToIso(p.cursor)}`);
	}
	if (p.ghosts) q.set('ghosts', '1');
	return '?' + q.toString().replace(/%2F/g, '/');
}
