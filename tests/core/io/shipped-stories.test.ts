import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { sourceRefId } from '../../../src/lib/core/schema/index.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { sceneViewSpec } from '../../../src/lib/core/view/scene-view.ts';

const result = loadDataset(readGraphData('graph-data'));
if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
const data = result.value;
const graph = new TemporalGraph(data);
const stories = data.stories ?? [];

describe('the stories shipped in graph-data', () => {
	it('are the two briefings, each with 4 to 6 scenes', () => {
		expect(stories.map((s) => s.id).sort()).toEqual([
			'jpn-kor-usa-2016-2024',
			'treaties-1961-2024'
		]);
		for (const story of stories) {
			expect(story.scenes.length).toBeGreaterThanOrEqual(4);
			expect(story.scenes.length).toBeLessThanOrEqual(6);
		}
	});

	describe.each(stories.map((s) => [s.id, s] as const))('%s', (_, story) => {
		it.each(story.scenes.map((s) => [s.id, s] as const))(
			'scene %s draws its highlighted ties on its date and cites known sources',
			(__, scene) => {
				const { spec, problems } = sceneViewSpec(scene.view, {
					span: graph.span(),
					kindOf: (id) =>
						data.actors.some((a) => a.id === id)
							? 'actor'
							: data.ties.some((t) => t.id === id)
								? 'tie'
								: data.events.some((e) => e.id === id)
									? 'event'
									: null
				});
				expect(problems).toEqual([]);
				// A range shows what exists at any day in it; a day or a comparison, on its dates.
				const days =
					spec.time.mode === 'range'
						? (() => {
								const out: number[] = [];
								for (let d = isoToDay(spec.time.anchor!)!; d <= isoToDay(spec.time.at)!; d++)
									out.push(d);
								return out;
							})()
						: [spec.time.anchor ?? spec.time.at, spec.time.at].map((d) => isoToDay(d)!);
				const drawn = new Set(days.flatMap((d) => graph.at(d).ties.map((t) => t.tie.id)));
				expect(scene.highlight?.length).toBeGreaterThan(0);
				for (const id of scene.highlight ?? []) expect(drawn, id).toContain(id);
				const sourceIds = new Set(data.sources.map((s) => s.id));
				for (const ref of scene.sources) expect(sourceIds).toContain(sourceRefId(ref));
				expect(scene.caption.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
				expect(scene.notes.ja).toMatch(/[ぁ-んァ-ン一-龯]/);
			}
		);
	});
});
