import type { Core, EventObject } from 'cytoscape';
import type { Lang } from '$lib/core/schema/common.ts';
import type { Snapshot, SnapshotDiff, TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { TIE_STATUSES, type TieStatus } from '$lib/core/time/lifecycle.ts';
import { actorLabel, buildElements, tieElementIds } from './elements.ts';
import { stylesheet } from './stylesheet.ts';
import { tiePasses, type TieFilter } from '$lib/core/filters/tie-filter.ts';

export interface GraphViewHandlers {
	onSelect(selection: { type: 'actor' | 'tie'; id: string } | null): void;
	/** The actors picked in the graph changed (click, shift-click, shift-drag box). */
	onPick?(actors: string[]): void;
}

const STATUS_CLASSES = TIE_STATUSES.map((s) => `status-${s}`).join(' ');

/**
 * The only place that talks to Cytoscape. All elements exist from the start; a date change
 * toggles classes on the few elements that changed, inside one batch.
 */
export class GraphView {
	readonly cy: Core;
	private readonly graph: TemporalGraph;
	private lang: Lang;
	private day: number;
	private syncing = false;
	/** Whether ties may fade out (off under prefers-reduced-motion). */
	private motion = false;

	constructor(
		cy: Core,
		graph: TemporalGraph,
		snapshot: Snapshot,
		lang: Lang,
		handlers: GraphViewHandlers
	) {
		this.cy = cy;
		this.graph = graph;
		this.lang = lang;
		this.day = snapshot.day;
		cy.add(buildElements(graph, snapshot.day, lang));
		this.showSnapshot(snapshot);
		cy.on('tap', 'node.actor', (e: EventObject) =>
			handlers.onSelect({ type: 'actor', id: e.target.id() })
		);
		cy.on('tap', '.tie', (e: EventObject) =>
			handlers.onSelect({ type: 'tie', id: e.target.data('tie') })
		);
		cy.on('tap', (e: EventObject) => {
			if (e.target === cy) handlers.onSelect(null);
		});
		// Selection events arrive one element at a time; report the whole set once per burst.
		let queued = false;
		cy.on('select unselect', 'node.actor', () => {
			if (this.syncing || queued || !handlers.onPick) return;
			queued = true;
			queueMicrotask(() => {
				queued = false;
				handlers.onPick!(this.cy.nodes('.actor:selected').map((n) => n.id()));
			});
		});
	}

	static async create(
		container: HTMLElement,
		graph: TemporalGraph,
		snapshot: Snapshot,
		lang: Lang,
		handlers: GraphViewHandlers
	): Promise<GraphView> {
		const { default: cytoscape } = await import('cytoscape');
		const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
		const cy = cytoscape({
			container,
			style: stylesheet(reduced),
			layout: { name: 'preset' },
			minZoom: 0.2,
			maxZoom: 4,
			wheelSensitivity: 0.3,
			// Shift-drag draws a selection box; plain drag pans.
			boxSelectionEnabled: true,
			selectionType: 'single',
			autoungrabify: true
		});
		const view = new GraphView(cy, graph, snapshot, lang, handlers);
		view.motion = !reduced;
		return view;
	}

	setTie(tieId: string, status: TieStatus | undefined) {
		const tie = this.graph.tiesById.get(tieId)!;
		for (const id of tieElementIds(tie)) {
			const el = this.cy.getElementById(id);
			el.removeClass('leaving');
			if (status) el.removeClass(STATUS_CLASSES).removeClass('absent').addClass(`status-${status}`);
			else el.removeClass(STATUS_CLASSES).addClass('absent');
		}
	}

	/**
	 * Lets a removed tie fade out (about 200 ms, the stylesheet's transition) before it is hidden;
	 * it counts as gone at once, and a step that brings it back cancels the fade.
	 */
	private removeTie(tieId: string) {
		if (!this.motion) return this.setTie(tieId, undefined);
		const els = this.cy.collection();
		for (const id of tieElementIds(this.graph.tiesById.get(tieId)!))
			els.merge(this.cy.getElementById(id));
		els.addClass('leaving');
		setTimeout(() => {
			if (this.cy.destroyed()) return;
			const still = els.filter('.leaving');
			if (still.nonempty())
				this.cy.batch(() =>
					still.removeClass('leaving').removeClass(STATUS_CLASSES).addClass('absent')
				);
		}, 220);
	}

	/** Shows a whole snapshot (first frame, or after a jump of unknown size). */
	showSnapshot(snapshot: Snapshot) {
		this.cy.batch(() => {
			this.cy.elements().removeClass('leaving').addClass('absent');
			for (const { actor, name } of snapshot.actors) {
				this.cy
					.getElementById(actor.id)
					.removeClass('absent')
					.data('label', actorLabel(name[this.lang], actor.id));
			}
			for (const { tie, status } of snapshot.ties) this.setTie(tie.id, status);
		});
		this.day = snapshot.day;
	}

	/** Forgets which day is drawn, so the next step redraws it whole (after a range or comparison). */
	invalidate() {
		this.day = NaN;
	}

	/** Applies a date step in place: touches only what changed. */
	applyDiff(diff: SnapshotDiff) {
		if (diff.from !== this.day) {
			this.showSnapshot(this.graph.at(diff.to));
			return;
		}
		this.cy.batch(() => {
			for (const { actor, name } of diff.addedActors) {
				this.cy
					.getElementById(actor.id)
					.removeClass('absent')
					.data('label', actorLabel(name[this.lang], actor.id));
			}
			for (const actor of diff.removedActors) this.cy.getElementById(actor.id).addClass('absent');
			for (const { actor, after } of diff.renamedActors) {
				this.cy.getElementById(actor.id).data('label', actorLabel(after[this.lang], actor.id));
			}
			for (const { tie, status } of diff.addedTies) this.setTie(tie.id, status);
			for (const tie of diff.removedTies) this.removeTie(tie.id);
			for (const { tie, after } of diff.changedTies) this.setTie(tie.id, after);
		});
		this.day = diff.to;
	}

	setLang(lang: Lang) {
		this.lang = lang;
		// Japanese names have no spaces to wrap at: let long ones wrap between any characters.
		this.cy
			.style()
			.selector('node.organisation')
			.style('text-overflow-wrap', lang === 'ja' ? 'anywhere' : 'whitespace')
			.update();
		this.cy.batch(() => {
			for (const node of this.cy.nodes('.actor')) {
				const at = this.graph.actorAt(node.id(), this.day);
				const actor = this.graph.actorsById.get(node.id())!;
				const name = at?.name ?? actor.names[actor.names.length - 1];
				node.data('label', actorLabel(name[lang], actor.id));
			}
		});
	}

	highlight(selection: { type: string; id: string } | null) {
		this.cy.batch(() => {
			this.cy.elements('.picked').removeClass('picked');
			if (!selection) return;
			if (selection.type === 'actor') this.cy.getElementById(selection.id).addClass('picked');
			if (selection.type === 'tie')
				this.cy.elements(`[tie = "${selection.id}"]`).addClass('picked');
			if (selection.type === 'event') {
				const event = this.graph.eventsById.get(selection.id);
				for (const id of event?.actors ?? []) this.cy.getElementById(id).addClass('picked');
				for (const id of event?.ties ?? []) this.cy.elements(`[tie = "${id}"]`).addClass('picked');
			}
		});
	}

	/** Hides the ties the filter leaves out (a class of its own, so date steps do not undo it). */
	setFilter(filter: TieFilter) {
		this.cy.batch(() => {
			for (const tie of this.graph.data.ties) {
				const hide = !tiePasses(tie, filter);
				for (const id of tieElementIds(tie)) {
					const el = this.cy.getElementById(id);
					if (hide) el.addClass('filtered');
					else el.removeClass('filtered');
				}
			}
		});
	}

	/** Makes the graph's selection show picks made by a tool (neighbourhood, kind, path). */
	showPicks(actors: readonly string[], ties: readonly string[] | null) {
		this.syncing = true;
		this.cy.batch(() => {
			this.cy.elements(':selected').unselect();
			for (const id of actors) this.cy.getElementById(id).select();
			for (const id of ties ?? []) this.cy.elements(`[tie = "${id}"]`).select();
		});
		this.syncing = false;
	}

	/**
	 * Frames every actor of the dataset, shown or not, so the frame does not depend on the date
	 * and nothing moves as time moves.
	 */
	fit() {
		const nodes = this.cy.nodes('.actor');
		if (nodes.empty()) return;
		let x1 = Infinity,
			y1 = Infinity,
			x2 = -Infinity,
			y2 = -Infinity;
		nodes.forEach((n) => {
			const p = n.position();
			x1 = Math.min(x1, p.x);
			x2 = Math.max(x2, p.x);
			y1 = Math.min(y1, p.y);
			y2 = Math.max(y2, p.y);
		});
		// Room for a node and its two-line label below it.
		const pad = { x: 90, top: 50, bottom: 90 };
		const w = x2 - x1 + 2 * pad.x;
		const h = y2 - y1 + pad.top + pad.bottom;
		const zoom = Math.min(this.cy.width() / w, this.cy.height() / h);
		this.cy.viewport({
			zoom,
			pan: {
				x: (this.cy.width() - w * zoom) / 2 - (x1 - pad.x) * zoom,
				y: (this.cy.height() - h * zoom) / 2 - (y1 - pad.top) * zoom
			}
		});
	}

	/** Counts of what is drawn, for tests and the status line. */
	visibleCounts(): { actors: number; ties: number } {
		const ties = new Set(
			this.cy
				.elements('.tie')
				.filter((e) => !e.hasClass('absent') && !e.hasClass('leaving') && !e.hasClass('filtered'))
				.map((e) => e.data('tie'))
		);
		return {
			actors: this.cy.nodes('.actor').filter((n) => !n.hasClass('absent')).length,
			ties: ties.size
		};
	}

	destroy() {
		this.cy.destroy();
	}
}
