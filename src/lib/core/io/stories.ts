import { sourceRefId, type Scene, type Story } from '../schema/index.ts';
import { tieExtent } from '../time/lifecycle.ts';
import { dayToIso, isoToDay } from '../time/partial-date.ts';
import { sceneViewSpec } from '../view/scene-view.ts';
import type { Dataset } from './dataset.ts';
import { formatPath, type DataIssue } from './issue.ts';
import { dataSpan } from './manifest.ts';
import type { RawDocument } from './raw-input.ts';

/** A story that passed its schema, with where it was written. */
export interface StoryEntry {
	story: Story;
	doc: RawDocument;
	index: number;
}

/** The days a scene looks at: one day, or the two ends of a range or a comparison. */
function sceneDays(scene: Scene): { from: number; to: number; mode: 'at' | 'range' | 'compare' } {
	const v = scene.view;
	if (v.range) return { from: isoToDay(v.range.from)!, to: isoToDay(v.range.to)!, mode: 'range' };
	if (v.compare)
		return { from: isoToDay(v.compare.from)!, to: isoToDay(v.compare.to)!, mode: 'compare' };
	const day = isoToDay(v.at!)!;
	return { from: day, to: day, mode: 'at' };
}

const shownDay = (day: number) => (Number.isFinite(day) ? dayToIso(day) : 'today');

/**
 * Checks stories against the data they are told over: unique ids, scene views that make a view
 * of this data, sources in the registry, and highlighted ties that exist on the scene's date.
 * Ids in `brokenIds` (items that failed their own schema) are not reported again as missing.
 */
export function checkStories(
	entries: readonly StoryEntry[],
	data: Dataset,
	brokenIds: ReadonlySet<string> = new Set()
): DataIssue[] {
	const issues: DataIssue[] = [];
	const report = (entry: StoryEntry, field: (string | number)[], message: string) => {
		const path = ['stories', entry.index, ...field];
		issues.push({
			file: entry.doc.file,
			path: formatPath(path),
			message,
			...entry.doc.locate(path)
		});
	};
	const kinds = new Map<string, 'actor' | 'tie' | 'event'>();
	for (const a of data.actors) kinds.set(a.id, 'actor');
	for (const t of data.ties) kinds.set(t.id, 'tie');
	for (const e of data.events) kinds.set(e.id, 'event');
	const ties = new Map(data.ties.map((t) => [t.id, t]));
	const sourceIds = new Set(data.sources.map((s) => s.id));
	const span = dataSpan(data);
	// An id of an item that failed its schema is unknown here, but already reported there.
	const kindOf = (id: string) => kinds.get(id) ?? null;
	const storyIds = new Map<string, StoryEntry>();

	for (const entry of entries) {
		const { story } = entry;
		const first = storyIds.get(story.id);
		if (first) report(entry, ['id'], `story id "${story.id}" is already used in ${first.doc.file}`);
		else storyIds.set(story.id, entry);
		const sceneIds = new Set<string>();
		story.scenes.forEach((scene, s) => {
			const at = ['scenes', s];
			if (sceneIds.has(scene.id))
				report(entry, [...at, 'id'], `scene id "${scene.id}" is used twice in this story`);
			sceneIds.add(scene.id);
			const { problems } = sceneViewSpec(scene.view, { span, kindOf });
			for (const p of problems)
				if (!(p.id && brokenIds.has(p.id))) report(entry, [...at, 'view', ...p.path], p.message);
			scene.sources.forEach((ref, i) => {
				const id = sourceRefId(ref);
				if (!sourceIds.has(id) && !brokenIds.has(id))
					report(
						entry,
						[...at, 'sources', i],
						`cites source "${id}", which is not in the sources registry`
					);
			});
			const days = sceneDays(scene);
			scene.highlight?.forEach((id, i) => {
				const where = [...at, 'highlight', i];
				const tie = ties.get(id);
				if (!tie) {
					if (!brokenIds.has(id)) report(entry, where, `"${id}" is not a tie in the data`);
					return;
				}
				if (scene.view.hide?.includes(tie.kind as never))
					report(entry, where, `tie "${id}" is a ${tie.kind}, a kind this scene hides`);
				const extent = tieExtent(tie);
				if (!extent) {
					report(entry, where, `tie "${id}" has no dates, so it is never drawn`);
					return;
				}
				const on = (d: number) => d >= extent.start && d <= extent.end;
				const shown =
					days.mode === 'range'
						? extent.start <= days.to && extent.end >= days.from
						: on(days.from) || on(days.to);
				if (!shown) {
					const when =
						days.mode === 'at'
							? `on ${dayToIso(days.from)}`
							: `${days.mode === 'range' ? 'between' : 'on either of'} ${dayToIso(days.from)} and ${dayToIso(days.to)}`;
					report(
						entry,
						where,
						`tie "${id}" does not exist ${when}: it runs from ${shownDay(extent.start)} to ${shownDay(extent.end)}`
					);
				}
			});
		});
	}
	return issues;
}
