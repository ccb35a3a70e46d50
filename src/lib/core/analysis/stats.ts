import type { Dataset } from '../io/dataset.ts';
import { sourceRefId } from '../schema/common.ts';
import { tieExtent } from '../time/lifecycle.ts';
import { dayToIso } from '../time/partial-date.ts';

export interface DatasetStats {
	counts: { sources: number; actors: number; ties: number; events: number };
	tiesPerKindPerDecade: Record<string, Record<string, number>>;
	eventsPerYear: Record<string, number>;
	sourcesPerKind: Record<string, number>;
	tiesWithTwoOrMoreSources: { count: number; share: number };
	confidence: Record<string, number>;
}

const bump = (rec: Record<string, number>, key: string) => (rec[key] = (rec[key] ?? 0) + 1);

/** The kinds that count as arms and technology coverage, a row of their own in the table. */
export const TRANSFER_KINDS = ['arms-transfer', 'technology-transfer'];

/** Arms and technology transfers per decade they begin: the coverage each decade must keep. */
export function transfersPerDecade(s: DatasetStats): Record<string, number> {
	const out: Record<string, number> = {};
	for (const kind of TRANSFER_KINDS)
		for (const [decade, n] of Object.entries(s.tiesPerKindPerDecade[kind] ?? {}))
			out[decade] = (out[decade] ?? 0) + n;
	return out;
}

/** Coverage figures: where the dataset is thick and where it is thin. Ties count in the decade they begin. */
export function datasetStats(data: Dataset): DatasetStats {
	const perKind: Record<string, Record<string, number>> = {};
	const confidence: Record<string, number> = {};
	let multi = 0;
	for (const tie of data.ties) {
		const extent = tieExtent(tie);
		const decade = extent ? `${dayToIso(extent.start).slice(0, 3)}0s` : 'undated';
		bump((perKind[tie.kind] ??= {}), decade);
		bump(confidence, tie.confidence ?? 'not given');
		if (new Set(tie.sources.map(sourceRefId)).size >= 2) multi++;
	}
	const eventsPerYear: Record<string, number> = {};
	for (const e of data.events) bump(eventsPerYear, e.date.slice(0, 4));
	const sourcesPerKind: Record<string, number> = {};
	for (const s of data.sources) bump(sourcesPerKind, s.kind);
	return {
		counts: {
			sources: data.sources.length,
			actors: data.actors.length,
			ties: data.ties.length,
			events: data.events.length
		},
		tiesPerKindPerDecade: perKind,
		eventsPerYear,
		sourcesPerKind,
		tiesWithTwoOrMoreSources: {
			count: multi,
			share: data.ties.length ? multi / data.ties.length : 0
		},
		confidence
	};
}

export function formatStats(s: DatasetStats): string {
	const lines: string[] = [];
	lines.push(
		`sources ${s.counts.sources} · actors ${s.counts.actors} · ties ${s.counts.ties} · events ${s.counts.events}`
	);
	const decades = [
		...new Set(Object.values(s.tiesPerKindPerDecade).flatMap((r) => Object.keys(r)))
	].sort();
	lines.push('', 'Ties per kind per decade (by the decade they begin)');
	lines.push(
		['kind'.padEnd(22), ...decades.map((d) => d.padStart(6)), 'total'.padStart(7)].join('')
	);
	for (const [kind, rec] of Object.entries(s.tiesPerKindPerDecade).sort()) {
		const total = Object.values(rec).reduce((a, b) => a + b, 0);
		lines.push(
			[
				kind.padEnd(22),
				...decades.map((d) => String(rec[d] ?? '').padStart(6)),
				String(total).padStart(7)
			].join('')
		);
	}
	const transfers = transfersPerDecade(s);
	const transferTotal = Object.values(transfers).reduce((a, b) => a + b, 0);
	lines.push(
		[
			'arms or technology'.padEnd(22),
			...decades.map((d) => String(transfers[d] ?? '').padStart(6)),
			String(transferTotal).padStart(7)
		].join('')
	);
	lines.push('', 'Events per year');
	for (const [year, n] of Object.entries(s.eventsPerYear).sort())
		lines.push(`  ${year}  ${'#'.repeat(n)} ${n}`);
	lines.push('', 'Sources per kind');
	for (const [kind, n] of Object.entries(s.sourcesPerKind).sort())
		lines.push(`  ${kind.padEnd(20)} ${n}`);
	lines.push('', 'Confidence of ties');
	for (const [c, n] of Object.entries(s.confidence).sort()) lines.push(`  ${c.padEnd(20)} ${n}`);
	const pct = (s.tiesWithTwoOrMoreSources.share * 100).toFixed(0);
	lines.push(
		'',
		`Ties with two or more sources: ${s.tiesWithTwoOrMoreSources.count} of ${s.counts.ties} (${pct} %)`
	);
	return lines.join('\n') + '\n';
}
