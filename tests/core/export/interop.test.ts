import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../../src/lib/core/export/gexf.ts';
import { writeGraphml } from '../../../src/lib/core/export/graphml.ts';
import { selectScope } from '../../../src/lib/core/export/scope.ts';
import { snapshotJson } from '../../../src/lib/core/model/snapshot-contract.ts';
import { isoToDay } from '../../../src/lib/core/time/partial-date.ts';
import { readWithNetworkx, smallGraph } from '../../fixtures/export/load-fixture.ts';

const g = smallGraph();
const pairs = (n: number) => (n * (n - 1)) / 2;

describe.each(['1990-01-01', '2024-06-30', '2024-12-04'])(
	'networkx reads the export at %s like the snapshot',
	(at) => {
		const snap = snapshotJson(g.at(isoToDay(at)!), 'en');
		const scope = selectScope(g, { at });
		const expectedEdges = snap.ties.reduce((n, t) => n + pairs(t.parties.length), 0);

		it.each([
			['gexf', writeGexf(scope, { edges: 'directed' })],
			['graphml', writeGraphml(scope, { edges: 'directed' })]
		] as const)('%s', (ext, text) => {
			const nx = readWithNetworkx(text, ext);
			expect(nx.stderr).toBe('');
			expect(nx.json.node_count).toBe(snap.nodes.length);
			expect(nx.json.edge_count).toBe(expectedEdges);
			expect(Object.keys(nx.json.nodes).sort()).toEqual(snap.nodes.map((n) => n.id).sort());
			for (const node of snap.nodes) {
				expect(nx.json.nodes[node.id]).toMatchObject({ label: node.label, kind: node.kind });
			}
			for (const tie of snap.ties) {
				const edges = nx.json.edges.filter((e: { data: { tie: string } }) => e.data.tie === tie.id);
				expect(edges).toHaveLength(pairs(tie.parties.length));
				for (const e of edges) {
					expect(e.data).toMatchObject({
						kind: tie.kind,
						status: tie.status,
						label: tie.title,
						sources: tie.sources.join('; ')
					});
					expect(tie.parties).toContain(e.source);
					expect(tie.parties).toContain(e.target);
				}
			}
			expect(nx.json.edge_attributes).toEqual(
				expect.arrayContaining([
					'kind',
					'status',
					'confidence',
					'sources',
					'title_en',
					'title_ja',
					'signed',
					'tie'
				])
			);
		});
	}
);
