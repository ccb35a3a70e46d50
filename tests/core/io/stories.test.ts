import { describe, expect, it } from 'vitest';
import type { DataIssue } from '../../../src/lib/core/io/issue.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { sceneViewSpec } from '../../../src/lib/core/view/scene-view.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';

const DATA = `sources:
  - { id: s1, title: Source one, publisher: P, date: 2020, language: en, kind: news }
  - { id: s2, title: Source two, publisher: P, date: 2021, language: en, kind: news }
actors:
  - id: RUS
    kind: state
    names: [{ en: Russia, ja: ロシア }]
    description: { en: R, ja: ロ }
    sources: [s1]
  - id: PRK
    kind: state
    names: [{ en: DPRK, ja: 北朝鮮 }]
    description: { en: D, ja: 北 }
    sources: [s1]
ties:
  - id: t-1961
    kind: defense-treaty
    parties: [RUS, PRK]
    title: { en: Treaty of 1961, ja: 1961年条約 }
    confidence: confirmed
    signed: 1961-07-06
    ended: { date: 1996-09, how: lapsed }
    sources: [s1]
  - id: t-2024
    kind: defense-treaty
    parties: [RUS, PRK]
    title: { en: Treaty of 2024, ja: 2024年条約 }
    confidence: confirmed
    signed: 2024-06-19
    sources: [s2]
events:
  - id: e-2024
    date: 2024-06-19
    kind: summit
    actors: [RUS, PRK]
    title: { en: Summit, ja: 首脳会談 }
    confidence: confirmed
    sources: [s2]
`;

const STORY = `stories:
  - id: arc
    title: { en: An arc, ja: 流れ }
    scenes:
      - id: first
        view:
          at: 1961-07-11
          focus: PRK
        caption: { en: The treaty of 1961., ja: 1961年の条約。 }
        notes: { en: Notes., ja: ノート。 }
        highlight: [t-1961]
        sources: [s1]
      - id: second
        view:
          compare: { from: 1995-06-01, to: 2024-06-19 }
          hide: [diplomatic-relations]
          picks: { actors: [RUS, PRK], ties: [t-2024] }
          camera: { zoom: 1.5, x: 10, y: -20 }
        caption: { en: And 2024., ja: そして2024年。 }
        notes: { en: Notes., ja: ノート。 }
        highlight: [t-1961, t-2024]
        sources: [s1, { id: s2, locator: p. 3 }]
`;

const STORY_FILE = 'graph-data/stories/arc.yaml';

function load(story: string) {
	return loadDataset([
		{ path: 'graph-data/data.yaml', text: DATA },
		{ path: STORY_FILE, text: story }
	]);
}

/** The single problem a broken story gives, with the line it should point at. */
function onlyIssue(story: string): DataIssue {
	const result = load(story);
	expect(result.ok).toBe(false);
	if (result.ok) throw new Error('expected problems');
	expect(result.issues).toHaveLength(1);
	return result.issues[0];
}

const lineOf = (text: string, marker: string) =>
	text.split('\n').findIndex((l) => l.includes(marker)) + 1;

