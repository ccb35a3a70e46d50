import type { Lang } from '../schema/common.ts';
import { runAll } from '../slices.ts';
import type { Tie } from '../schema/tie.ts';
import { CONTEXT_KINDS } from '../visual/encoding.ts';
import { labelWidth, wrapLabel } from '../visual/label-wrap.ts';
import type { TemporalGraph } from '../model/temporal-graph.ts';
import type { Selection } from './view-spec.ts';
import type { TieInView, TieMark, ViewDelta, ViewModel } from './view-model.ts';
import { pairCollapsed, pairGroups, type PairGroup } from './pairs.ts';
import { nearSet, pairDisplay, type Focus } from './pair-display.ts';

/**
 * How each element is drawn, as the renderer-neutral class names the stylesheets know
 * (`status-in-force cmp-added pick`), plus an actor's label. Pure, so every drawing decision is
 * tested in Node; a renderer only maps them onto its own elements.
 */
export interface ElementDisplay {
	classes: string;
	label?: string;
	/** A pair's tooltip: who, how many, and each tie. */
	title?: string;
}

/** One element to redraw; `enter`/`leave` say it appeared or went, so a renderer may fade it. */
export interface DisplayPatch {
	kind: 'tie' | 'actor' | 'pair';
	id: string;
	classes: string;
	label?: string;
	title?: string;
	enter?: boolean;
	leave?: boolean;
}

export interface DisplayContext {
	lang: Lang;
	ghosts: boolean;
	selection: Selection;
	/** Draw diplomatic relations and memberships in full (else faintly). */
	contextFull?: boolean;
	/** Keep actors with no tie drawn (else they leave the picture). */
	keepIsolated?: boolean;
	/** One line per pair of actors (with the pairs drawn tie by tie); absent is one per tie. */
	pairs?: { mode: 'one' | 'all'; expanded: readonly string[] };
}

/** How many elements a full pass of `DisplayState.steps` visits between two pauses. */
const PER_STEP = 512;

const MARK_CLASSES: Record<TieMark, string> = {
	began: 'rng-began',
	ended: 'rng-ended',
	'began-ended': 'rng-began rng-ended',
	added: 'cmp-added',
	removed: 'cmp-removed',
	changed: 'cmp-changed'
};

/**
 * A state's name over its code (the code of the name in force: SUN under ソ連, RUS under ロシア);
 * an organisation's name in lines that read (Japanese never
 * leaves a lone character or bracket), broken here so the screen and every image agree.
 */
export function actorLabel(name: string, code: string, lang: Lang = 'en'): string {
	if (/^[A-Z]{3}$/.test(code)) return name !== code ? `${name}\n${code}` : name;
	return wrapLabel(name, labelWidth(lang)).join('\n');
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
	focus: Set<string>,
	near: Set<string> | null = null,
	inPair = false
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
	if (t && near && !near.has(`tie:${tie.id}`)) c.push('faded');
	// Drawn inside its pair's one line: there, but not a line of its own.
	if (inPair) c.push('in-pair');
	return { classes: c.join(' ') };
}

/** A tie is drawn when it is in scope and passes the filter (ghosts and hidden ones are not). */
function drawsTie(d: ElementDisplay | undefined): boolean {
	return !!d && d.classes.includes('status-') && !d.classes.split(' ').includes('filtered');
}

export function actorDisplay(
	vm: ViewModel,
	id: string,
	ctx: DisplayContext,
	focus: Set<string>,
	isolated = false,
	near: Set<string> | null = null
): ElementDisplay {
	const a = vm.actorInScope(id);
	const c: string[] = [];
	const shown = vm.actorShown(id);
	// A selected actor stays, so what the details panel speaks of is on the picture.
	const hideIsolated = shown && isolated && !ctx.keepIsolated && !focus.has(`actor:${id}`);
	if (!shown || hideIsolated) c.push('absent');
	if (hideIsolated) c.push('isolated');
	if ((!a || hideIsolated) && ctx.ghosts && !vm.filter.hiddenActors.includes(id)) c.push('ghost');
	if (a && vm.picking) c.push(vm.actorPicked(id) ? 'pick' : 'dim');
	if (focus.has(`actor:${id}`)) c.push('focus');
	if (near && shown && !near.has(`actor:${id}`)) c.push('faded');
	const actor = vm.graph.actorsById.get(id)!;
	const name = a?.name ?? actor.names[actor.names.length - 1];
	return { classes: c.join(' '), label: actorLabel(name[ctx.lang], name.code ?? id, ctx.lang) };
}

/**
 * The display of every element, kept between updates: each update recomputes only what the
 * view's delta names (or everything, after a change that touches all), and returns the elements
 * whose display actually changed.
 */
export class DisplayState {
	private readonly shown = new Map<string, ElementDisplay>();
	private ctx: DisplayContext | null = null;
	/** How many drawn ties each actor is a party to, kept by each tie's change. */
	private readonly drawnTies = new Map<string, number>();
	/** The collapsed pair of each tie drawn inside one, as last drawn. */
	private pairOf = new Map<string, string>();

