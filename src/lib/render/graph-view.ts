import type { Core, EventObject } from 'cytoscape';
import type { Lang } from '$lib/core/schema/common.ts';
import type { Snapshot, SnapshotDiff, TemporalGraph } from '$lib/core/model/temporal-graph.ts';
import { TIE_STATUSES, type TieStatus } from '$lib/core/time/lifecycle.ts';
import { actorLabel, buildElements, tieElementIds } from './elements.ts';
import { stylesheet } from './stylesheet.ts';

export interface GraphViewHandlers {
	onSelect(selection: { type: 'actor' | 'tie'; id: string } | null): void;
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
			boxSelectionEnabled: false,
			selectionType: 'single',
			autoungrabify: true
		});
		return new GraphView(cy, graph, snapshot, lang, handlers);
	}

	private setTie(tieId: string, status: TieStatus | undefined) {
		const tie = this.graph.tiesById.get(tieId)!;
		for (const id of tieElementIds(tie)) {
			const el = this.cy.getElementById(id);
			el.removeClass(STATUS_CLASSES);
			if (status) el.removeClass('absent').addClass(`status-${status}`);
			else el.addClass('absent');
		}
	}

	/** Shows a whole snapshot (first frame, or after a jump of unknown size). */
	showSnapshot(snapshot: Snapshot) {
		this.cy.batch(() => {
			this.cy.elements().addClass('absent');
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
			for (const tie of diff.removedTies) this.setTie(tie.id, undefined);
			for (const { tie, after } of diff.changedTies) this.setTie(tie.id, after);
		});
		this.day = diff.to;
	}

	setLang(lang: Lang) {
		this.lang = lang;
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
		});
	}

	fit() {
		this.cy.fit(this.cy.elements(), 40);
	}

	/** Counts of what is drawn, for tests and the status line. */
	visibleCounts(): { actors: number; ties: number } {
		const ties = new Set(
			this.cy
				.elements('.tie')
				.filter((e) => !e.hasClass('absent'))
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
