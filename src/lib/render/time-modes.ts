import type { Comparison } from '$lib/core/model/compare.ts';
import type { RangeSnapshot } from '$lib/core/model/range.ts';
import type { Snapshot, SnapshotDiff } from '$lib/core/model/temporal-graph.ts';
import type { GraphView } from './graph-view.ts';
import { tieElementIds } from './elements.ts';

/** Every class a range or comparison leaves; `tmark` finds them again without a full scan. */
const MARKS = 'tmark rng-began rng-ended cmp-added cmp-removed cmp-changed';

function clearMarks(view: GraphView) {
	view.cy.elements('.tmark').removeClass(MARKS);
}

function mark(view: GraphView, tieId: string, classes: string) {
	const tie = view.cy.getElementById(`t:${tieId}`);
	const els = tie.nonempty() ? tie : view.cy.elements(`[tie = "${tieId}"]`);
	els.addClass(`tmark ${classes}`);
}

/** Everything that existed in the range, each tie marked if it began or ended inside. */
export function showRange(view: GraphView, range: RangeSnapshot) {
	view.cy.batch(() => {
		clearMarks(view);
		view.showSnapshot({ day: range.to, actors: range.actors, ties: [] });
		for (const r of range.ties) {
			view.setTie(r.tie.id, r.status);
			const classes = [r.beganInside && 'rng-began', r.endedInside && 'rng-ended'];
			if (r.beganInside || r.endedInside) mark(view, r.tie.id, classes.filter(Boolean).join(' '));
		}
	});
	view.invalidate();
}

/** The graph at B, with the ties removed since A kept (faded) and every change marked. */
export function showCompare(view: GraphView, cmp: Comparison) {
	view.cy.batch(() => {
		clearMarks(view);
		view.showSnapshot({ day: cmp.b, actors: cmp.actors, ties: [] });
		for (const c of cmp.ties) {
			view.setTie(c.tie.id, c.after ?? c.before);
			if (c.change !== 'same') mark(view, c.tie.id, `cmp-${c.change}`);
		}
	});
	view.invalidate();
}

/** Back to one instant: a step applies in place; after a range or comparison, redraw once. */
export function showInstant(view: GraphView, snapshot: Snapshot, diff: SnapshotDiff | null) {
	if (view.cy.elements('.tmark').nonempty()) {
		view.cy.batch(() => clearMarks(view));
		view.invalidate();
	}
	if (diff && diff.to === snapshot.day) view.applyDiff(diff);
	else view.showSnapshot(snapshot);
}

export function setGhosts(view: GraphView, on: boolean) {
	view.cy.batch(() => {
		if (on) view.cy.elements().addClass('ghosts');
		else view.cy.elements().removeClass('ghosts');
	});
}

/**
 * Fades in the ties a step added: drawn transparent in this frame, then let the stylesheet's
 * opacity transition bring them in. Skipped under prefers-reduced-motion (no transition exists).
 */
export function fadeIn(view: GraphView, diff: SnapshotDiff | null) {
	if (!diff || diff.addedTies.length === 0) return;
	if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return;
	const els = view.cy.collection();
	for (const { tie } of diff.addedTies) {
		for (const id of tieElementIds(tie)) els.merge(view.cy.getElementById(id));
	}
	els.addClass('fading');
	requestAnimationFrame(() => els.removeClass('fading'));
}