	update(vm: ViewModel, delta: ViewDelta, ctx: DisplayContext): DisplayPatch[] {
		return runAll(this.steps(vm, delta, ctx));
	}

	/**
	 * `update` as steps, pausing (`yield`) every `PER_STEP` elements of a full pass, so a large
	 * picture's first display can be worked out in slices. Nothing else may update this display
	 * until the steps are done; the view may change meanwhile (what was read before the change
	 * is then out of date: a full update after puts it right).
	 */
	*steps(vm: ViewModel, delta: ViewDelta, ctx: DisplayContext): Generator<void, DisplayPatch[]> {
		const all =
			delta.all ||
			!this.ctx ||
			this.ctx.lang !== ctx.lang ||
			this.ctx.ghosts !== ctx.ghosts ||
			this.ctx.contextFull !== ctx.contextFull ||
			this.ctx.keepIsolated !== ctx.keepIsolated ||
			this.ctx.selection !== ctx.selection ||
			this.ctx.pairs !== ctx.pairs;
		this.ctx = ctx;
		// Pairs of two ties or more are few: regroup them all each time, and redraw the ties whose
		// pair changed.
		const groups = ctx.pairs ? pairGroups(vm.ties, 2) : [];
		const collapsed = new Map<string, PairGroup<TieInView>>();
		const pairOf = new Map<string, string>();
		for (const g of groups) {
			if (!pairCollapsed(g, ctx.pairs!)) continue;
			collapsed.set(g.key, g);
			for (const t of g.ties) pairOf.set(t.tie.id, g.key);
		}
		const moved = new Set<string>();
		for (const [id, key] of pairOf) if (this.pairOf.get(id) !== key) moved.add(id);
		for (const [id, key] of this.pairOf) if (pairOf.get(id) !== key) moved.add(id);
		this.pairOf = pairOf;
		const ids = focusSet(vm.graph, ctx.selection);
		const focus: Focus = { ids, near: nearSet(vm, ctx.selection, pairOf), pairOf };
		const patches: DisplayPatch[] = [];
		// Actors whose count of drawn ties went to or from zero: they enter or leave the picture.
		const touched = new Set<string>();
		const count = (tie: Tie, by: number) => {
			for (const p of tie.parties) {
				const n = (this.drawnTies.get(p) ?? 0) + by;
				this.drawnTies.set(p, n);
				if (n === 0 || (n === 1 && by > 0)) touched.add(p);
			}
		};
		const push = (kind: DisplayPatch['kind'], id: string, next: ElementDisplay) => {
			const key = `${kind}:${id}`;
			const prev = this.shown.get(key);
			if (prev && prev.classes === next.classes && prev.label === next.label) {
				if (prev.title === next.title) return false;
			}
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
			return true;
		};
		const visit = (kind: 'tie' | 'actor', id: string) => {
			const tie = kind === 'tie' ? vm.graph.tiesById.get(id)! : null;
			const next = tie
				? tieDisplay(vm, tie, ctx, ids, focus.near, pairOf.has(id))
				: actorDisplay(vm, id, ctx, ids, !this.drawnTies.get(id), focus.near);
			const prev = this.shown.get(`${kind}:${id}`);
			if (tie && drawsTie(prev) !== drawsTie(next)) count(tie, drawsTie(next) ? 1 : -1);
			push(kind, id, next);
		};
		// Ties first: an actor's display depends on how many of its ties are drawn.
		if (all) {
			let visited = 0;
			for (const t of vm.graph.data.ties) {
				visit('tie', t.id);
				if (++visited % PER_STEP === 0) yield;
			}
			for (const a of vm.graph.data.actors) {
				visit('actor', a.id);
				if (++visited % PER_STEP === 0) yield;
			}
		} else {
			for (const id of new Set([...delta.ties, ...moved])) visit('tie', id);
			for (const id of new Set([...delta.actors, ...touched])) visit('actor', id);
		}
		if (ctx.pairs || this.shownPairs.size) {
			const keys = new Set([...this.shownPairs, ...collapsed.keys()]);
			for (const key of keys) {
				const next = pairDisplay(vm, collapsed.get(key), ctx, focus);
				push('pair', key, next);
			}
			this.shownPairs = new Set(collapsed.keys());
		}
		return patches;
	}

	/** Pairs drawn as one line at the last update. */
	private shownPairs = new Set<string>();

	/** The pairs drawn as one line, each with its badge (`PRK~RUS ×12`), in key order. */
	pairsDrawn(): string[] {
		return [...this.shownPairs].sort().map((k) => `${k} ${this.shown.get(`pair:${k}`)?.label}`);
	}

	/** What is drawn for an element now (for tests and counts). */
	get(kind: 'tie' | 'actor' | 'pair', id: string): ElementDisplay | undefined {
		return this.shown.get(`${kind}:${id}`);
	}
}
