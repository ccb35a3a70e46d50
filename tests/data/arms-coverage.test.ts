import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/read-graph-data.ts';
import { loadDataset } from '../../src/lib/core/io/load.ts';
import { formatIssues } from '../../src/lib/core/io/issue.ts';
import { datasetStats, transfersPerDecade } from '../../src/lib/core/analysis/stats.ts';
import { DEAL_KINDS } from '../../src/lib/core/schema/index.ts';

const result = loadDataset(readGraphData('graph-data'));
if (!result.ok) throw new Error(formatIssues(result.issues));
const data = result.value;
const perDecade = transfersPerDecade(datasetStats(data));

describe('arms and technology coverage of the bundled dataset', () => {
	// One test per decade, so a decade that loses its coverage is named in the failure.
	for (const decade of ['1950s', '1960s', '1970s', '1980s', '1990s', '2000s', '2010s', '2020s']) {
		it(`at least three arms or technology transfers begin in the ${decade}`, () => {
			expect(perDecade[decade] ?? 0, decade).toBeGreaterThanOrEqual(3);
		});
	}

	it('deal details sit only on transfers, and deliveries never exceed an order', () => {
		for (const tie of data.ties.filter((t) => t.deal)) {
			expect(DEAL_KINDS, tie.id).toContain(tie.kind);
			const { ordered, delivered } = tie.deal!;
			if (ordered !== undefined && delivered !== undefined)
				expect(delivered, tie.id).toBeLessThanOrEqual(ordered);
		}
	});

	it('the old deal-level flows end or say when they were last reported', () => {
		const byId = new Map(data.ties.map((t) => [t.id, t]));
		for (const id of ['usa-kor-fighter-coproduction', 'usa-jpn-fsx-technology'])
			expect(byId.get(id)?.to, id).toBeDefined();
		for (const id of ['usa-kor-f16', 'usa-jpn-mda-assistance'])
			expect(byId.get(id)?.to ?? byId.get(id)?.asOf, id).toBeDefined();
	});
});
