import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '../../../../src/lib/core/export/image/svg.ts';
import { pairBend } from '../../../../src/lib/core/export/image/svg-pairs.ts';
import { pairBends } from '../../../../src/lib/core/visual/pair-route.ts';
import { actorPlaces } from '../../../../src/lib/core/visual/layout.ts';
import { tiePairKey } from '../../../../src/lib/core/view/pairs.ts';
import { ViewModel } from '../../../../src/lib/core/view/view-model.ts';
import { defaultSpec } from '../../../../src/lib/core/view/view-spec.ts';
import type { TimeMark } from '../../../../src/lib/core/visual/encoding.ts';
import { xmlError } from '../../../fixtures/export/load-fixture.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const options: ImageOptions = {
	lang: 'en',
	width: 1400,
	height: 900,
	background: '#ffffff',
	title: '',
	caption: true,
	legend: true,
	footnotes: false
};
/** The `<g>` of a pair, from its opening tag to its close. */
const pairGroup = (svg: string, key: string) => {
	const start = svg.indexOf(`<g class="pair" data-id="${key}"`);
	return start < 0 ? '' : svg.slice(start, svg.indexOf('</g>', start));
};

describe('the SVG writer draws pairs as the screen does', () => {
	it('draws the twelve Russia–DPRK ties of 2024-12-10 as one line with its count', () => {
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10' }), options);
		expect(xmlError(svg)).toBeNull();
		const g = pairGroup(svg, 'PRK~RUS');
		expect(g).not.toBe('');
		expect(g).toMatch(/data-ties="([^"]+)"/);
		expect(g.match(/data-ties="([^"]+)"/)![1].split(',')).toHaveLength(12);
		expect(g).toContain('>×12</text>');
		expect(g).toContain('<title>DPRK – Russia: 12 ties');
		// The treaty's colour leads; no tie of the pair is drawn on its own.
		expect(g).toContain('stroke="#0072B2"');
		expect(svg).not.toContain('data-tie="rus-prk-2024-treaty"');
	});

	it('draws every tie when asked, and one pair open on its own', () => {
		const scope = selectScope(graph, { at: '2024-12-10' });
		const every = writeSvg(scope, { ...options, pairs: { mode: 'all', expanded: [] } });
		expect(every).not.toContain('class="pair"');
		expect(every).toContain('data-tie="rus-prk-2024-treaty"');
		const open = writeSvg(scope, { ...options, pairs: { mode: 'one', expanded: ['PRK~RUS'] } });
		expect(open).toContain('data-tie="rus-prk-2024-treaty"');
		expect(pairGroup(open, 'PRK~RUS')).toBe('');
		expect(pairGroup(open, 'JPN~USA')).not.toBe('');
	});

	it('says what was added and removed inside a pair in a comparison', () => {
		const vm = new ViewModel(graph, {
			...defaultSpec('2024-12-10'),
			time: { mode: 'compare', anchor: '2019-01-01', at: '2024-12-10' }
		});
		const marks: Record<string, TimeMark> = {};
		for (const t of vm.ties) if (t.mark && t.mark !== 'began-ended') marks[t.tie.id] = t.mark;
		const scope = selectScope(graph, {
			from: '2019-01-01',
			to: '2024-12-10',
			ties: vm.ties.map((t) => t.tie.id)
		});
		const svg = writeSvg(scope, { ...options, marks });
		const g = pairGroup(svg, 'PRK~RUS');
		expect(g).toContain('data-mark="changed"');
		expect(g).toMatch(/>\+11 −3<\/text>/);
		expect(g).toContain('+ Russia–DPRK Treaty on Comprehensive Strategic Partnership');
		expect(g).toContain('− Russia–DPRK Treaty of Friendship');
		expect(xmlError(svg)).toBeNull();
	});

	it('bends each pair, asked one at a time, as routing every pair of the data at once does', () => {
		const data = loadDatasetOrThrow(readGraphData('graph-data'));
		const fresh = new TemporalGraph(data);
		const keys = [...new Set(data.ties.map(tiePairKey).filter((k): k is string => !!k))];
		expect(keys.length).toBeGreaterThan(40);
		for (const layout of ['schematic', 'map'] as const) {
			const all = pairBends(data.actors, keys, actorPlaces(data.actors, layout).positions);
			for (const key of keys) expect(pairBend(fresh, key, layout)).toBe(all.get(key));
			expect([...all.values()].some((d) => d !== 0)).toBe(true);
		}
	});
});
