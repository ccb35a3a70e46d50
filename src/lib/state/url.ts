import type { Lang } from '$lib/core/schema/common.ts';
import { dayToIso, isoToDay } from '$lib/core/time/partial-date.ts';

/** The view as it lives in the URL. Pure, so it is tested in Node. */
export interface ViewParams {
	day: number;
	lang: Lang;
	selected: string | null;
}

export interface UrlProblem {
	param: string;
	value: string;
	fallback: string;
}

export interface ParsedView {
	view: ViewParams;
	problems: UrlProblem[];
}

/** Reads `?at=YYYY-MM-DD&lang=ja&sel=ID`; a malformed value falls back and is reported. */
export function parseViewParams(
	search: string,
	defaults: ViewParams,
	span: { start: number; end: number },
	isKnownId: (id: string) => boolean
): ParsedView {
	const params = new URLSearchParams(search);
	const problems: UrlProblem[] = [];
	const view = { ...defaults };
	const at = params.get('at');
	if (at !== null) {
		const day = isoToDay(at);
		if (day === null) problems.push({ param: 'at', value: at, fallback: dayToIso(defaults.day) });
		else if (day < span.start || day > span.end) {
			const clamped = Math.min(Math.max(day, span.start), span.end);
			problems.push({ param: 'at', value: at, fallback: dayToIso(clamped) });
			view.day = clamped;
		} else view.day = day;
	}
	const lang = params.get('lang');
	if (lang !== null) {
		if (lang === 'en' || lang === 'ja') view.lang = lang;
		else problems.push({ param: 'lang', value: lang, fallback: defaults.lang });
	}
	const sel = params.get('sel');
	if (sel !== null) {
		if (isKnownId(sel)) view.selected = sel;
		else problems.push({ param: 'sel', value: sel, fallback: '—' });
	}
	return { view, problems };
}

export function viewSearch(view: ViewParams): string {
	const p = new URLSearchParams();
	p.set('at', dayToIso(view.day));
	if (view.lang !== 'en') p.set('lang', view.lang);
	if (view.selected) p.set('sel', view.selected);
	return '?' + p.toString();
}
