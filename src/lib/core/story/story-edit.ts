import { z } from 'zod';
import { SourceRef, type Lang } from '../schema/common.ts';
import { SceneView, type Scene, type Story } from '../schema/story.ts';

/**
 * A story being made in the app, and the steps back from it. Texts may still be empty here; the
 * loader's checks say what is missing before the story is downloaded.
 */
export interface StoryDraft {
	story: Story;
	/** Earlier stories, the latest last: every add, move, delete and new story can be undone. */
	undo: Story[];
}

export type StoryAction =
	| { type: 'title'; lang: Lang; text: string }
	| { type: 'id'; id: string }
	| { type: 'add'; view: SceneView; sources: SourceRef[]; highlight?: string[] }
	| { type: 'text'; index: number; field: 'caption' | 'notes'; lang: Lang; text: string }
	| { type: 'sources'; index: number; sources: SourceRef[] }
	| { type: 'move'; index: number; by: -1 | 1 }
	| { type: 'delete'; index: number }
	| { type: 'new' }
	| { type: 'undo' };

/** How many steps back are kept. */
const UNDO_DEPTH = 50;

export function emptyStory(): Story {
	return {
		id: 'my-briefing',
		title: { en: 'Untitled briefing', ja: '無題のブリーフィング' },
		scenes: []
	};
}

export function emptyDraft(): StoryDraft {
	return { story: emptyStory(), undo: [] };
}

/** A scene id not yet used in the story: scene-1, scene-2… */
function freshSceneId(scenes: readonly Scene[]): string {
	const used = new Set(scenes.map((s) => s.id));
	let n = scenes.length + 1;
	while (used.has(`scene-${n}`)) n++;
	return `scene-${n}`;
}

function withScenes(story: Story, scenes: Scene[]): Story {
	return { ...story, scenes };
}

/** The next draft after an action; the draft given is never changed. */
export function storyReducer(draft: StoryDraft, action: StoryAction): StoryDraft {
	const { story } = draft;
	const n = story.scenes.length;
	/** A change that can be undone. */
	const step = (next: Story): StoryDraft => ({
		story: next,
		undo: [...draft.undo, story].slice(-UNDO_DEPTH)
	});
	/** A change of text: typed letter by letter, so not a step of its own. */
	const edit = (next: Story): StoryDraft => ({ story: next, undo: draft.undo });
	const inRange = (i: number) => Number.isInteger(i) && i >= 0 && i < n;

	switch (action.type) {
		case 'title':
			return edit({ ...story, title: { ...story.title, [action.lang]: action.text } });
		case 'id':
			return edit({ ...story, id: action.id });
		case 'add': {
			const scene: Scene = {
				id: freshSceneId(story.scenes),
				view: action.view,
				caption: { en: '', ja: '' },
				notes: { en: '', ja: '' },
				...(action.highlight?.length ? { highlight: action.highlight } : {}),
				sources: action.sources
			};
			return step(withScenes(story, [...story.scenes, scene]));
		}
		case 'text': {
			if (!inRange(action.index)) return draft;
			const scenes = story.scenes.map((s, i) =>
				i === action.index
					? { ...s, [action.field]: { ...s[action.field], [action.lang]: action.text } }
					: s
			);
			return edit(withScenes(story, scenes));
		}
		case 'sources': {
			if (!inRange(action.index)) return draft;
			const scenes = story.scenes.map((s, i) =>
				i === action.index ? { ...s, sources: action.sources } : s
			);
			return edit(withScenes(story, scenes));
		}
		case 'move': {
			const to = action.index + action.by;
			if (!inRange(action.index) || !inRange(to)) return draft;
			const scenes = [...story.scenes];
			[scenes[action.index], scenes[to]] = [scenes[to], scenes[action.index]];
			return step(withScenes(story, scenes));
		}
		case 'delete':
			if (!inRange(action.index)) return draft;
			return step(
				withScenes(
					story,
					story.scenes.filter((_, i) => i !== action.index)
				)
			);
		case 'new':
			return step(emptyStory());
		case 'undo': {
			const last = draft.undo.at(-1);
			return last ? { story: last, undo: draft.undo.slice(0, -1) } : draft;
		}
	}
}

/** Texts as a draft holds them: possibly still empty. */
const DraftText = z.strictObject({ en: z.string(), ja: z.string() });
const DraftStory = z.strictObject({
	id: z.string(),
	title: DraftText,
	summary: DraftText.optional(),
	scenes: z.array(
		z.strictObject({
			id: z.string(),
			view: SceneView,
			caption: DraftText,
			notes: DraftText,
			highlight: z.array(z.string()).optional(),
			sources: z.array(SourceRef)
		})
	)
});
const Draft = z.strictObject({ story: DraftStory, undo: z.array(DraftStory) });

/** A draft kept in the browser, read back; null when it is missing or not a draft. */
export function readDraft(text: string | null): StoryDraft | null {
	if (!text) return null;
	try {
		const parsed = Draft.safeParse(JSON.parse(text));
		return parsed.success ? (parsed.data as StoryDraft) : null;
	} catch {
		return null;
	}
}
