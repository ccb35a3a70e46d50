import type { Lang } from '../schema/common.ts';
import type { Tie } from '../schema/tie.ts';
import { CONTEXT_KINDS } from '../visual/encoding.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { Selection } from './view-spec.ts';
import type { TieMark, ViewDelta, ViewModel } from './view-model.ts';

/**
 * How each element is drawn, as the renderer-neutral class names the stylesheets know
 * (`status-in-force cmp-added pick`), plus an actor's label. Pure, so every drawing decision is
 * tested in Node; a renderer only maps them onto its own elements.
 */
export interface ElementDisplay {
	classes: string;
	label?: string;
}

/** One element to redraw; `enter`/`leave` say it appeared or went, so a renderer may fade it. */
export interface DisplayPatch {
	kind: 'tie' | 'actor';
	id: string;
	classes: string;
	label?: string;
	enter?: boolean;
	leave?: boolean;
}

export interface DisplayContext {
	lang: Lang;
	ghosts: boolean;
	selection: Selection;
	/** Draw diplomatic relations and memberships in full (else faintly). */
	contextFull?: boolean;
}

const MARK_CLASSES: Record<TieMark, string> = {
	began: 'rng-began',
	ended: 'rng-ended',
	'began-ended': 'rng-began rng-ended',
	added: 'cmp-added',
	removed: 'cmp-removed',
	changed: 'cmp-changed'
};

export function actorLabel(name: string, id: string): string {
	return /^[A-Z]{3}$/.test(id) && name !== id ? `${name}\n${id}` : name;
}

/** Ids drawn as focused for a selection: the tie, the actor, or an event's actors and ties. */
function focusSet(graph: TemporalGraph, sel: Selection): Set<string> {
	if (!sel) return new Set();
	if (sel.type !== 'event') return new Set([`${sel.type}:${sel.id}`]);
	const ev = graph.eventsById.get(sel.id);
	return new Set([
		...(ev?.actors ?? []).map((a) => `actor:${a}`),
		...(ev?.ties ?? []).map((t) => `tie:${t}`)
	]);
}

export function tieDisplay(
	vm: ViewModel,
	tie: Tie,
	ctx: DisplayContext,
	focus: Set<string>
): ElementDisplay {
	const t = vm.tieInScope(tie.id);
	const c: string[] = [];
	if (!t) c.push('absent');
	else {
		c.push(`status-${t.status}`);
		if (t.mark) c.push(MARK_CLASSES[t.mark]);
	}
	if (!t && ctx.ghosts) c.push('ghost');
	if (!ctx.contextFull && (CONTEXT_KINDS as readonly string[]).includes(tie.kind)) c.push('quiet');
	if (!vm.passes(tie)) c.push('filtered');
	if (t && vm.picking) c.push(vm.tiePicked(tie) ? 'pick' : 'dim');
	if (focus.has(`tie:${tie.id}`)) c.push('focus');
	return { classes: c.join(' ') };
}

export function actorDisplay(
	vm: ViewModel,
	id: string,
	ctx: DisplayContext,
	focus: Set<string>
): ElementDisplay {
	const a = vm.actorInScope(id);
	const c: string[] = [];
	if (!vm.actorShown(id)) c.push('absent');
	if (!a && ctx.ghosts && !vm.filter.hiddenActors.includes(id)) c.push('ghost');
	if (a && vm.picking) c.push(vm.actorPicked(id) ? 'pick' : 'dim');
	if (focus.has(`actor:${id}`)) c.push('focus');
	const actor = vm.graph.actorsById.get(id)!;
	const name = a?.name ?? actor.names[actor.names.length - 1];
	return { classes: c.join(' '), label: actorLabel(name[ctx.lang], id) };
}

/**
 * The display of every element, kept between updates: each update recomputes only what the
 * view's delta names (or everything, after a change that touches all), and returns the elements
 * whose display actually changed.
 */
export class DisplayState {
	private readonly shown = new Map<string, ElementDisplay>();
	private ctx: DisplayContext | null = null;

	update(vm: ViewModel, delta: ViewDelta, ctx: DisplayContext): DisplayPatch[] {
		const all =
			delta.all ||
			!this.ctx ||
			this.ctx.lang !== ctx.lang ||
			this.ctx.ghosts !== ctx.ghosts ||
			this.ctx.contextFull !== ctx.contextFull ||
			this.ctx.selection !== ctx.selection;
		this.ctx = ctx;
		const focus = focusSet(vm.graph, ctx.selection);
		const patches: DisplayPatch[] = [];
		const visit = (kind: 'tie' | 'actor', id: string) => {
			const next =
				kind === 'tie'
					? tieDisplay(vm, vm.graph.tiesById.get(id)!, ctx, focus)
					: actorDisplay(vm, id, ctx, focus);
			const key = `${kind}:${id}`;
			const prev = this.shown.get(key);
			if (prev && prev.classes === next.classes && prev.label === next.label) return;
			this.shown.set(key, next);
			const wasAbsent = !prev || prev.classes.split(' ').includes('absent');
			const isAbsent = next.classes.split(' ').includes('absent');
			patches.push({
				kind,
				id,
				...next,
				...(wasAbsent && !isAbsent && prev ? { enter: true } : {}),
				...(!wasAbsent && isAbsent ? { leave: true } : {})
			});
		};
		if (all) {
			for (const a of vm.graph.data.actors) visit('actor', a.id);
			for (const t of vm.graph.data.ties) visit('tie', t.id);
		} else {
			for (const id of delta.actors) visit('actor', id);
			for (const id of delta.ties) visit('tie', id);
		}
		return patches;
	}

	/** What is drawn for an element now (for tests and counts). */
	get(kind: 'tie' | 'actor', id: string): ElementDisplay | undefined {
		return this.shown.get(`${kind}:${id}`);
	}
}
