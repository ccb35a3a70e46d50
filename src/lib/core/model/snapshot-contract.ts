import type { Lang } from '../schema/common.ts';
import { sourceRefId } from '../schema/common.ts';
import { dayToIso } from '../time/partial-date.ts';
import type { TieStatus } from '../time/lifecycle.ts';
import type { Snapshot } from './temporal-graph.ts';

/** The `graph snapshot` JSON that other tools rely on (see graph-data/README.md). */
export interface SnapshotJson {
	at: string;
	nodes: { id: string; kind: string; label: string }[];
	ties: {
		id: string;
		kind: string;
		parties: string[];
		status: TieStatus;
		title: string;
		sources: string[];
	}[];
}

export function snapshotJson(snapshot: Snapshot, lang: Lang): SnapshotJson {
	return {
		at: dayToIso(snapshot.day),
		nodes: snapshot.actors.map(({ actor, name }) => ({
			id: actor.id,
			kind: actor.kind ?? 'unknown',
			label: name[lang]
		})),
		ties: snapshot.ties.map(({ tie, status }) => ({
			id: tie.id,
			kind: tie.kind,
			parties: [...tie.parties],
			status,
			title: tie.title[lang],
			sources: [...new Set(tie.sources.map(sourceRefId))]
		}))
	};
}
