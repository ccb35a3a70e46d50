import { t } from '../i18n/messages.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { Lang } from '../schema/common.ts';
import { formatPartialDate } from '../time/format.ts';
import { isoToDay } from '../time/partial-date.ts';
import { nameAt } from '../time/lifecycle.ts';
import type { PathResult } from './paths-tool.ts';
import type { TimeMode } from './time-params.ts';

interface When {
	mode: TimeMode;
	at?: string;
	from?: string;
	to?: string;
}

/** An actor's name in force on the date (or at the end of the range), in the language asked. */
function actorName(graph: TemporalGraph, id: string, when: When, lang: Lang): string {
	const actor = graph.actorsById.get(id);
	if (!actor) return id;
	const iso = when.mode === 'at' ? when.at : when.to;
	return nameAt(actor, iso ? isoToDay(iso)! : Infinity)[lang];
}

function dates(when: When, lang: Lang) {
	const show = (iso: string | undefined) => (iso ? formatPartialDate(iso, lang) : '');
	return { date: show(when.at), start: show(when.from), end: show(when.to) };
}

/** One sentence for a path result, with names and dates in the person's language. */
export function pathResultText(
	graph: TemporalGraph,
	result: PathResult,
	when: When,
	lang: Lang
): string {
	if (result.found) {
		return t(lang, result.truncated ? 'pathFoundMore' : 'pathFound', {
			length: result.length,
			n: result.paths.length
		});
	}
	const d = dates(when, lang);
	if (result.reason === 'absent') {
		return result.absent.map((id) => absentText(graph, id, when, lang)).join(' ');
	}
	return t(lang, when.mode === 'at' ? 'pathNoneAt' : 'pathNoneRange', {
		...d,
		from: actorName(graph, result.source, when, lang),
		to: actorName(graph, result.target, when, lang)
	});
}

/** The sentence for an actor that does not exist on the date or in the range (ego, paths). */
export function absentText(graph: TemporalGraph, id: string, when: When, lang: Lang): string {
	return t(lang, when.mode === 'at' ? 'actorAbsentAt' : 'actorAbsentRange', {
		...dates(when, lang),
		actor: actorName(graph, id, when, lang)
	});
}
