import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../../src/lib/core/export/scope.ts';
import { writeSvg } from '../../../../src/lib/core/export/image/svg.ts';

describe('state codes in pictures', () => {
	const bundled = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
	const codeUnder = (svg: string, id: string) =>
		[
			...(svg.match(new RegExp(`<g data-actor="${id}"[^>]*>([\\s\\S]*?)</g>`))?.[1] ?? '').matchAll(
				/<text[^>]*>([^<]*)<\/text>/g
			)
		].map((m) => m[1]);
	const opts = {
		lang: 'ja' as const,
		width: 1200,
		height: 800,
		background: '#fff',
		title: '',
		caption: false,
		legend: false,
		footnotes: false
	};
	it('labels ソ連 with its own code (SUN) and ロシア with RUS', () => {
		expect(codeUnder(writeSvg(selectScope(bundled, { at: '1961-07-11' }), opts), 'RUS')).toEqual([
			'ソ連',
			'SUN'
		]);
		expect(codeUnder(writeSvg(selectScope(bundled, { at: '2024-12-10' }), opts), 'RUS')).toEqual([
			'ロシア',
			'RUS'
		]);
	});
});
