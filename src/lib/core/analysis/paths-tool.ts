import { tieEdges } from '../export/scope.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { shortestPaths, type ShortestPath } from './paths.ts';
import { checkTime, timeParameters, type TimeMode } from './time-params.ts';
import { timeRespectingPaths } from './time-respecting.ts';
import { checkActorId, joins, toolScope } from './tool-scope.ts';
import { defineTool, param, type ToolParams } from './tool.ts';

export type PathResult =
	| {
			found: true;
			source: string;
			target: string;
			mode: TimeMode;
			/** Steps in each path (every path found has this length). */
			length: number;
			/** `ties[i]` holds the ties of step i: on a date, parallel ties share a step; over a range each step is one tie. */
			paths: ShortestPath[];
			/** True when `maxPaths` cut the list. */
			truncated: boolean;
	  }
	| {
			found: false;
			source: string;
			target: string;
			mode: TimeMode;
			/** `absent`: an end does not exist then (see `absent`); `no-path`: nothing joins them. */
			reason: 'absent' | 'no-path';
			absent: string[];
	  };

const parameters = {
	source: param.actor({ en: 'From', ja: '起点' }),
	target: param.actor({ en: 'To', ja: '終点' }, { fromView: undefined }),
	...timeParameters(),
	kinds: param.kinds({ en: 'Kinds of tie', ja: '関係の種類' }),
	excludeDirect: param.boolean({ en: 'Exclude the direct tie', ja: '直接の関係を除く' }, false),
	directed: param.boolean({ en: 'Follow the direction of flows', ja: 'フローの向きに従う' }, false),
	maxPaths: param.integer({ en: 'At most this many paths', ja: '最大経路数' }, 1, 1000, 100)
};

export type PathParams = ToolParams<typeof parameters>;

/**
 * Shortest paths (fewest steps) between two actors. On a date: over the ties that exist then.
 * Over a range: time-respecting paths over the ties that exist at some time in it, each tie
 * beginning no earlier than the one before it began (a tie that began before the range counts
 * from its real beginning). "Exclude the direct tie" leaves out every tie that has both actors
 * as parties, a multi-party one included. A missing path is a result, not an error.
 */
export function findPaths(graph: TemporalGraph, p: PathParams): PathResult {
	checkActorId(graph, 'paths', 'source', p.source);
	checkActorId(graph, 'paths', 'target', p.target);
	const scope = toolScope(graph, 'paths', p);
	const base = { source: p.source, target: p.target, mode: p.mode };
	const nodes = scope.actors.map((a) => a.actor.id);
	const absent = [p.source, p.target].filter((id) => !nodes.includes(id));
	if (absent.length > 0)
		return { ...base, found: false, reason: 'absent', absent: [...new Set(absent)] };
	const ties = p.excludeDirect
		? scope.ties.filter((t) => !joins(t, p.source, p.target))
		: scope.ties;
	// One more than asked, to know whether the list was cut.
	const options = { directed: p.directed, maxPaths: p.maxPaths + 1 };
	const paths =
		p.mode === 'at'
			? shortestPaths(nodes, ties.flatMap(tieEdges), p.source, p.target, options)
			: timeRespectingPaths(
					nodes,
					ties.flatMap((t) => tieEdges(t).map((e) => ({ ...e, begins: t.segments[0].start }))),
					p.source,
					p.target,
					options
				);
	if (paths.length === 0) return { ...base, found: false, reason: 'no-path', absent: [] };
	return {
		...base,
		found: true,
		length: paths[0].ties.length,
		paths: paths.slice(0, p.maxPaths),
		truncated: paths.length > p.maxPaths
	};
}

export const pathsTool = defineTool({
	id: 'paths',
	name: { en: 'Shortest paths', ja: '最短経路' },
	description: {
		en: 'The paths with the fewest steps between two actors on a date, or over a range with each tie beginning no earlier than the one before.',
		ja: '日付における二つのアクター間の最短経路。期間では、各関係が前の関係より前に始まらない経路。'
	},
	parameters,
	outputs: [{ id: 'paths', type: 'paths', name: { en: 'Paths', ja: '経路' } }],
	check: checkTime,
	run: findPaths
});
