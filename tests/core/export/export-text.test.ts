import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../../src/cli/read-graph-data.ts';
import { loadDatasetOrThrow } from '../../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { exportText, TEXT_FORMATS } from '../../../src/lib/core/export/export-text.ts';
import { writeSvg, type ImageOptions } from '../../../src/lib/core/export/image/svg.ts';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeCsv } from '../../../src/lib/core/export/csv.ts';

const graph = new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data')));
const scope = selectScope(graph, { at: '2024-12-10' });
const image: ImageOptions = {
	lang: 'ja',
	width: 1280,
	height: 720,
	background: '#ffffff',
	title: 'T',
	caption: true,
	legend: true,
	footnotes: true
};

describe('an export as text files', () => {
	it('names each format’s files from the base and gives what its writer writes', () => {
		const names = Object.fromEntries(
			TEXT_FORMATS.map((f) => [f, exportText(f, scope, 'b', image, 'directed').map((x) => x.name)])
		);
		expect(names).toEqual({
			svg: ['b.svg'],
			gexf: ['b.gexf'],
			graphml: ['b.graphml'],
			csv: ['b-actors.csv', 'b-ties.csv'],
			cyjs: ['b.cyjs'],
			json: ['b.tieline.json']
		});
		expect(exportText('svg', scope, 'b', image, 'directed')[0].body).toBe(writeSvg(scope, image));
		expect(exportText('gexf', scope, 'b', image, 'mixed')[0].body).toBe(
			writeGexf(scope, { lang: 'ja', edges: 'mixed' })
		);
		const [actors, ties] = exportText('csv', scope, 'b', image, 'directed');
		const csv = writeCsv(scope, { lang: 'ja', bom: true });
		expect([actors.body, ties.body]).toEqual([csv.nodes, csv.ties]);
		expect(exportText('csv', scope, 'b', image, 'directed').map((f) => f.type)).toEqual([
			'text/csv',
			'text/csv'
		]);
	});
});
