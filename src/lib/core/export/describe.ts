import { dayToIso } from '../time/partial-date.ts';
import type { GraphScope } from './scope.ts';

/** One line saying what an export covers, for file headers and metadata. */
export function describeScope(scope: GraphScope): string {
	const t = scope.time;
	const when =
		t.kind === 'at'
			? `at ${dayToIso(t.day)}`
			: t.kind === 'range'
				? `over ${dayToIso(t.from)} to ${dayToIso(t.to)}`
				: 'over all dates';
	return `Tieline graph ${when}: ${scope.actors.length} actors, ${scope.ties.length} ties`;
}

/** How directed ties are written: per edge (Gephi, yEd, graphology) or all directed (networkx, igraph). */
export type EdgeMode = 'mixed' | 'directed';
export const EDGE_MODES: readonly EdgeMode[] = ['mixed', 'directed'];

export function checkEdgeMode(mode: string, where: string): EdgeMode {
	if (!(EDGE_MODES as readonly string[]).includes(mode)) {
		throw new RangeError(`${where}: edges must be ${EDGE_MODES.join(' or ')}, got "${mode}".`);
	}
	return mode as EdgeMode;
}

export function checkLang(lang: string, where: string): 'en' | 'ja' {
	if (lang !== 'en' && lang !== 'ja')
		throw new RangeError(`${where}: lang must be en or ja, got "${lang}".`);
	return lang;
}
