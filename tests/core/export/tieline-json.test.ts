import { describe, expect, it } from 'vitest';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../../src/lib/core/export/tieline-json.ts';
import { loadDataset } from '../../../src/lib/core/io/load.ts';
import { smallGraph } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();
const load = (text: string) => loadDataset([{ path: 'export.json', text }]);

describe('writeTielineJson', () => {
	it('round-trips the whole dataset through loadDataset', () => {
		const result = load(writeTielineJson(selectScope(g, {})));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const { origins: _origins, ...back } = result.value;
		// The unused source is dropped; everything else comes back identical.
		const { sources, actors, ties, events, absences } = g.data;
		expect(back).toEqual({
			sources: sources.filter((s) => s.id !== 'unused-source'),
			actors,
			ties,
			events,
			absences
		});
		expect(back.ties).toHaveLength(5);
	});

	it('writes a loadable subset closed under references', () => {
		const text = writeTielineJson(
			selectScope(g, { at: '2024-06-30', actors: ['JPN', 'KOR', 'RUS'] })
		);
		const result = load(text);
		expect(result.ok ? [] : result.issues).toEqual([]);
		const data = JSON.parse(text);
		expect(data.ties.map((t: { id: string }) => t.id)).toEqual(['camp-david-2023']);
		// USA is outside the selection but a party of the tie, so it comes along.
		expect(data.actors.map((a: { id: string }) => a.id)).toEqual(['RUS', 'USA', 'JPN', 'KOR']);
		expect(data.sources.map((s: { id: string }) => s.id)).toEqual([
			'treaty-text-2024',
			'mofa-ja-2023'
		]);
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(['camp-david-summit']);
		expect(Object.keys(data)).toEqual(['sources', 'actors', 'ties', 'events']);
	});

	it('keeps events of a range only when their date is inside it', () => {
		const data = JSON.parse(
			writeTielineJson(selectScope(g, { from: '2024-01-01', to: '2024-12-31' }))
		);
		expect(data.events.map((e: { id: string }) => e.id)).toEqual(['rus-prk-2024-signing']);
		expect(data.ties[0].signed).toBe('2024-06-19');
	});
});
