import type { Lang } from '../schema/common.ts';
import { t } from '../i18n/messages.ts';
import { datasetManifest, kindToken, type DatasetManifest } from '../io/manifest.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import { TIME_MARKS } from '../visual/encoding.ts';
import type { Selection } from './view-spec.ts';
import type { TieInView, ViewModel } from './view-model.ts';
import type { DisplayContext, ElementDisplay } from './display.ts';
import { pairBadge, pairMark, parsePairKey, tiePairKey, type PairGroup } from './pairs.ts';

const MARK_CLASSES = {
	began: 'rng-began',
	ended: 'rng-ended',
	'began-ended': 'rng-began rng-ended',
	added: 'cmp-added',
	removed: 'cmp-removed',
	changed: 'cmp-changed'
} as const;

const manifests = new WeakMap<TemporalGraph, DatasetManifest>();

function manifestOf(graph: TemporalGraph): DatasetManifest {
	let m = manifests.get(graph);
	if (!m) manifests.set(graph, (m = datasetManifest(graph.data)));
	return m;
}

/** An actor's name at the view's date, in a language. */
function nameIn(vm: ViewModel, id: string, lang: Lang): string {
	const a = vm.actorInScope(id);
	const actor = vm.graph.actorsById.get(id);
	return (a?.name ?? actor?.names[actor.names.length - 1])?.[lang] ?? id;
}

/**
 * The tooltip of a pair's line: who, how many, then each tie on a line with its time sign
 * (`+ Treaty on …`), so what is inside can be read without opening it.
 */
export function pairTitle(vm: ViewModel, group: PairGroup<TieInView>, lang: Lang): string {
	const head = t(lang, 'pairTitle', {
		a: nameIn(vm, group.a, lang),
		b: nameIn(vm, group.b, lang),
		n: group.count
	});
	const lines = group.ties.map((x) => {
		const sign = x.mark ? TIME_MARKS[x.mark === 'began-ended' ? 'began' : x.mark].sign : '•';
		return `${sign} ${x.tie.title[lang]}`;
	});
	return [head, ...lines].join('\n');
}

/**
 * How a pair's one line is drawn: the colour of its leading kind, the strongest status's
 * pattern, the mark of what changed inside it, and the badge (`×12`, `+2 −1`).
 */
export function pairClasses(vm: ViewModel, group: PairGroup<TieInView>): string[] {
	const c = [
		'pair',
		`kind-${kindToken(manifestOf(vm.graph), group.lead)}`,
		`status-${group.status}`
	];
	const mark = pairMark(group);
	if (mark) c.push(MARK_CLASSES[mark]);
	if (group.direction === 'ab') c.push('dir-ab');
	if (group.direction === 'ba') c.push('dir-ba');
	return c;
}

/** Where a selection is and what it reaches: the ties and actors drawn in full around it. */
export interface Focus {
	ids: Set<string>;
	/** Set when an actor or a pair is selected: what is not connected to it fades. */
	near: Set<string> | null;
	/** Collapsed pair of each tie drawn inside one. */
	pairOf: Map<string, string>;
}

/**
 * What stays in full when an actor or a pair is selected: its ties, their parties and pairs.
 * Everything else fades, so what is connected to the selection reads at once.
 */
export function nearSet(
	vm: ViewModel,
	sel: Selection,
	pairOf: Map<string, string>
): Set<string> | null {
	if (!sel || (sel.type !== 'actor' && sel.type !== 'pair')) return null;
	const parties = sel.type === 'pair' ? parsePairKey(sel.id) : [sel.id];
	if (!parties) return null;
	const near = new Set(parties.map((a) => `actor:${a}`));
	for (const t of vm.ties) {
		const joined =
			sel.type === 'pair' ? tiePairKey(t.tie) === sel.id : t.tie.parties.includes(sel.id);
		if (!joined) continue;
		near.add(`tie:${t.tie.id}`);
		for (const p of t.tie.parties) near.add(`actor:${p}`);
		const pair = pairOf.get(t.tie.id);
		if (pair) near.add(`pair:${pair}`);
	}
	return near;
}

/** A pair's one line, or `absent` when its ties are drawn one by one (or it has none). */
export function pairDisplay(
	vm: ViewModel,
	group: PairGroup<TieInView> | undefined,
	ctx: DisplayContext,
	focus: Focus
): ElementDisplay {
	if (!group) return { classes: 'pair absent' };
	const c = pairClasses(vm, group);
	if (!ctx.contextFull && group.context) c.push('quiet');
	if (vm.picking) c.push(group.ties.some((t) => vm.tiePicked(t.tie)) ? 'pick' : 'dim');
	const inside = group.ties.some((t) => focus.ids.has(`tie:${t.tie.id}`));
	if (focus.ids.has(`pair:${group.key}`) || inside) c.push('focus');
	if (focus.near && !focus.near.has(`pair:${group.key}`)) c.push('faded');
	return { classes: c.join(' '), label: pairBadge(group), title: pairTitle(vm, group, ctx.lang) };
}
