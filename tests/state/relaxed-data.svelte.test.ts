import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { measuresOverTime } from '../../src/lib/core/analysis/measures-tool.ts';
import { selectScope } from '../../src/lib/core/export/scope.ts';
import { loadDataset, loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { isoToDay } from '../../src/lib/core/time/partial-date.ts';
import { AppState } from '../../src/lib/state/app-state.svelte.ts';
import { exportDescriptor } from '../../src/lib/state/export-scope.ts';

const today = isoToDay('2026-12-02')!;
const path = '../shared/fixtures/les-miserables.gexf';
const read = loadDataset([{ path, bytes: readFileSync(path) }], { profile: 'relaxed' });
if (!read.ok) throw new Error(read.issues[0].message);
const lesMis = read.value;

describe('the app on relaxed data', () => {
	it('takes its subtitle, kinds, span and tool defaults from the manifest', () => {
		const app = new AppState(lesMis, today);
		app.applySearch('');
		expect(app.subtitle).toBe('Les Miserables.gexf');
		expect(app.manifest.kinds.map((k) => k.kind)).toEqual(['tie']);
		// No dates in the file: a year to today, every tie present on any day of it.
		expect(app.span).toEqual({ start: today - 365, end: today });
		expect(app.view.ties).toHaveLength(254);
		expect(app.manifest.defaultActors.focus).toBe('11');
	});

	it('hides and shows a foreign kind, in the view, the link and the export', () => {
		const app = new AppState(lesMis, today);
		app.applySearch('');
		app.toggleKind('tie');
		expect(app.view.ties).toHaveLength(0);
		expect(new URLSearchParams(app.search).get('hide')).toBe('tie');
		expect(exportDescriptor(app, false).kinds).toEqual([]);
		app.toggleKind('tie');
		expect(app.view.ties).toHaveLength(254);
		const unknown = new AppState(lesMis, today);
		unknown.applySearch('?hide=membership');
		expect(unknown.notices).toHaveLength(1);
		expect(unknown.filter.hiddenKinds).toEqual([]);
	});

	it('counts a foreign kind in the measures; the bundled data keeps its subtitle and defaults', () => {
		const graph = new AppState(lesMis, today).graph;
		const m = measuresOverTime(graph, {
			from: '2026-01-01',
			to: '2026-01-01',
			step: 'year',
			months: 3,
			kinds: []
		});
		const valjean = m.rows.find((r) => r.actor === '11')!;
		expect(valjean.degree).toBe(36);
		expect(valjean.byKind.tie).toBe(36);
		expect(selectScope(graph, { kinds: ['tie'] }).ties).toHaveLength(254);

		const bundled = new AppState(loadDatasetOrThrow(readGraphData('graph-data')), today);
		expect(bundled.subtitle).toBe('Ties of Russia, DPRK, China, Japan, US, ROK');
		expect(bundled.manifest.defaultActors).toEqual({ focus: 'PRK', from: 'JPN', to: 'RUS' });
	});
});
