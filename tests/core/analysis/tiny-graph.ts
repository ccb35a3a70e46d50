import type { Dataset } from '../../../src/lib/core/io/dataset.ts';
import { TemporalGraph } from '../../../src/lib/core/model/temporal-graph.ts';
import type { Actor, Tie } from '../../../src/lib/core/schema/index.ts';

type TinyActor = string | { id: string; from?: string; to?: string; en?: string; ja?: string };
type TinyTie = Partial<Tie> & { id: string; parties: string[] };

/**
 * A temporal graph built inline, the way graphology's tests build tiny graphs. A tie without a
 * kind is a diplomatic relation (`from`/`to`); give `kind`, `signed`, `inForce`, `ended` for an
 * agreement.
 */
export function tinyGraph(actors: TinyActor[], ties: TinyTie[] = []): TemporalGraph {
	const data: Dataset = {
		sources: [
			{ id: 's', title: 'S', publisher: 'P', date: '2020', language: 'en', kind: 'news' }
		] as Dataset['sources'],
		actors: actors.map((a): Actor => {
			const x = typeof a === 'string' ? { id: a } : a;
			return {
				id: x.id,
				kind: 'state',
				names: [{ en: x.en ?? x.id, ja: x.ja ?? x.id }],
				description: { en: x.id, ja: x.id },
				sources: ['s'],
				...((x.from || x.to) && { exists: { from: x.from, to: x.to } })
			};
		}),
		ties: ties.map((t): Tie => ({
			kind: 'diplomatic-relations',
			title: { en: t.id, ja: t.id },
			confidence: 'confirmed',
			sources: ['s'],
			...t
		})),
		events: [],
		absences: []
	};
	return new TemporalGraph(data);
}
