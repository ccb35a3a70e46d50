import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg } from '../../../../src/lib/core/export/image/svg.ts';
import { pictureFaults } from '../../../../src/lib/core/export/image/svg-check.ts';
import { GEOMETRY_DATES, PICTURE_SIZES } from '../../../support/picture-sizes.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const SIZES = [
	[1440, 900],
	[1280, 720]
] as const;

/**
 * The default picture (one line per pair, isolated actors out) on 1 July of a year, with its
 * footnotes, so the numbers on the lines are checked too.
 */
function picture(year: number, width: number, height: number, lang: 'en' | 'ja' = 'en') {
	const scope = selectScope(graph, { at: `${year}-07-01`, dropIsolated: true });
	return writeSvg(scope, {
		lang,
		width,
		height,
		background: '#ffffff',
		title: '',
		caption: true,
		legend: true,
		footnotes: true
	});
}

describe('the geometry of the default picture', () => {
	it('finds a line that crosses a node it does not join, and labels that meet', () => {
		const svg = [
			'<g data-actor="A"><circle cx="0" cy="0" r="10"/><text x="0" y="30" font-size="12">Alpha</text></g>',
			'<g data-actor="B"><circle cx="100" cy="0" r="10"/><text x="100" y="30" font-size="12">Beta</text></g>',
			'<g data-actor="C"><circle cx="50" cy="0" r="10"/><text x="85" y="30" font-size="12">Gamma</text></g>',
			'<g class="pair" data-id="A~B" data-pair="A~B"><path d="M0,0 L100,0" stroke="#000"/></g>'
		].join('\n');
		const faults = pictureFaults(svg, graph);
		expect(faults).toContainEqual({ kind: 'edge-through-node', a: 'pair:A~B', b: 'node:C' });
		expect(faults).toContainEqual({ kind: 'label-over-label', a: 'label:B', b: 'label:C' });
		expect(faults.filter((f) => f.b === 'node:A' || f.b === 'node:B')).toEqual([]);
	});

	it('has no line through a node and no label over a label or a node, every year 1950–2025', () => {
		const faults: string[] = [];
		for (let year = 1950; year <= 2025; year++)
			for (const [w, h] of SIZES)
				for (const lang of ['en', 'ja'] as const)
					for (const f of pictureFaults(picture(year, w, h, lang), graph))
						faults.push(`${year} ${w}×${h} ${lang}: ${f.kind} ${f.a} ${f.b}`);
		expect(faults).toEqual([]);
	});

	it('has none in the picture as the screen sizes it, panels open and closed, at every year', () => {
		const faults: string[] = [];
		for (const size of PICTURE_SIZES)
			for (const at of GEOMETRY_DATES)
				for (const lang of ['en', 'ja'] as const) {
					const svg = writeSvg(selectScope(graph, { at, dropIsolated: true }), {
						lang,
						width: size.width,
						height: size.height,
						background: '#ffffff',
						title: '',
						caption: false,
						legend: false,
						footnotes: false
					});
					for (const f of pictureFaults(svg, graph))
						faults.push(`${at} ${size.name} ${lang}: ${f.kind} ${f.a} ${f.b}`);
				}
		expect(faults).toEqual([]);
	});
});
