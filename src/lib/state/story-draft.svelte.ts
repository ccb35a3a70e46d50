import type { Dataset } from '$lib/core/io/dataset.ts';
import type { DataIssue } from '$lib/core/io/issue.ts';
import type { SourceRef } from '$lib/core/schema/common.ts';
import type { Story } from '$lib/core/schema/story.ts';
import {
	emptyDraft,
	readDraft,
	storyReducer,
	type StoryAction,
	type StoryDraft
} from '$lib/core/story/story-edit.ts';
import { viewSpecScene, type LostField } from '$lib/core/view/view-scene.ts';
import type { ViewSpec } from '$lib/core/view/view-spec.ts';
import type { TemporalGraph } from '$lib/core/model/temporal-graph.ts';

/** Where the draft is kept between visits (the browser's local storage, or a test's map). */
export interface DraftPort {
	load(): string | null;
	save(text: string): void;
}

/**
 * The sources a saved view starts with: those of the item in focus and of the picked ties, so
 * the scene cites what it shows. The person edits the list; a scene with none is refused.
 */
export function viewSources(graph: TemporalGraph, spec: ViewSpec): SourceRef[] {
	const ids: string[] = [];
	const add = (refs: readonly SourceRef[] | undefined) =>
		refs?.forEach((r) => {
			const id = typeof r === 'string' ? r : r.id;
			if (!ids.includes(id)) ids.push(id);
		});
	const sel = spec.selection;
	if (sel?.type === 'actor') add(graph.actorsById.get(sel.id)?.sources);
	if (sel?.type === 'tie') add(graph.tiesById.get(sel.id)?.sources);
	if (sel?.type === 'event') add(graph.eventsById.get(sel.id)?.sources);
	for (const id of spec.picks.ties ?? []) add(graph.tiesById.get(id)?.sources);
	return ids;
}

/** The story being made in the app: every change kept at once, so a reload loses nothing. */
export class StoryDraftState {
	#draft = $state.raw<StoryDraft>(emptyDraft());
	/** What the last saved view could not keep, to be said beside the button. */
	#lost = $state.raw<LostField[]>([]);
	readonly #port: DraftPort;

	constructor(port: DraftPort) {
		this.#port = port;
		this.#draft = readDraft(port.load()) ?? emptyDraft();
	}

	get story(): Story {
		return this.#draft.story;
	}
	get canUndo() {
		return this.#draft.undo.length > 0;
	}
	get lost() {
		return this.#lost;
	}

	dispatch(action: StoryAction) {
		const next = storyReducer(this.#draft, action);
		if (next === this.#draft) return;
		this.#draft = next;
		this.#port.save(JSON.stringify(next));
	}

	/** "Save this view as a scene": the view in the app becomes the story's last scene. */
	addView(graph: TemporalGraph, spec: ViewSpec) {
		const { view, lost } = viewSpecScene(spec);
		this.#lost = lost;
		// Picked ties stay picks; `highlight` is for a person writing the file, who knows their dates.
		this.dispatch({ type: 'add', view, sources: viewSources(graph, spec) });
	}

	/**
	 * The file to download and every problem the loader would report in it. The YAML writer and
	 * reader load when a story is first downloaded, not with the page.
	 */
	async file(data: Dataset): Promise<{ name: string; text: string; issues: DataIssue[] }> {
		const [{ storyFileName, storyYaml }, { checkStoryFile }] = await Promise.all([
			import('$lib/core/story/story-yaml.ts'),
			import('$lib/core/story/check-story.ts')
		]);
		const name = storyFileName(this.story);
		const text = storyYaml(this.story);
		return { name, text, issues: checkStoryFile({ path: name, text }, data) };
	}
}
