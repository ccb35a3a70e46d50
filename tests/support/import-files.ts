import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { writeGexf } from '../../src/lib/core/export/gexf.ts';
import { selectScope } from '../../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../../src/lib/core/export/tieline-json.ts';
import { loadDatasetOrThrow } from '../../src/lib/core/io/load.ts';
import { TemporalGraph } from '../../src/lib/core/model/temporal-graph.ts';

/** The small export fixture: 6 actors, 5 ties, 2 events, 3 sources. */
export const smallGraph = () =>
	new TemporalGraph(loadDatasetOrThrow(readGraphData('tests/fixtures/export/small')));

/**
 * Files a person might open, written by Tieline's own exports of the small fixture. A GEXF holds
 * no sources and no descriptions, which the strict profile requires: `gexf` adds descriptions to
 * its nodes, and `sources` is a Tieline JSON of the sources alone, to open beside it.
 */
export function smallFiles() {
	const graph = smallGraph();
	const scope = selectScope(graph);
	const gexf = writeGexf(scope).replace(/<nodes>[\s\S]*<\/nodes>/, (nodes) =>
		nodes.replaceAll(
			'<attvalues>',
			'<attvalues><attvalue for="description_en" value="An actor."/>' +
				'<attvalue for="description_ja" value="アクター。"/>'
		)
	);
	return {
		graph,
		json: writeTielineJson(scope),
		gexf,
		sources: JSON.stringify({ sources: graph.data.sources }, null, 2) + '\n'
	};
}