describe('stories in graph-data files', () => {
	it('a valid story loads beside the data, with its scenes in order', () => {
		const result = load(STORY);
		if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
		const [story] = result.value.stories!;
		expect(story.id).toBe('arc');
		expect(story.scenes.map((s) => s.id)).toEqual(['first', 'second']);
		expect(result.value.ties.map((t) => t.id)).toEqual(['t-1961', 't-2024']);
	});

	it('data without stories has no stories field, as before', () => {
		const result = loadDataset([{ path: 'graph-data/data.yaml', text: DATA }]);
		expect(result.ok && 'stories' in result.value).toBe(false);
	});

	it.each([
		[
			'an unknown tie in highlight',
			STORY.replace('highlight: [t-1961, t-2024]', 'highlight: [t-1961, t-nope]'),
			't-nope',
			'stories[0].scenes[1].highlight[1]',
			'"t-nope" is not a tie in the data'
		],
		[
			'an unknown actor in picks',
			STORY.replace('actors: [RUS, PRK]', 'actors: [RUS, XXX]'),
			'XXX',
			'stories[0].scenes[1].view.picks.actors[1]',
			'"XXX" is not an actor in the data'
		],
		[
			'an unknown id in focus',
			STORY.replace('focus: PRK', 'focus: NOPE'),
			'NOPE',
			'stories[0].scenes[0].view.focus',
			'"NOPE" is not an actor, tie or event in the data'
		],
		[
			'a date that is not a calendar day',
			STORY.replace('at: 1961-07-11', 'at: 1961-02-30'),
			'1961-02-30',
			'stories[0].scenes[0].view.at',
			'must be a real date written YYYY-MM-DD'
		],
		[
			'a caption without Japanese',
			STORY.replace(
				'caption: { en: The treaty of 1961., ja: 1961年の条約。 }',
				'caption: { en: X }'
			),
			'caption: { en: X }',
			'stories[0].scenes[0].caption.ja',
			'expected string, received undefined'
		],
		[
			'an unknown field in a view',
			STORY.replace('focus: PRK', 'focus: PRK\n          zoom: 2'),
			'zoom: 2',
			'stories[0].scenes[0].view.zoom',
			'Unrecognized key: "zoom"'
		],
		[
			'a scene outside the span of the data',
			STORY.replace('at: 1961-07-11', 'at: 1950-01-01'),
			'1950-01-01',
			'stories[0].scenes[0].view.at',
			'1950-01-01 is outside the data, which runs from 1961-07-06 to 2024-06-19'
		],
		[
			'a source not in the registry',
			STORY.replace('sources: [s1]\n', 'sources: [nope]\n'),
			'[nope]',
			'stories[0].scenes[0].sources[0]',
			'cites source "nope", which is not in the sources registry'
		],
		[
			'a highlighted tie that does not exist on the scene date',
			STORY.replace('highlight: [t-1961]', 'highlight: [t-2024]'),
			'highlight: [t-2024]',
			'stories[0].scenes[0].highlight[0]',
			'tie "t-2024" does not exist on 1961-07-11: it runs from 2024-06-19 to today'
		],
		[
			'two times in one view',
			STORY.replace(
				'at: 1961-07-11',
				'at: 1961-07-11\n          range: { from: 1961-01-01, to: 1962-01-01 }'
			),
			'at: 1961-07-11',
			'stories[0].scenes[0].view',
			'give exactly one of `at`, `range` or `compare`'
		],
		[
			'a range that runs backwards',
			STORY.replace(
				'compare: { from: 1995-06-01, to: 2024-06-19 }',
				'range: { from: 2024-06-19, to: 1995-06-01 }'
			),
			'1995-06-01 }',
			'stories[0].scenes[1].view.range.to',
			'`from` must come before `to`'
		],
		[
			'a highlighted tie of a kind the scene hides',
			STORY.replace('hide: [diplomatic-relations]', 'hide: [defense-treaty]'),
			'highlight: [t-1961, t-2024]',
			'stories[0].scenes[1].highlight[0]',
			'tie "t-1961" is a defense-treaty, a kind this scene hides'
		]
	])('%s is reported with file, line and field path', (_, story, marker, path, message) => {
		const result = load(story);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const issue = result.issues.find((i) => i.path === path);
		expect(issue, JSON.stringify(result.issues)).toBeDefined();
		expect(issue!.file).toBe(STORY_FILE);
		expect(issue!.line).toBe(lineOf(story, marker));
		expect(issue!.message).toContain(message);
	});

	it('one broken field gives one problem, not a cascade', () => {
		const issue = onlyIssue(STORY.replace('focus: PRK', 'focus: NOPE'));
		expect(issue.path).toBe('stories[0].scenes[0].view.focus');
	});

	it('a story naming a tie that failed its own schema is not reported again', () => {
		const data = DATA.replace(
			'    signed: 2024-06-19\n',
			'    signed: 2024-06-19\n    singed: x\n'
		);
		const result = loadDataset([
			{ path: 'graph-data/data.yaml', text: data },
			{ path: STORY_FILE, text: STORY.replace('focus: PRK', 'focus: t-2024') }
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((i) => `${i.file} ${i.path}`)).toEqual([
			'graph-data/data.yaml ties[1].singed'
		]);
	});

	it('a story id used twice and a scene id used twice are both named', () => {
		const twice = STORY.replace('id: second', 'id: first');
		const result = loadDataset([
			{ path: 'graph-data/data.yaml', text: DATA },
			{ path: STORY_FILE, text: twice },
			{ path: 'graph-data/stories/again.yaml', text: STORY }
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		// Files are read in path order, so again.yaml's story comes first.
		expect(result.issues.map((i) => `${i.file}:${i.line} ${i.path}: ${i.message}`)).toEqual([
			`${STORY_FILE}:2 stories[0].id: story id "arc" is already used in graph-data/stories/again.yaml`,
			`${STORY_FILE}:13 stories[0].scenes[1].id: scene id "first" is used twice in this story`
		]);
	});
});

describe('sceneViewSpec', () => {
	const ctx = {
		span: { start: isoToDay('1961-07-06')!, end: isoToDay('2024-06-19')! },
		kindOf: (id: string) =>
			(({ RUS: 'actor', PRK: 'actor', 't-1961': 'tie', 'e-2024': 'event' }) as const)[
				id as 'RUS'
			] ?? null
	};

	it('turns a readable scene view into the full view spec the app opens', () => {
		const { spec, problems } = sceneViewSpec(
			{
				range: { from: '1961-07-06', to: '1996-09-30' },
				hide: ['membership'],
				minConfidence: 'reported',
				hideActors: ['RUS'],
				focus: 'e-2024',
				picks: { ties: ['t-1961'] },
				context: 'full',
				ghosts: true,
				camera: { zoom: 2, x: 1, y: 2 }
			},
			ctx
		);
		expect(problems).toEqual([]);
		expect(spec.time).toEqual({ mode: 'range', anchor: '1961-07-06', at: '1996-09-30' });
		expect(spec.filter).toEqual({
			hiddenKinds: ['membership'],
			minConfidence: 'reported',
			hiddenActors: ['RUS']
		});
		expect(spec.selection).toEqual({ type: 'event', id: 'e-2024' });
		expect(spec.picks).toEqual({ how: 'manual', actors: [], ties: ['t-1961'] });
		expect([spec.context, spec.ghosts, spec.camera]).toEqual([
			'full',
			true,
			{ zoom: 2, x: 1, y: 2 }
		]);
		expect(spec.lens).toBe('graph');
	});

	it('reports ids and dates that do not fit the data, and leaves them out of the view', () => {
		const { spec, problems } = sceneViewSpec(
			{ compare: { from: '1950-01-01', to: '2000-01-01' }, hideActors: ['t-1961', 'PRK'] },
			ctx
		);
		expect(spec.time).toEqual({ mode: 'compare', anchor: '1950-01-01', at: '2000-01-01' });
		expect(spec.filter.hiddenActors).toEqual(['PRK']);
		expect(problems).toEqual([
			{
				path: ['compare', 'from'],
				message: '1950-01-01 is outside the data, which runs from 1961-07-06 to 2024-06-19'
			},
			{ path: ['hideActors', 0], message: '"t-1961" is not an actor in the data', id: 't-1961' }
		]);
	});
});
