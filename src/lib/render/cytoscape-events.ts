import type { Core, EventObject } from 'cytoscape';
import { lineRef, linesClicked } from './line-hits.ts';
import type { Camera, RendererEvents } from './renderer.ts';

/**
 * What a person does in Cytoscape's picture, told to the app as `events`: a click on an actor, a
 * tie's hub or a line (several lines close by are offered to choose from), a click on nothing,
 * the actors picked, and a zoom or pan. Hovering a line lights it and its parties, and a pair's
 * line lists its ties as a tooltip. `syncing()` is true while the app sets the picture's
 * selection itself (then Cytoscape's selection events are not the person's); `camera()` is where
 * the picture looks.
 */
export function listenToPerson(
	cy: Core,
	events: RendererEvents,
	{ syncing, camera }: { syncing: () => boolean; camera: () => Camera }
) {
	cy.on('tap', 'node.actor', (e: EventObject) =>
		events.select({ type: 'actor', id: e.target.id() })
	);
	cy.on('tap', 'node.tie', (e: EventObject) =>
		events.select({ type: 'tie', id: e.target.data('tie') })
	);
	// A click on a line where others pass within a few pixels offers them all to choose from.
	cy.on('tap', 'edge', (e: EventObject) => {
		const tapped = lineRef(e.target);
		if (!tapped) return;
		const p = e.renderedPosition;
		const near = linesClicked(cy, e.target, p, tapped);
		if (near.length > 1 && events.choose) events.choose(p, near);
		else events.select(tapped);
	});
	const box = cy.container();
	cy.on('mouseover', 'edge', (e: EventObject) => {
		e.target.addClass('hover');
		e.target.connectedNodes().addClass('hover');
		const title = e.target.data('title');
		if (box && title) box.title = title;
	});
	cy.on('mouseout', 'edge', (e: EventObject) => {
		e.target.removeClass('hover');
		e.target.connectedNodes().removeClass('hover');
		box?.removeAttribute('title');
	});
	cy.on('tap', (e: EventObject) => {
		if (e.target === cy) events.select(null);
	});
	// Selection events arrive one element at a time; report the whole set once per burst.
	let queued = false;
	cy.on('select unselect', 'node.actor', () => {
		if (syncing() || queued) return;
		queued = true;
		queueMicrotask(() => {
			queued = false;
			events.pick(cy.nodes('.actor:selected').map((n) => n.id()));
		});
	});
	// Only what the person does moves the view's camera; fitting and resizing do not.
	cy.on('dragpan scrollzoom pinchzoom', () => events.camera(camera()));
}
