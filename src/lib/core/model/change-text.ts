import type { Lang } from '../schema/common.ts';
import { t } from '../i18n/messages.ts';
import { vocab } from '../i18n/vocabulary.ts';
import { formatDay } from '../time/format.ts';
import type { SnapshotDiff } from './temporal-graph.ts';

/** Lines that say, in words, what a date step changed: what a screen reader announces. */
export function changeLines(diff: SnapshotDiff, lang: Lang): string[] {
	const lines: string[] = [];
	for (const { tie, status } of diff.addedTies) {
		const key =
			status === 'signed' ? 'chgSigned' : status === 'in-force' ? 'chgInForce' : 'chgBegan';
		lines.push(t(lang, key, { title: tie.title[lang] }));
	}
	for (const tie of diff.removedTies) {
		const how = tie.ended ? vocab(tie.ended.how, lang) : vocab('ended', lang);
		lines.push(t(lang, 'chgEnded', { title: tie.title[lang], how }));
	}
	for (const { tie, before, after } of diff.changedTies) {
		lines.push(
			t(lang, 'chgStatus', {
				title: tie.title[lang],
				before: vocab(before, lang),
				after: vocab(after, lang)
			})
		);
	}
	for (const { actor, before, after } of diff.renamedActors) {
		lines.push(t(lang, 'chgRenamed', { before: before[lang], after: after[lang], id: actor.id }));
	}
	return lines;
}

/** One sentence for a live region: the date, then at most `max` changes. */
export function announceDiff(diff: SnapshotDiff, lang: Lang, max = 4): string {
	const date = formatDay(diff.to, lang);
	const lines = changeLines(diff, lang);
	if (lines.length === 0) return t(lang, 'chgNone', { date });
	const shown = lines.slice(0, max);
	if (lines.length > max) shown.push(t(lang, 'chgMore', { n: lines.length - max }));
	return `${date} — ${shown.join(lang === 'ja' ? '。' : '; ')}`;
}
