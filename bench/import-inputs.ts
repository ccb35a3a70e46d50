/**
 * The files the import benches open: the bundled data as Tieline JSON, and a GEXF of 5,000 actors
 * (Tieline's own export of a synthetic dataset, so it validates) with the sources it cites in a
 * second file, as a GEXF holds no sources.
 */
import { readGraphData } from '../src/cli/read-graph-data.ts';
import { writeGexf } from '../src/lib/core/export/gexf.ts';
import { selectScope } from '../src/lib/core/export/scope.ts';
import { writeTielineJson } from '../src/lib/core/export/tieline-json.ts';
import { loadDatasetOrThrow } from '../src/lib/core/io/load.ts';
import { TemporalGraph } from '../src/lib/core/model/temporal-graph.ts';
import { syntheticDataset } from './synthetic.ts';

export function bundledJson(): string {
	return writeTielineJson(
		selectScope(new TemporalGraph(loadDatasetOrThrow(readGraphData('graph-data'))), {})
	);
}

export function syntheticGexf(actors = 5000, ties = 3000): { gexf: string; sources: string } {
	// The synthetic dataset is valid by type only: its ids are no ISO codes (so organisations here)
	// and a few lifecycles end before they come into force (those lose the inForce date).
	const raw = syntheticDataset(actors, ties, 7);
	const synthetic = {
		...raw,
		actors: raw.actors.map((a) => ({ ...a, kind: 'organisation' as const })),
		ties: raw.ties.map((t) =>
			t.ended && t.inForce && t.ended.date < t.inForce ? { ...t, inForce: undefined } : t
		)
	};
	return {
		gexf: writeGexf(selectScope(new TemporalGraph(synthetic), {}), { edges: 'directed' }),
		sources: JSON.stringify({ sources: synthetic.sources })
	};
}
