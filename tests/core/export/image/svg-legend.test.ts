import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg, type ImageOptions } from '../../../../src/lib/core/export/image/svg.ts';
import { smallGraph } from '../../../fixtures/export/load-fixture.ts';

const options: ImageOptions = {
	lang: 'en',
	width: 1200,
	height: 800,
	background: '#ffffff',
	title: '',
	caption: true,
	legend: true,
	footnotes: true
};

/** The legend's texts in order, with the heading they sit under. */
function legendTexts(svg: string): { text: string; y: number; heading: boolean }[] {
	const start = svg.indexOf('<g class="legend"');
	const body = svg.slice(start, svg.indexOf('</g>', start));
	return [...body.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((m) => ({
		text: m[2],
		y: Number(/ y="([\d.]+)"/.exec(m[1])![1]),
		heading: m[1].includes('class="legend-heading"')
	}));
}

/** Each heading with the lines under it. */
function bySection(svg: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	let current = '';
	for (const t of legendTexts(svg)) {
		if (t.heading) out[(current = t.text)] = [];
		else if (current) out[current].push(t.text);
	}
	return out;
}

describe('the legend of the graph picture', () => {
	const graph = smallGraph();

	it('puts kinds, status and confidence each under its heading, below the date caption', () => {
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10' }), options);
		expect(svg).toMatch(/<text class="caption"[^>]*>As of 10 Dec 2024<\/text>/);
		const sections = bySection(svg);
		expect(Object.keys(sections).slice(0, 3)).toEqual(['Kinds of tie', 'Status', 'Confidence']);
		expect(sections['Kinds of tie']).toContain('Arms transfer');
		expect(sections['Kinds of tie']).not.toContain('In force');
		expect(sections['Status']).toContain('In force');
		expect(sections['Status']).not.toContain('Reported');
		expect(sections['Confidence']).toContain('Reported');
		expect(sections['Confidence']).not.toContain('Arms transfer');
	});

	it('shows a signed treaty under Status, and its headings in Japanese', () => {
		const scope = selectScope(graph, { at: '2024-07-01', ties: ['rus-prk-2024'] });
		expect(bySection(writeSvg(scope, options))['Status']).toEqual(['Signed, not yet in force']);
		const ja = bySection(writeSvg(scope, { ...options, lang: 'ja' }));
		expect(Object.keys(ja).slice(0, 3)).toEqual(['関係の種類', '状態', '確度']);
		expect(ja['状態']).toEqual(['署名済み・未発効']);
	});

	it('leaves out a heading with nothing under it', () => {
		const svg = writeSvg(selectScope(graph, { at: '2024-12-10', kinds: ['arms-transfer'] }), {
			...options,
			marks: {}
		});
		expect(Object.keys(bySection(svg))).not.toContain('Time');
	});
});

describe('the legend of the whole bundled data', () => {
	const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
	const scope = selectScope(graph, { from: '1950-01-01', to: '2024-12-31' });

	for (const [width, height] of [
		[1280, 720],
		[1920, 1080]
	])
		for (const lang of ['en', 'ja'] as const)
			it(`fits beside the sources at ${width} × ${height} (${lang}), unshrunk`, () => {
				const svg = writeSvg(scope, { ...options, lang, width, height });
				const u = width / 1400;
				const texts = legendTexts(svg);
				expect(texts.filter((t) => t.heading)).toHaveLength(4);
				const caption = Number(/<text class="caption"[^>]* y="([\d.]+)"/.exec(svg)![1]);
				for (const t of texts) {
					expect(t.y).toBeGreaterThan(caption);
					expect(t.y).toBeLessThan(height - 20 * u);
				}
				// The legend starts right of the last column of sources.
				const notes = svg.slice(svg.indexOf('<g class="footnotes"'));
				const noteXs = [...notes.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
				const legendX = Number(/<text class="legend-heading" x="([\d.]+)"/.exec(svg)![1]);
				const xs = [...new Set(noteXs)].sort((a, b) => a - b);
				expect(xs.length).toBeGreaterThan(1);
				expect(legendX).toBeGreaterThan(xs[xs.length - 1] + (xs[1] - xs[0]));
				const size = Number(/<g class="legend" font-size="([\d.]+)"/.exec(svg)![1]);
				expect(size).toBeCloseTo(14 * u, 1);
			});
});
