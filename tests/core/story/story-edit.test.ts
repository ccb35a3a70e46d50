import { describe, expect, it } from 'vitest';
import {
	emptyDraft,
	readDraft,
	storyReducer,
	type StoryDraft
} from '../../../src/lib/core/story/story-edit.ts';

const add = (d: StoryDraft, at: string) =>
	storyReducer(d, { type: 'add', view: { at }, sources: ['s'] });
const dates = (d: StoryDraft) => d.story.scenes.map((s) => s.view.at);

describe('the story being made', () => {
	const three = add(add(add(emptyDraft(), '1961-07-11'), '1996-10-01'), '2024-06-19');

	it('adds scenes at the end with ids not yet used, texts empty', () => {
		expect(dates(three)).toEqual(['1961-07-11', '1996-10-01', '2024-06-19']);
		expect(three.story.scenes.map((s) => s.id)).toEqual(['scene-1', 'scene-2', 'scene-3']);
		const gone = storyReducer(three, { type: 'delete', index: 0 });
		expect(add(gone, '2000-01-01').story.scenes.map((s) => s.id)).toEqual([
			'scene-2',
			'scene-3',
			'scene-4'
		]);
		expect(three.story.scenes[0].caption).toEqual({ en: '', ja: '' });
	});

	it('moves a scene and refuses a move past either end', () => {
		const moved = storyReducer(three, { type: 'move', index: 2, by: -1 });
		expect(dates(moved)).toEqual(['1961-07-11', '2024-06-19', '1996-10-01']);
		expect(storyReducer(three, { type: 'move', index: 0, by: -1 })).toBe(three);
		expect(storyReducer(three, { type: 'move', index: 2, by: 1 })).toBe(three);
	});

	it('undoes a delete, a move and a new story, one step at a time', () => {
		let d = storyReducer(three, { type: 'delete', index: 1 });
		d = storyReducer(d, { type: 'move', index: 0, by: 1 });
		d = storyReducer(d, { type: 'new' });
		expect(d.story.scenes).toEqual([]);
		d = storyReducer(d, { type: 'undo' });
		expect(dates(d)).toEqual(['2024-06-19', '1961-07-11']);
		d = storyReducer(d, { type: 'undo' });
		d = storyReducer(d, { type: 'undo' });
		expect(d.story).toEqual(three.story);
	});

	it('edits one language of one text without an undo step per letter', () => {
		const d = storyReducer(three, {
			type: 'text',
			index: 1,
			field: 'notes',
			lang: 'ja',
			text: 'メモ'
		});
		expect(d.story.scenes[1].notes).toEqual({ en: '', ja: 'メモ' });
		expect(d.story.scenes[0].notes).toEqual({ en: '', ja: '' });
		expect(d.undo).toBe(three.undo);
		const t = storyReducer(d, { type: 'title', lang: 'en', text: 'Briefing' });
		expect(t.story.title).toEqual({ en: 'Briefing', ja: '無題のブリーフィング' });
	});

	it('ignores an index that is not a scene and never changes the draft it is given', () => {
		const before = JSON.stringify(three);
		expect(storyReducer(three, { type: 'delete', index: 3 })).toBe(three);
		expect(
			storyReducer(three, { type: 'text', index: -1, field: 'caption', lang: 'en', text: 'x' })
		).toBe(three);
		storyReducer(three, { type: 'delete', index: 0 });
		expect(JSON.stringify(three)).toBe(before);
		expect(storyReducer(emptyDraft(), { type: 'undo' }).undo).toEqual([]);
	});
});

describe('a draft kept in the browser', () => {
	it('reads back what was written, texts still empty, undo steps and all', () => {
		const d = storyReducer(add(emptyDraft(), '1961-07-11'), { type: 'delete', index: 0 });
		expect(readDraft(JSON.stringify(d))).toEqual(d);
		expect(readDraft('{"story":1}')).toBeNull();
		expect(readDraft('not json')).toBeNull();
		expect(readDraft(null)).toBeNull();
	});
});
