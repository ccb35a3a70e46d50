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

/**
 * How ties become edges: `directed` (the default; every reader, networkx and igraph included)
 * or `mixed` (one edge per pair, typed per edge: Gephi, yEd, graphology). See `exportEdges`.
 */
export type EdgeMode = 'mixed' | 'directed';
export const EDGE_MODES: readonly EdgeMode[] = ['directed', 'mixed'];
export const DEFAULT_EDGE_MODE: EdgeMode = 'directed';

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
