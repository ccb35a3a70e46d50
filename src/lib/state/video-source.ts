import {
	planPlayback,
	planStory,
	VIDEO_SIZES,
	type FramePlan,
	type StepUnit,
	type VideoSize
} from '$lib/core/export/video/frame-plan.ts';
import { frameSvg } from '$lib/core/export/video/frame-svg.ts';
import { specPicture } from '$lib/core/export/video/spec-picture.ts';
import { dataSpan } from '$lib/core/io/manifest.ts';
import type { Story } from '$lib/core/schema/index.ts';
import { dayToIso } from '$lib/core/time/partial-date.ts';
import { sceneViewSpec } from '$lib/core/view/scene-view.ts';
import type { ViewSpec } from '$lib/core/view/view-spec.ts';
import type { BaseMap } from '$lib/core/map/projection.ts';
import type { AppState } from './app-state.svelte.ts';

/** What a person asked to record. */
export type VideoChoice =
	| { source: 'playback'; from: number; to: number; unit: StepUnit; speed: number }
	| { source: 'story'; storyId: string; seconds: number };

/** A recording ready to run: its plan, how to draw each shot, and the file it makes. */
export interface VideoJob {
	plan: FramePlan<unknown>;
	width: number;
	height: number;
	draw(index: number): string;
	file: string;
}

/** Loads the base map (its own chunk) when the recording shows a view on the map layout. */
export async function baseMapFor(app: AppState, choice: VideoChoice): Promise<BaseMap | undefined> {
	const onMap =
		choice.source === 'playback'
			? app.spec.layout === 'map'
			: (storiesOf(app)
					.find((s) => s.id === choice.storyId)
					?.scenes.some((s) => s.view.layout === 'map') ?? false);
	if (!onMap) return undefined;
	return (await import('$lib/core/map/base-map.ts')).loadBaseMap();
}

export function storiesOf(app: AppState): readonly Story[] {
	return app.graph.data.stories ?? [];
}

/**
 * Plans a recording from the app's data and language. A playback keeps the filter on screen and
 * moves only the date; a story shows each scene's own view, its caption under the picture.
 * Throws a PlanError (or an Error naming the story) that the dialog shows as it is.
 */
export function videoJob(
	app: AppState,
	choice: VideoChoice,
	size: VideoSize,
	/** The base map, for frames whose view is on the map layout (see baseMapFor). */
	baseMap?: BaseMap
): VideoJob {
	const { width, height } = VIDEO_SIZES[size];
	const lang = app.lang;
	const frame = { lang, width, height, footnotes: false, baseMap };
	if (choice.source === 'playback') {
		const plan = planPlayback(choice);
		const base: ViewSpec = { ...app.spec, selection: null };
		const draw = (i: number) => {
			const at = dayToIso(plan.shots[i].item);
			const spec: ViewSpec = { ...base, time: { mode: 'instant', at } };
			return frameSvg(specPicture(app.graph, spec), {
				...frame,
				title: '',
				subtitle: '',
				dateBand: true
			});
		};
		const file = `tieline-${dayToIso(choice.from)}_${dayToIso(choice.to)}.webm`;
		return { plan, width, height, draw, file };
	}
	const story = storiesOf(app).find((s) => s.id === choice.storyId);
	if (!story) throw new Error(`no story "${choice.storyId}" in the data in view`);
	const plan = planStory(story.scenes, choice.seconds);
	const data = app.graph.data;
	const kinds = new Map<string, 'actor' | 'tie' | 'event'>();
	for (const a of data.actors) kinds.set(a.id, 'actor');
	for (const t of data.ties) kinds.set(t.id, 'tie');
	for (const e of data.events) kinds.set(e.id, 'event');
	const ctx = { span: dataSpan(data), kindOf: (id: string) => kinds.get(id) ?? null };
	const draw = (i: number) => {
		const scene = story.scenes[i];
		const { spec } = sceneViewSpec(scene.view, ctx);
		// The language and, when one is chosen, the theme in view, over the scene's own.
		const theme = app.spec.theme === 'colour' ? spec.theme : app.spec.theme;
		return frameSvg(specPicture(app.graph, { ...spec, lang, theme }), {
			...frame,
			title: story.title[lang],
			subtitle: scene.caption[lang]
		});
	};
	return { plan, width, height, draw, file: `tieline-story-${story.id}.webm` };
}
