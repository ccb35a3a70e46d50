import type { Lang } from '$lib/core/schema/common.ts';
import { t, type MessageKey } from '$lib/core/i18n/messages.ts';
import { formatDay } from '$lib/core/time/format.ts';
import { isoToDay } from '$lib/core/time/partial-date.ts';
import type { UrlProblem } from '$lib/core/view/url-decode.ts';

/** What a parameter falls back to when its value is dropped, in words. */
const SHOWN: Record<string, MessageKey> = {
	hide: 'shownAllKinds',
	xa: 'shownAllActors',
	sel: 'shownNoSelection',
	pa: 'shownNoPick',
	pt: 'shownNoPick',
	closed: 'shownPanels',
	win: 'shownWholeSpan',
	cam: 'shownWholeGraph',
	at: 'shownRange',
	'from/to': 'shownComparison'
};

const REASON: Record<UrlProblem['reason'], MessageKey> = {
	invalid: 'urlInvalid',
	outside: 'urlOutside',
	'unknown-id': 'urlUnknownId',
	'unknown-param': 'urlUnknownParam',
	conflict: 'urlConflict'
};

/** A notice that names the value that was not used and what is shown instead. */
export function noticeText(
	p: UrlProblem,
	lang: Lang,
	span?: { start: number; end: number }
): string {
	const day = isoToDay(p.shown);
	const shown =
		day !== null
			? formatDay(day, lang)
			: p.shown === '—'
				? t(lang, SHOWN[p.param] ?? 'shownDefault')
				: p.shown;
	const vars: Record<string, string> = { param: p.param, value: p.value, shown };
	if (span)
		Object.assign(vars, { from: formatDay(span.start, lang), to: formatDay(span.end, lang) });
	return t(lang, REASON[p.reason], vars);
}
