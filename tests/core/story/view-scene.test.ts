import { describe, expect, it } from 'vitest';
import { Scene, SceneView } from '../../../src/lib/core/schema/story.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { sceneViewSpec } from '../../../src/lib/core/view/scene-view.ts';
import { viewSpecScene } from '../../../src/lib/core/view/view-scene.ts';
import { defaultSpec, type ViewSpec } from '../../../src/lib/core/view/view-spec.ts';

const ctx = {
	span: { start: isoToDay('1925-01-01')!, end: isoToDay('2030-01-01')! },
	kindOf: (id: string) =>
		(
			({
				RUS: 'actor',
				PRK: 'actor',
				JPN: 'actor',
				't-1': 'tie',
				't-2': 'tie',
				'e-1': 'event'
			}) as const
		)[id as 'RUS'] ?? null
};

/** The fields a scene keeps, as the view spec holds them. */
const kept = (s: ViewSpec) => ({
	time: s.time,
	filter: s.filter,
	selection: s.selection,
	picks: s.picks,
	context: s.context,
	ghosts: s.ghosts,
	camera: s.camera,
	pairs: s.pairs,
	expanded: s.expanded,
	layout: s.layout,
	theme: s.theme
});

const base = defaultSpec('2024-06-19');
const views: [string, ViewSpec][] = [
	['a fresh view', base],
	[
		'a day with everything a scene holds',
		{
			...base,
			filter: {
				hiddenKinds: ['membership', 'diplomatic-relations'],
				minConfidence: 'reported',
				hiddenActors: ['JPN']
			},
			selection: { type: 'tie', id: 't-1' },
			picks: { how: 'manual', actors: ['RUS', 'PRK'], ties: ['t-2'] },
			context: 'full',
			ghosts: true,
			camera: { zoom: 1.25, x: 120, y: -40 }
		}
	],
	['a range', { ...base, time: { mode: 'range', anchor: '2016-01-01', at: '2024-12-10' } }],
	[
		'a comparison focused on an event',
		{
			...base,
			time: { mode: 'compare', anchor: '1995-06-01', at: '1996-10-01' },
			selection: { type: 'event', id: 'e-1' }
		}
	],
	['picked actors only', { ...base, picks: { how: 'manual', actors: ['RUS'], ties: null } }],
	['every tie drawn', { ...base, pairs: 'all' }],
	['one pair opened', { ...base, expanded: ['PRK~RUS'] }],
	['on the map in greyscale', { ...base, layout: 'map', theme: 'greyscale' }],
	['for print', { ...base, theme: 'print' }]
];

describe('saving a view as a scene', () => {
	it.each(views)('%s opens again as the same view', (_, spec) => {
		const { view, lost } = viewSpecScene(spec);
		expect(lost).toEqual([]);
		expect(SceneView.safeParse(view).success).toBe(true);
		const back = sceneViewSpec(view, ctx);
		expect(back.problems).toEqual([]);
		expect(kept(back.spec)).toEqual(kept(spec));
	});

	it('writes only what differs from a fresh visit', () => {
		expect(viewSpecScene(base).view).toEqual({ at: '2024-06-19' });
	});

	it('keeps the theme in the scene file, and a scene without one is in colour', () => {
		expect(viewSpecScene({ ...base, theme: 'greyscale' }).view).toEqual({
			at: '2024-06-19',
			theme: 'greyscale'
		});
		expect(sceneViewSpec({ at: '2024-06-19' }, ctx).spec.theme).toBe('colour');
		expect(SceneView.safeParse({ at: '2024-06-19', theme: 'sepia' }).success).toBe(false);
	});

	it('writes a range given with its later end as the anchor in order', () => {
		const spec: ViewSpec = {
			...base,
			time: { mode: 'range', anchor: '2024-12-10', at: '2016-01-01' }
		};
		expect(viewSpecScene(spec).view.range).toEqual({ from: '2016-01-01', to: '2024-12-10' });
	});

	it('names what a scene cannot hold instead of dropping it silently', () => {
		const spec: ViewSpec = {
			...base,
			filter: {
				...base.filter,
				hiddenKinds: ['agreement', 'Friendship'],
				hiddenStatuses: ['signed']
			},
			tool: { id: 'ego', params: {} },
			lens: 'matrix',
			isolated: 'show'
		};
		const { view, lost } = viewSpecScene(spec);
		expect(view.hide).toEqual(['agreement']);
		expect(lost.sort()).toEqual(['foreignKinds', 'hiddenStatuses', 'isolated', 'lens', 'tool']);
	});

	it('makes a scene the schema accepts once it has words and a source', () => {
		const scene = {
			id: 'scene-1',
			view: viewSpecScene(views[1][1]).view,
			caption: { en: 'A', ja: 'エー' },
			notes: { en: 'B', ja: 'ビー' },
			sources: ['src-1']
		};
		expect(Scene.safeParse(scene).success).toBe(true);
	});
});
