import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { storyFileName, storyYaml } from '../../../src/lib/core/story/story-yaml.ts';
import { emptyDraft, storyReducer } from '../../../src/lib/core/story/story-edit.ts';
import { viewSpecScene } from '../../../src/lib/core/view/view-scene.ts';
import { defaultSpec } from '../../../src/lib/core/view/view-spec.ts';

const data = readGraphData('graph-data');

/** A story made as the app makes one: two views saved, worded, reordered. */
function madeStory() {
	let d = emptyDraft();
	const first = {
		...defaultSpec('2024-06-19'),
		selection: { type: 'tie', id: 'rus-prk-2024-treaty' }
	} as const;
	const second = {
		...defaultSpec('1996-10-01'),
		time: { mode: 'compare', anchor: '1995-06-01', at: '1996-10-01' },
		camera: { zoom: 1.5, x: 10.25, y: -3 }
	} as const;
	d = storyReducer(d, { type: 'id', id: 'made-in-the-app' });
	d = storyReducer(d, { type: 'title', lang: 'ja', text: 'アプリで作った説明' });
	d = storyReducer(d, {
		type: 'add',
		view: viewSpecScene(first).view,
		sources: [{ id: 'iog-ogi-2024-07-04', locator: 'p. 1' }],
		highlight: ['rus-prk-2024-treaty']
	});
	d = storyReducer(d, {
		type: 'add',
		view: viewSpecScene(second).view,
		sources: ['gibler-2009-alliances']
	});
	for (const [i, en, ja] of [
		[0, 'Signed on 19 June 2024: "mutual assistance"', '2024年6月19日に署名: 「相互援助」'],
		[1, 'The 1961 treaty lapsed: a line # not a comment', '1961年条約は失効した']
	] as const) {
		d = storyReducer(d, { type: 'text', index: i, field: 'caption', lang: 'en', text: en });
		d = storyReducer(d, { type: 'text', index: i, field: 'caption', lang: 'ja', text: ja });
		d = storyReducer(d, {
			type: 'text',
			index: i,
			field: 'notes',
			lang: 'en',
			text: `Notes ${i}:\nline two`
		});
		d = storyReducer(d, { type: 'text', index: i, field: 'notes', lang: 'ja', text: `メモ ${i}` });
	}
	return storyReducer(d, { type: 'move', index: 1, by: -1 }).story;
}

describe('a story downloaded as YAML', () => {
	it('is read back by the loader as the same story, with the data it is told over', () => {
		const story = madeStory();
		const file = { path: `graph-data/stories/${storyFileName(story)}`, text: storyYaml(story) };
		expect(file.path).toBe('graph-data/stories/made-in-the-app.yaml');
		const result = loadDataset([...data, file]);
		if (!result.ok)
			throw new Error(
				result.issues.map((i) => `${i.file}:${i.line} ${i.path} ${i.message}`).join('\n')
			);
		const back = result.value.stories!.find((s) => s.id === 'made-in-the-app');
		expect(back).toEqual(story);
		expect(back!.scenes.map((s) => s.view.at ?? s.view.compare?.from)).toEqual([
			'1995-06-01',
			'2024-06-19'
		]);
	});

	it('is refused with the scene and field named when a caption is missing', () => {
		const story = madeStory();
		story.scenes[1].caption.ja = '';
		const text = storyYaml(story);
		const result = loadDataset([...data, { path: 'graph-data/stories/x.yaml', text }]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const issue = result.issues.find((i) => i.file === 'graph-data/stories/x.yaml');
		expect(issue?.path).toBe('stories[0].scenes[1].caption.ja');
		expect(issue?.message).toMatch(/Japanese text is empty/);
		expect(issue?.line).toBe(text.split('\n').findIndex((l) => /^\s+ja: ""/.test(l)) + 1);
	});

	it('keeps dates as text and starts with the schema line for editors', () => {
		const text = storyYaml(madeStory());
		expect(
			text.startsWith('# yaml-language-server: $schema=../schema/graph-data.schema.json\n')
		).toBe(true);
		expect(text).toMatch(/at: 2024-06-19\n/);
	});
});

describe('a story checked in the app before it is downloaded', () => {
	it('gets the loader messages, with line and path, against the data already loaded', async () => {
		const { checkStoryFile } = await import('../../../src/lib/core/story/check-story.ts');
		const loaded = loadDataset(data);
		if (!loaded.ok) throw new Error('bundled data');
		const story = madeStory();
		const file = { path: 'made-in-the-app.yaml', text: storyYaml(story) };
		expect(checkStoryFile(file, loaded.value)).toEqual([]);
		story.scenes[0].sources = [];
		story.scenes[1].highlight = ['no-such-tie'];
		const issues = checkStoryFile({ ...file, text: storyYaml(story) }, loaded.value);
		expect(issues.map((i) => [i.path, i.message])).toEqual([
			['stories[0].scenes[0].sources', 'cites no source: every scene needs at least one']
		]);
		story.scenes[0].sources = ['gibler-2009-alliances'];
		const refs = checkStoryFile({ ...file, text: storyYaml(story) }, loaded.value);
		expect(refs.map((i) => [i.path, i.message, i.file])).toEqual([
			[
				'stories[0].scenes[1].highlight[0]',
				'"no-such-tie" is not a tie in the data',
				'made-in-the-app.yaml'
			]
		]);
		expect(refs[0].line).toBeGreaterThan(5);
	});
});
