import { scopeGraph } from '../export/scope.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { egoNetwork } from './ego.ts';
import { checkTime, timeParameters } from './time-params.ts';
import { checkActorId, toolScope } from './tool-scope.ts';
import { defineTool, param, type ToolParams } from './tool.ts';

export interface EgoResult {
	center: string;
	/** False when the actor does not exist on the date (or in the range): nothing else is returned. */
	present: boolean;
	/** The actors reached, with their distance in steps from the centre (0), nearest first. */
	actors: { id: string; hops: number }[];
	/** Ids of the ties among them (only the centre's own ties when `ownTies` is set). */
	ties: string[];
}

const parameters = {
	actor: param.actor({ en: 'Actor', ja: 'アクター' }),
	...timeParameters(),
	hops: param.integer({ en: 'Steps', ja: 'ステップ数' }, 0, 10, 1, {
		visibleWhen: { param: 'ownTies', equals: [false] }
	}),
	kinds: param.kinds({ en: 'Kinds of tie', ja: '関係の種類' }),
	ownTies: param.boolean({ en: 'Only its own ties', ja: '自身の関係のみ' }, false),
	direction: param.choice<['any', 'out', 'in']>(
		{ en: 'Direction', ja: '向き' },
		[
			{ id: 'any', name: { en: 'Either way', ja: '両方向' } },
			{ id: 'out', name: { en: 'Outgoing (supplies, sends…)', ja: '出る向き（供給・派遣など）' } },
			{ id: 'in', name: { en: 'Incoming (receives, hosts…)', ja: '入る向き（受領・受入など）' } }
		],
		'any'
	)
};

export type EgoParams = ToolParams<typeof parameters>;

/**
 * The neighbourhood of an actor within `hops` steps over the ties that exist on a date (or at any
 * time in a range), limited to the chosen kinds. Without `ownTies` the result holds every tie
 * among the actors reached (the ties between the neighbours too); with it, only the ties the
 * actor is a party to, and the actors they join it to, so `hops` is then 1. A multi-party tie is
 * one tie: it makes all its parties neighbours of each other.
 */
export function egoOverTime(graph: TemporalGraph, p: EgoParams): EgoResult {
	checkActorId(graph, 'ego', 'actor', p.actor);
	const scope = toolScope(graph, 'ego', p);
	const ids = scope.actors.map((a) => a.actor.id);
	if (!ids.includes(p.actor)) return { center: p.actor, present: false, actors: [], ties: [] };
	const distance = egoNetwork(scopeGraph(ids, scope.ties), p.actor, {
		hops: p.ownTies ? 1 : p.hops,
		direction: p.direction
	});
	let ties = scope.ties.filter((t) => t.parties.filter((x) => distance.has(x)).length >= 2);
	let reached = [...distance];
	if (p.ownTies) {
		ties = ties.filter((t) => t.parties.includes(p.actor));
		const kept = new Set(ties.flatMap((t) => t.parties.filter((x) => distance.has(x))));
		kept.add(p.actor);
		reached = reached.filter(([id]) => kept.has(id));
	}
	return {
		center: p.actor,
		present: true,
		actors: reached
			.map(([id, hops]) => ({ id, hops }))
			.sort((a, b) => a.hops - b.hops || a.id.localeCompare(b.id)),
		ties: ties.map((t) => t.tie.id).sort()
	};
}

export const egoTool = defineTool({
	id: 'ego',
	name: { en: 'Neighbourhood', ja: '近傍' },
	description: {
		en: 'The actors within k steps of an actor, on a date or over a range, over the chosen kinds of tie.',
		ja: '日付または期間において、選んだ種類の関係でアクターから k ステップ以内にあるアクター。'
	},
	parameters,
	outputs: [
		{ id: 'actors', type: 'actors', name: { en: 'Actors', ja: 'アクター' } },
		{ id: 'ties', type: 'ties', name: { en: 'Ties', ja: '関係' } }
	],
	check: checkTime,
	run: egoOverTime
});
